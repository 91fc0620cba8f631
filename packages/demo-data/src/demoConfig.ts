import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { ANNOTATIONS, DEMO } from './annotations';
import { DEMO_AWS_ACCOUNT } from './cloudServer';

/** The demo's catalog: a component annotated for every plugin, and one without annotations. */
export function demoCatalog(devfileUrl: string): string {
  const component = (name: string, description: string, annotations = {}) =>
    stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, description, annotations },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments-team',
      },
    });
  const team = stringify({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team' },
    spec: { type: 'team', children: [] },
  });
  return [
    component(DEMO.component, 'Demo: takes payments (every plugin)', {
      [ANNOTATIONS.cheDevfileUrl]: devfileUrl,
      [ANNOTATIONS.devlakeProject]: DEMO.devlakeProject,
      [ANNOTATIONS.helmRelease]: DEMO.helmRelease,
      [ANNOTATIONS.helmNamespace]: DEMO.helmNamespace,
      [ANNOTATIONS.factstoreFlow]: DEMO.factstoreFlow,
    }),
    component(
      DEMO.bareComponent,
      'Demo: a component with no plugin annotations yet',
    ),
    team,
  ].join('---\n');
}

/**
 * A config file replaces arrays rather than merging them, so the demo's locations list repeats
 * app-config.yaml's, made absolute (they are relative to packages/backend).
 */
function repoLocations(repoRoot: string) {
  const base = parse(readFileSync(join(repoRoot, 'app-config.yaml'), 'utf8'));
  const locations: Array<{ type: string; target: string }> =
    base?.catalog?.locations ?? [];
  return locations.map(location =>
    location.type === 'file'
      ? {
          ...location,
          target: resolve(repoRoot, 'packages/backend', location.target),
        }
      : location,
  );
}

/**
 * Writes the demo's catalog and the config that loads it into a fresh directory and returns the
 * config file: local only, added by `npm start` unless NODE_ENV=production.
 */
export function writeDemoConfig(options: {
  repoRoot: string;
  devfileUrl: string;
  devfileCa: string;
  /** The local EC2 stand-in (startCloudServer): the cloud-extractor's AWS provider reads it. */
  awsEndpoint?: string;
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fawkes-demo-'));
  const catalogFile = join(dir, 'demo-catalog.yaml');
  writeFileSync(catalogFile, demoCatalog(options.devfileUrl));
  const configFile = join(dir, 'app-config.demo.yaml');
  writeFileSync(
    configFile,
    stringify({
      catalog: {
        locations: [
          ...repoLocations(options.repoRoot),
          { type: 'file', target: catalogFile },
        ],
      },
      cheLauncher: {
        devfileFetch: {
          allowPrivateNetworks: true,
          extraCaCertificates: [options.devfileCa],
        },
      },
      ...(options.awsEndpoint
        ? {
            aws: {
              accounts: [
                {
                  accountId: DEMO_AWS_ACCOUNT,
                  accessKeyId: 'AKIDDEMO',
                  secretAccessKey: 'demo-secret',
                },
              ],
            },
            cloudExtractor: {
              providers: {
                aws: {
                  accounts: [DEMO_AWS_ACCOUNT],
                  regions: ['us-east-1'],
                  services: ['ec2'],
                  endpoint: options.awsEndpoint,
                  maxAttempts: 2,
                },
              },
            },
          }
        : {}),
    }),
  );
  return configFile;
}
