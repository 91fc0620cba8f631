import { ConflictError } from '@backstage/errors';
import type { Release } from '../release/release';
import {
  customLabels,
  helmLabels,
  recordIdentity,
  storageKey,
  type RecordLabels,
  type ReleaseStorage,
  type ScanFilter,
  type StoredRecord,
} from './ReleaseStorage';

interface Entry {
  namespace: string;
  labels: Record<string, string>;
  json: string;
}

/**
 * Helm's memory driver: records live in this backend process only, are lost on restart and are
 * not shared between replicas. Useful to try the plugin; never where releases must persist.
 */
export class MemoryReleaseStorage implements ReleaseStorage {
  readonly driver = 'memory' as const;
  private readonly entries = new Map<string, Entry>();

  async *scan(filter: ScanFilter): AsyncIterable<StoredRecord> {
    for (const [key, entry] of [...this.entries]) {
      if (
        filter.namespace !== undefined &&
        entry.namespace !== filter.namespace
      )
        continue;
      if (filter.name !== undefined && entry.labels.name !== filter.name)
        continue;
      yield {
        objectName: key.slice(entry.namespace.length + 1),
        namespace: entry.namespace,
        ...recordIdentity(entry.labels),
        decode: () => {
          const custom = customLabels(entry.labels);
          return custom
            ? { ...JSON.parse(entry.json), labels: custom }
            : JSON.parse(entry.json);
        },
      };
    }
  }

  async *scanLabels(filter: ScanFilter): AsyncIterable<RecordLabels> {
    for await (const { decode: _decode, ...labels } of this.scan(filter))
      yield labels;
  }

  latestLabels(filter: ScanFilter): AsyncIterable<RecordLabels> {
    return this.scanLabels(filter);
  }

  async read(record: RecordLabels): Promise<StoredRecord | undefined> {
    for await (const found of this.scan({ namespace: record.namespace }))
      if (found.objectName === record.objectName) return found;
    return undefined;
  }

  async create(release: Release, namespace: string): Promise<void> {
    const key = this.key(namespace, release.name, release.version);
    if (this.entries.has(key)) {
      throw new ConflictError(
        `Revision ${release.version} of release "${release.name}" already exists: another operation on this release is in progress`,
      );
    }
    this.entries.set(key, {
      namespace,
      labels: helmLabels(release, new Date()),
      json: stringifyWithoutLabels(release),
    });
  }

  async update(release: Release, namespace: string): Promise<void> {
    const key = this.key(namespace, release.name, release.version);
    const previous = this.entries.get(key);
    this.entries.set(key, {
      namespace,
      labels: helmLabels(release, new Date(), previous?.labels),
      json: stringifyWithoutLabels(release),
    });
  }

  async remove(
    namespace: string,
    name: string,
    version: number,
  ): Promise<void> {
    this.entries.delete(this.key(namespace, name, version));
  }

  private key(namespace: string, name: string, version: number) {
    return `${namespace}/${storageKey(name, version)}`;
  }
}

function stringifyWithoutLabels(release: Release): string {
  const { labels: _labels, ...json } = release;
  return JSON.stringify(json);
}
