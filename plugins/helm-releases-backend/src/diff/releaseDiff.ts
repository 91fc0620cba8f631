import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import {
  objectKey,
  parseManifest,
  type ManifestObject,
} from '../manifest/manifest';
import type { Release } from '../release/release';

export interface ResourceChange {
  change: 'added' | 'removed' | 'changed';
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  /** Unified diff of the object's YAML between the two revisions. */
  diff: string;
}

export interface ReleaseDiff {
  name: string;
  namespace: string;
  from: number;
  to: number;
  resources: ResourceChange[];
  values: { changed: boolean; diff: string };
  notes: { changed: boolean; diff: string };
}

const yamlOf = (value: unknown) =>
  value === undefined || value === null
    ? ''
    : stringify(value, { sortMapEntries: true });

function unified(
  label: string,
  from: number,
  to: number,
  before: string,
  after: string,
): string {
  return before === after
    ? ''
    : createTwoFilesPatch(
        `${label}@${from}`,
        `${label}@${to}`,
        before,
        after,
        undefined,
        undefined,
        { context: 3 },
      );
}

/**
 * What changed between two revisions: each manifest object added, removed or changed (with a
 * unified diff of its YAML, keys sorted so reordering is not a change), the user-supplied
 * values, and the notes.
 */
export function diffReleases(from: Release, to: Release): ReleaseDiff {
  const namespace = to.namespace;
  const index = (objects: ManifestObject[]) =>
    new Map(objects.map(o => [objectKey(o, namespace), o]));
  const before = index(parseManifest(from.manifest));
  const after = index(parseManifest(to.manifest));
  const resources: ResourceChange[] = [];
  const describe = (o: ManifestObject) => ({
    apiVersion: o.apiVersion,
    kind: o.kind,
    namespace: o.metadata.namespace ?? namespace,
    name: o.metadata.name,
  });
  for (const [key, object] of after) {
    const old = before.get(key);
    const label = `${object.kind}/${object.metadata.name}`;
    if (!old)
      resources.push({
        change: 'added',
        ...describe(object),
        diff: unified(label, from.version, to.version, '', yamlOf(object)),
      });
    else {
      const text = unified(
        label,
        from.version,
        to.version,
        yamlOf(old),
        yamlOf(object),
      );
      if (text)
        resources.push({ change: 'changed', ...describe(object), diff: text });
    }
  }
  for (const [key, object] of before) {
    if (!after.has(key)) {
      resources.push({
        change: 'removed',
        ...describe(object),
        diff: unified(
          `${object.kind}/${object.metadata.name}`,
          from.version,
          to.version,
          yamlOf(object),
          '',
        ),
      });
    }
  }
  resources.sort((a, b) =>
    `${a.kind}/${a.namespace}/${a.name}`.localeCompare(
      `${b.kind}/${b.namespace}/${b.name}`,
    ),
  );
  const values = unified(
    'values',
    from.version,
    to.version,
    yamlOf(from.config ?? {}),
    yamlOf(to.config ?? {}),
  );
  const notes = unified(
    'NOTES',
    from.version,
    to.version,
    from.info?.notes ?? '',
    to.info?.notes ?? '',
  );
  return {
    name: to.name,
    namespace,
    from: from.version,
    to: to.version,
    resources,
    values: { changed: values !== '', diff: values },
    notes: { changed: notes !== '', diff: notes },
  };
}
