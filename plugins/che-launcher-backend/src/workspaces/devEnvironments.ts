import type { Config } from '@backstage/config';

/** Che's default (CheCluster `spec.devEnvironments.defaultComponents`): the Universal Developer Image. */
export const CHE_DEFAULT_COMPONENTS: Array<Record<string, unknown>> = [
  {
    name: 'universal-developer-image',
    container: {
      image: 'quay.io/devfile/universal-developer-image:ubi9-latest',
    },
  },
];

/** The generator's image for the dev container it adds (`DevContainerComponentInserter`). */
export const GENERATOR_DEV_CONTAINER_IMAGE =
  'quay.io/devfile/universal-developer-image:ubi8-latest';

/** The storage strategies Che offers (CheCluster `spec.devEnvironments.storage.pvcStrategy`). */
const PVC_STRATEGIES = [
  'common',
  'per-user',
  'per-workspace',
  'ephemeral',
] as const;

/**
 * What Che's dashboard adds to every workspace from the CheCluster's `spec.devEnvironments`,
 * which a Backstage backend cannot read from Che and so takes from its own config.
 */
export interface DevEnvironments {
  /** Che's namespace: workspaces use the `devworkspace-config` DevWorkspaceOperatorConfig there. */
  cheNamespace?: string;
  /** The storage-type attribute of workspaces whose devfile sets none. */
  pvcStrategy?: string;
  /** The components of a devfile that has neither components nor a parent. */
  defaultComponents: Array<Record<string, unknown>>;
  /**
   * The image of the `dev` container added to a devfile none of whose containers mounts the
   * sources, as Che's dashboard asks the generator: the first default component's image.
   */
  defaultContainerImage: string;
}

/** The image of the first container among the default components, else the generator's. */
function firstContainerImage(components: Array<Record<string, any>>): string {
  const image = components.find(c => typeof c?.container?.image === 'string')
    ?.container.image;
  return image ?? GENERATOR_DEV_CONTAINER_IMAGE;
}

/** A CheCluster's defaults: per-user storage, the default components, no Che namespace known. */
export const CHE_DEV_ENVIRONMENTS: DevEnvironments = {
  pvcStrategy: 'per-user',
  defaultComponents: CHE_DEFAULT_COMPONENTS,
  defaultContainerImage: firstContainerImage(CHE_DEFAULT_COMPONENTS),
};

export function devEnvironmentsFromConfig(config: Config): DevEnvironments {
  const pvcStrategy =
    config.getOptionalString('cheLauncher.pvcStrategy') ?? 'per-user';
  if (!(PVC_STRATEGIES as readonly string[]).includes(pvcStrategy)) {
    throw new Error(
      `cheLauncher.pvcStrategy "${pvcStrategy}" must be one of ${PVC_STRATEGIES.join(', ')}`,
    );
  }
  const components = config.getOptionalConfigArray(
    'cheLauncher.defaultComponents',
  );
  const defaultComponents = components
    ? components.map(c => c.get() as Record<string, unknown>)
    : CHE_DEFAULT_COMPONENTS;
  return {
    cheNamespace: config.getOptionalString('cheLauncher.cheNamespace'),
    pvcStrategy,
    defaultComponents,
    defaultContainerImage: firstContainerImage(defaultComponents),
  };
}
