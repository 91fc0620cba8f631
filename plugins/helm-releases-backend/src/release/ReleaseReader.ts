import { NotFoundError } from '@backstage/errors';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ReleaseStorage, StoredRecord } from '../storage/ReleaseStorage';
import type { DecodeOptions } from './releaseCodec';
import { summarise, type Release } from './release';
import { numberedRevision } from './readableHistory';

export interface ListQuery {
  namespace?: string;
  statuses?: string[];
  byDate: boolean;
  limit: number;
  skip: number;
  summary: boolean;
  /** Only releases the caller may read (a conditional permission); all when absent. */
  visible?: (release: { namespace: string; name: string }) => boolean;
}

/** A result and how many storage records could not be decoded on the way. */
export interface Counted<T> {
  value: T;
  undecodable: number;
}

/** A storage object of a release that could not be read, with its `version` label when it has one. */
export interface UnreadableRecord {
  objectName: string;
  version?: number;
}

/** Every readable revision of a release, oldest first, and the records that could not be read. */
export interface ReleaseHistory extends Counted<Release[]> {
  unreadable: UnreadableRecord[];
}

function byName(a: Release, b: Release): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return (a.namespace ?? '').localeCompare(b.namespace ?? '');
}

const timeOf = (r: Release) => Date.parse(r.info?.last_deployed ?? '') || 0;
const byLastDeployed = (a: Release, b: Release) =>
  timeOf(a) - timeOf(b) || byName(a, b);

/** `helm list`, `helm history` and `helm get` over one storage driver. */
export class ReleaseReader {
  constructor(
    private readonly storage: ReleaseStorage,
    private readonly logger: LoggerService,
  ) {}

  /**
   * The latest revision of each release. Records are grouped by their labels first, so only one
   * record per release is decoded however long its history is.
   */
  async list(query: ListQuery): Promise<Counted<Release[]>> {
    const latest = new Map<string, StoredRecord>();
    const unlabelled: StoredRecord[] = [];
    for await (const record of this.storage.scan({
      namespace: query.namespace,
    })) {
      if (!record.releaseName || record.version === undefined) {
        unlabelled.push(record);
        continue;
      }
      if (
        query.visible &&
        !query.visible({
          namespace: record.namespace,
          name: record.releaseName,
        })
      )
        continue;
      const key = `${record.namespace}/${record.releaseName}`;
      const seen = latest.get(key);
      if (!seen || seen.version! < record.version) latest.set(key, record);
    }
    let undecodable = 0;
    const byRelease = new Map<string, Release>();
    for (const record of [...latest.values(), ...unlabelled]) {
      // A summary drops the manifest, so it is skipped rather than decoded.
      const release = this.tryDecode(record, { manifest: !query.summary });
      if (!release) {
        undecodable++;
        continue;
      }
      const namespace = release.namespace ?? record.namespace;
      if (query.visible && !query.visible({ namespace, name: release.name }))
        continue;
      const key = `${namespace}/${release.name}`;
      const seen = byRelease.get(key);
      if (!seen || seen.version < release.version) byRelease.set(key, release);
    }
    let releases = [...byRelease.values()];
    if (query.statuses?.length)
      releases = releases.filter(r =>
        query.statuses!.includes(String(r.info?.status)),
      );
    releases.sort(query.byDate ? byLastDeployed : byName);
    releases = releases.slice(query.skip, query.skip + query.limit);
    return {
      value: query.summary ? releases.map(summarise) : releases,
      undecodable,
    };
  }

  /** Every revision of a release, oldest first; 404 when there is none. */
  async history(namespace: string, name: string): Promise<ReleaseHistory> {
    const unreadable: UnreadableRecord[] = [];
    const revisions: Release[] = [];
    for await (const record of this.storage.scan({ namespace, name })) {
      const release = this.tryDecode(record);
      if (release) revisions.push(release);
      else
        unreadable.push({
          objectName: record.objectName,
          version: record.version,
        });
    }
    if (revisions.length === 0 && unreadable.length === 0) {
      throw new NotFoundError(
        `Release "${name}" not found in namespace "${namespace}" (${this.storage.driver} storage)`,
      );
    }
    revisions.sort((a, b) => a.version - b.version);
    return { value: revisions, undecodable: unreadable.length, unreadable };
  }

  /** One revision; 0 is the latest deployed one. */
  async revision(
    namespace: string,
    name: string,
    revision: number,
  ): Promise<Counted<Release>> {
    const history = await this.history(namespace, name);
    if (revision !== 0)
      return {
        value: numberedRevision(name, history, revision),
        undecodable: history.undecodable,
      };
    const found = history.value
      .filter(r => r.info?.status === 'deployed')
      .at(-1);
    if (!found)
      throw new NotFoundError(
        `Release "${name}" in namespace "${namespace}" has no deployed revision`,
      );
    return { value: found, undecodable: history.undecodable };
  }

  private tryDecode(
    record: StoredRecord,
    options?: DecodeOptions,
  ): Release | undefined {
    try {
      return record.decode(options);
    } catch (error) {
      this.logger.warn(
        `Skipping Helm storage record ${record.namespace}/${record.objectName}: ${(error as Error).message}`,
      );
      return undefined;
    }
  }
}
