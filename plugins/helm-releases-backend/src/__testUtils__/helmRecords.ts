import { encodeRelease } from '../release/releaseCodec';
import type { Release } from '../release/release';

/** A release revision as Helm would store it, for seeding a simulated cluster. */
export function makeRelease(
  name: string,
  version: number,
  overrides: Partial<Release> & { status?: string; namespace?: string } = {},
): Release {
  const { status, ...rest } = overrides;
  return {
    name,
    namespace: overrides.namespace ?? 'default',
    version,
    info: {
      first_deployed: '2026-01-01T00:00:00Z',
      last_deployed: new Date(Date.UTC(2026, 0, 1, 0, version)).toISOString(),
      deleted: '',
      description: version === 1 ? 'Install complete' : 'Upgrade complete',
      status: status ?? 'deployed',
      notes: `notes of ${name} v${version}`,
    },
    chart: {
      metadata: {
        name: 'demo',
        version: `1.0.${version}`,
        apiVersion: 'v2',
        appVersion: '1.0',
      },
      templates: [
        {
          name: 'templates/cm.yaml',
          data: Buffer.from('kind: ConfigMap').toString('base64'),
        },
      ],
      values: { replicas: 1 },
    },
    config: { revision: version },
    manifest: configMapManifest(`${name}-config`, {
      revision: String(version),
    }),
    ...rest,
  };
}

export function configMapManifest(
  name: string,
  data: Record<string, string>,
  annotations?: Record<string, string>,
): string {
  const lines = [
    '---',
    '# Source: demo/templates/cm.yaml',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${name}`,
  ];
  if (annotations) {
    lines.push('  annotations:');
    for (const [k, v] of Object.entries(annotations))
      lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  }
  lines.push('data:');
  for (const [k, v] of Object.entries(data))
    lines.push(`  ${k}: ${JSON.stringify(v)}`);
  return `${lines.join('\n')}\n`;
}

/** An object of a kind the simulator does not serve: applying it fails. */
export const UNSERVED_WIDGET =
  '---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec: {}\n';

const labelsOf = (release: Release) => ({
  name: release.name,
  owner: 'helm',
  status: String(release.info.status),
  version: String(release.version),
  createdAt: '1767225600',
});

/** A Secret as the Kubernetes API returns Helm's: data.release is base64(base64(gzip(json))). */
export function helmSecret(release: Release) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${release.name}.v${release.version}`,
      namespace: release.namespace,
      labels: labelsOf(release),
    },
    data: { release: Buffer.from(encodeRelease(release)).toString('base64') },
  };
}

/** A ConfigMap as Helm's configmap driver writes it: data.release is base64(gzip(json)). */
export function helmConfigMap(release: Release) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: `sh.helm.release.v1.${release.name}.v${release.version}`,
      namespace: release.namespace,
      labels: labelsOf(release),
    },
    data: { release: encodeRelease(release) },
  };
}

/** A Secret labelled like one of Helm's release records whose data is not a release. */
export function undecodableSecret(
  name: string,
  namespace: string,
  version: number,
) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${name}.v${version}`,
      namespace,
      labels: {
        name,
        owner: 'helm',
        status: 'deployed',
        version: String(version),
      },
    },
    data: { release: Buffer.from('not a release').toString('base64') },
  };
}
