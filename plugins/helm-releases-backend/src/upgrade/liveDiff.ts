import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type { ResourceChange } from '../diff/releaseDiff';
import type { JsonObject } from '../manifest/json';
import { parseManifest, type ManifestObject } from '../manifest/manifest';
import type { Release } from '../release/release';
import type { ClusterResources } from '../rollback/ClusterResources';

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The live value cut to the fields the manifest sets: what the API server adds (status, uid,
 * defaults, managedFields) is not a change the upgrade makes, so it is left out of the diff.
 */
export function projectOnto(live: unknown, manifest: unknown): unknown {
  if (isMap(live) && isMap(manifest)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(manifest))
      if (key in live) out[key] = projectOnto(live[key], manifest[key]);
    return out;
  }
  if (Array.isArray(live) && Array.isArray(manifest))
    return live.map((item, i) =>
      i < manifest.length ? projectOnto(item, manifest[i]) : item,
    );
  return live;
}

const yamlOf = (value: unknown) =>
  value === undefined ? '' : stringify(value, { sortMapEntries: true });

function change(
  kind: ResourceChange['change'],
  object: ManifestObject,
  namespace: string,
  before: string,
  after: string,
  version: number,
): ResourceChange {
  const label = `${object.kind}/${object.metadata.name}`;
  return {
    change: kind,
    apiVersion: object.apiVersion,
    kind: object.kind,
    namespace: object.metadata.namespace ?? namespace,
    name: object.metadata.name,
    diff: createTwoFilesPatch(
      `${label}@live`,
      `${label}@${version}`,
      before,
      after,
      undefined,
      undefined,
      { context: 3 },
    ),
  };
}

/**
 * What an upgrade would change on the cluster: each object `rendered` holds against the object
 * live now (not against the stored previous revision, which drifts when someone edits the
 * cluster), and the objects of `current` the upgrade would delete that are still there.
 */
export async function diffAgainstLive(
  current: Pick<Release, 'manifest'>,
  rendered: Pick<Release, 'manifest' | 'namespace' | 'version'>,
  resources: Pick<ClusterResources, 'place' | 'readLiveJson'>,
): Promise<ResourceChange[]> {
  const changes: ResourceChange[] = [];
  const keyOf = (o: ManifestObject) =>
    `${o.apiVersion}/${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
  const kept = new Set<string>();
  const { namespace, version } = rendered;
  for (const object of parseManifest(rendered.manifest)) {
    const placed = await resources.place(object);
    kept.add(keyOf(placed));
    const live = await resources.readLiveJson(placed);
    const after = yamlOf(object);
    if (!live) {
      changes.push(change('added', placed, namespace, '', after, version));
      continue;
    }
    const before = yamlOf(projectOnto(live, object as unknown as JsonObject));
    if (before !== after)
      changes.push(
        change('changed', placed, namespace, before, after, version),
      );
  }
  for (const object of parseManifest(current.manifest)) {
    const placed = await resources.place(object);
    if (kept.has(keyOf(placed))) continue;
    const live = await resources.readLiveJson(placed);
    if (live)
      changes.push(
        change(
          'removed',
          placed,
          namespace,
          yamlOf(projectOnto(live, object as unknown as JsonObject)),
          '',
          version,
        ),
      );
  }
  return changes.sort((a, b) =>
    `${a.kind}/${a.namespace}/${a.name}`.localeCompare(
      `${b.kind}/${b.namespace}/${b.name}`,
    ),
  );
}
