import { InputError, ServiceUnavailableError } from '@backstage/errors';
import type { IngestBatch } from '../ingestion/events';
import type { IngestCounts, IngestionStore } from './IngestionStore';
import { isStoreUnavailable } from './storeErrors';

export interface GroupCommitOptions {
  /** Most deliveries written in one transaction. */
  maxDeliveries?: number;
  /** A delivery with more events than this is written in a transaction of its own. */
  maxEventsPerDelivery?: number;
  /** Told the size of every group written, for logs and tests. */
  onGroup?: (deliveries: number) => void;
}

interface Waiting {
  batch: IngestBatch;
  resolve: (counts: IngestCounts) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for webhook deliveries: deliveries that arrive while a transaction is being written
 * wait and are written together in the next one, so one commit serves many requests. A delivery's
 * promise settles only once the transaction holding it has committed (an acknowledged write is a
 * committed one). When a group fails, its deliveries are written again one by one, so each gets
 * its own answer and no delivery fails for another's data.
 *
 * One group is written at a time per process: the queue is what makes groups grow under load, and
 * two groups of this process never lock each other's rows.
 */
export class GroupCommit {
  private readonly queue: Waiting[] = [];
  private writing = false;
  private readonly maxDeliveries: number;
  private readonly maxEventsPerDelivery: number;

  constructor(
    private readonly store: IngestionStore,
    private readonly options: GroupCommitOptions = {},
  ) {
    this.maxDeliveries = options.maxDeliveries ?? 500;
    this.maxEventsPerDelivery = options.maxEventsPerDelivery ?? 100;
  }

  /** Stores a delivery; resolves after its transaction committed. */
  ingest(batch: IngestBatch): Promise<IngestCounts> {
    if (eventCount(batch) > this.maxEventsPerDelivery) return this.alone(batch);
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        // Deliveries parsed in the same turn of the event loop join the first group.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain() {
    try {
      while (this.queue.length > 0)
        await this.write(this.queue.splice(0, this.maxDeliveries));
    } finally {
      this.writing = false;
    }
  }

  private async write(group: Waiting[]) {
    this.options.onGroup?.(group.length);
    let counts: IngestCounts[];
    try {
      counts = await this.store.ingestAll(group.map(w => w.batch));
    } catch (error) {
      if (group.length === 1) {
        group[0].reject(asAnswer(error));
        return;
      }
      // Each delivery alone, in arrival order (so repeated keys keep their order): the bad one fails
      // with its own error, the others commit. Once the database is found unavailable, the rest
      // are answered 503 at once rather than each waiting for it again.
      let unavailable: unknown;
      for (const w of group) {
        if (unavailable) {
          w.reject(unavailable);
          continue;
        }
        try {
          w.resolve(await this.alone(w.batch));
        } catch (refused) {
          if (refused instanceof ServiceUnavailableError) unavailable = refused;
          w.reject(refused);
        }
      }
      return;
    }
    group.forEach((w, i) => w.resolve(counts[i]));
  }

  private async alone(batch: IngestBatch): Promise<IngestCounts> {
    try {
      return await this.store.ingest(batch);
    } catch (error) {
      throw asAnswer(error);
    }
  }
}

function eventCount(batch: IngestBatch): number {
  const shipped = (batch.deployments ?? []).reduce(
    (n, d) => n + (d.commits?.length ?? 0),
    0,
  );
  return (
    (batch.deployments?.length ?? 0) +
    (batch.commits?.length ?? 0) +
    (batch.pullRequests?.length ?? 0) +
    (batch.incidents?.length ?? 0) +
    shipped
  );
}

/**
 * What a failed write means to the sender: the database unreachable, overloaded or aborting the transaction (deadlock) is a 503 (send
 * again later); a value the database refuses (out of range, a check) is the delivery's own 400.
 */
function asAnswer(error: unknown): unknown {
  if (isStoreUnavailable(error))
    return new ServiceUnavailableError(
      'the event store is unavailable; deliver the event again later',
      error as Error,
    );
  const e = error as { code?: unknown; message?: string };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (
    /^(22|23514)/.test(code) ||
    code === 'SQLITE_CONSTRAINT_CHECK' ||
    code === 'SQLITE_CONSTRAINT_TRIGGER'
  ) {
    // knex prefixes the SQL; the sender is told the database's reason only.
    return new InputError(
      `the event store refused the delivery: ${(e.message ?? code).split(' - ').pop()}`,
    );
  }
  return error;
}
