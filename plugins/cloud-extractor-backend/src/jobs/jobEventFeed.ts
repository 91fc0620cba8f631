import type { JobStore } from '../database/JobStore';
import { FINISHED_STATUSES, type JobEvent } from './types';

/** Yielded when nothing happened for a while: the transport says it is still there. */
export const KEEP_ALIVE = Symbol('keep-alive');

const KEEP_ALIVE_AFTER_MS = 15_000;

/**
 * A job's events, for any live transport (server-sent events, WebSocket), in the batches they were
 * read in (a transport flushes once a batch): the stored ones after `afterId` first (replay), then
 * new ones as the runner (in any replica) writes them, until the job has finished or `isClosed`
 * says the client went away.
 */
export async function* jobEventFeed(options: {
  store: JobStore;
  jobId: string;
  afterId: number;
  pollIntervalMs: number;
  isClosed: () => boolean;
}): AsyncGenerator<JobEvent[] | typeof KEEP_ALIVE> {
  const { store, jobId, pollIntervalMs, isClosed } = options;
  let cursor = options.afterId;
  let idleSince = Date.now();
  while (!isClosed()) {
    const events = await store.eventsAfter(jobId, cursor);
    if (events.length > 0) {
      yield events;
      cursor = events[events.length - 1].id;
      idleSince = Date.now();
      continue;
    }
    const job = await store.get(jobId);
    if (!job || FINISHED_STATUSES.includes(job.status)) {
      // The final event is written with the final status, so one more read drains the feed.
      const last = await store.eventsAfter(jobId, cursor);
      if (last.length > 0) yield last;
      return;
    }
    if (Date.now() - idleSince > KEEP_ALIVE_AFTER_MS) {
      yield KEEP_ALIVE;
      idleSince = Date.now();
    }
    await new Promise(resolve => setTimeout(resolve, pollIntervalMs));
  }
}

/** The seed's message for one event: `{"type": "progress", "data": {"job_id", "status", …}}`. */
export function jobEventMessage(event: JobEvent): string {
  return JSON.stringify({ type: event.type, data: event.data });
}
