import { NotFoundError } from '@backstage/errors';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  RecordLabels,
  ReleaseStorage,
  StoredRecord,
} from '../storage/ReleaseStorage';
import type { DecodeOptions } from './releaseCodec';
import { summarise, type Release } from './release';
import { numberedRevision } from './readableHistory';
import type { Counted, ReleaseHistory, UnreadableRecord } from './readResults';

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

/** A release of a list, known from its latest record's labels until it is decoded. */
interface Candidate {
  record: RecordLabels;
  namespace: string;
  name: string;
  version: number;
  status?: string;
  release?: Release;
  time?: number;
}

/** A list's releases, decoded one after another as they are consumed. */
export interface ReleaseListing {
  /** How many releases the listing holds at most (fewer when some cannot be decoded). */
  count: number;
  releases: AsyncIterable<Release>;
  /** Records that could not be decoded, so far: final once `releases` is consumed. */
  undecodable(): number;
}

function candidateByName(a: Candidate, b: Candidate): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.namespace.localeCompare(b.namespace);
}

const timeOf = (r: Release) => Date.parse(r.info?.last_deployed ?? '') || 0;

/** `helm list`, `helm history` and `helm get` over one storage driver. */
export class ReleaseReader {
  constructor(
    private readonly storage: ReleaseStorage,
    private readonly logger: LoggerService,
  ) {}

  /**
   * The latest revision of each release, buffered: for small answers, whose undecodable count is
   * known before the first byte is sent.
   */
  async list(query: ListQuery): Promise<Counted<Release[]>> {
    const listing = await this.listing(query);
    const value: Release[] = [];
    for await (const release of listing.releases) value.push(release);
    return { value, undecodable: listing.undecodable() };
  }

  /**
   * The latest revision of each release, as Helm's `list` shows them, costing what it returns:
   * each release's latest revision is found from the storage objects' labels (kept by a
   * metadata watch, or a metadata-only list: no release data is fetched), the releases are filtered by the status label, sorted by
   * name and paged, and only the page's records are then fetched and decoded, one after another
   * as they are sent. `byDate` needs each release's `last_deployed`, which only the record holds:
   * it decodes every latest record without its manifest first. Records without Helm's labels
   * are decoded to be placed.
   */
  async listing(query: ListQuery): Promise<ReleaseListing> {
    const latest = new Map<string, Candidate>();
    let undecodable = 0;
    const consider = (candidate: Candidate) => {
      const { namespace, name } = candidate;
      if (query.visible && !query.visible({ namespace, name })) return;
      const key = `${namespace}/${name}`;
      const seen = latest.get(key);
      if (!seen || seen.version < candidate.version) latest.set(key, candidate);
    };
    const unlabelled: RecordLabels[] = [];
    for await (const record of this.storage.latestLabels({
      namespace: query.namespace,
    })) {
      if (!record.releaseName || record.version === undefined)
        unlabelled.push(record);
      else
        consider({
          record,
          namespace: record.namespace,
          name: record.releaseName,
          version: record.version,
          status: record.status,
        });
    }
    const decodeNow = async (record: RecordLabels) => {
      const release = await this.fetchAndDecode(record, {
        manifest: !query.summary,
      });
      if (!release) undecodable++;
      return release;
    };
    for (const record of unlabelled) {
      const release = await decodeNow(record);
      if (release)
        consider({
          record,
          namespace: release.namespace ?? record.namespace,
          name: release.name,
          version: release.version,
          status: String(release.info?.status),
          release,
        });
    }
    let candidates = [...latest.values()];
    if (query.statuses?.length) {
      // A record whose status label is missing is decoded to know its status.
      for (const c of candidates)
        if (c.status === undefined && !c.release) {
          c.release = await decodeNow(c.record);
          c.status = c.release ? String(c.release.info?.status) : undefined;
        }
      candidates = candidates.filter(
        c => c.status !== undefined && query.statuses!.includes(c.status),
      );
    }
    if (query.byDate) {
      for (const c of candidates) {
        const release =
          c.release ??
          (await this.fetchAndDecode(c.record, { manifest: false }));
        c.time = release ? timeOf(release) : 0;
      }
      candidates.sort((a, b) => a.time! - b.time! || candidateByName(a, b));
    } else candidates.sort(candidateByName);
    const chosen = candidates.slice(query.skip);
    latest.clear();
    const decodePage = (record: RecordLabels) =>
      this.fetchAndDecode(record, { manifest: !query.summary });
    return {
      count: Math.min(chosen.length, query.limit),
      undecodable: () => undecodable,
      releases: (async function* page() {
        let sent = 0;
        let next = 0;
        while (next < chosen.length && sent < query.limit) {
          // A few records in flight at a time, sent in order.
          const size = Math.min(8, query.limit - sent);
          const batch = chosen
            .slice(next, next + size)
            .map(c =>
              c.release ? Promise.resolve(c.release) : decodePage(c.record),
            );
          next += size;
          for (const release of await Promise.all(batch)) {
            if (!release) {
              undecodable++;
              continue;
            }
            sent++;
            yield query.summary ? summarise(release) : release;
          }
        }
      })(),
    };
  }

  private async fetchAndDecode(
    record: RecordLabels,
    options: DecodeOptions,
  ): Promise<Release | undefined> {
    const stored = await this.storage.read(record);
    return stored ? this.tryDecode(stored, options) : undefined;
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
