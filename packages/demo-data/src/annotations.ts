/** The annotations that link a catalog component to each plugin's data (see each plugin's README). */
export const ANNOTATIONS = {
  cheDevfileUrl: 'eclipse.org/che-devfile-url',
  devlakeProject: 'devlake.apache.org/project-name',
  helmRelease: 'helm.sh/release',
  helmNamespace: 'helm.sh/namespace',
  factstoreFlow: 'factstore.fawkes.dev/flow',
} as const;

/** The names the demo uses, shared by the loaders, the catalog file and the end-to-end journeys. */
export const DEMO = {
  component: 'payment-service',
  bareComponent: 'legacy-billing',
  devlakeProject: 'payments',
  devlakeConnection: 1,
  helmRelease: 'hello',
  helmNamespace: 'demo',
  factstoreFlow: 'payments',
  days: 90,
} as const;
