import type { Response } from 'express';
import type { JobStore } from '../database/JobStore';
import { FINISHED_STATUSES } from './types';

/**
 * Streams a job's events as server-sent events: the stored ones after `afterId` first (replay),
 * then new ones as the runner (in any replica) writes them, until the job has finished.
 */
export async function streamJobEvents(
  res: Response,
  options: {
    store: JobStore;
    jobId: string;
    afterId: number;
    pollIntervalMs: number;
  },
): Promise<void> {
  const { store, jobId, pollIntervalMs } = options;
  let cursor = options.afterId;
  let closed = false;
  // The response closes when the client goes away; stop polling for it then.
  res.on('close', () => {
    closed = true;
  });
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write(`retry: ${Math.max(1000, pollIntervalMs * 2)}\n\n`);
  const flush = () => (res as unknown as { flush?: () => void }).flush?.();
  flush();

  let idleSince = Date.now();
  while (!closed) {
    const events = await store.eventsAfter(jobId, cursor);
    for (const event of events) {
      res.write(
        `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify({ type: event.type, data: event.data })}\n\n`,
      );
      cursor = event.id;
    }
    if (events.length > 0) {
      flush();
      idleSince = Date.now();
      continue;
    }
    const job = await store.get(jobId);
    if (!job || FINISHED_STATUSES.includes(job.status)) {
      // The final event is written with the final status, so one more read drains the stream.
      const last = await store.eventsAfter(jobId, cursor);
      for (const event of last) {
        res.write(
          `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify({ type: event.type, data: event.data })}\n\n`,
        );
      }
      break;
    }
    if (Date.now() - idleSince > 15_000) {
      res.write(': keep-alive\n\n');
      flush();
      idleSince = Date.now();
    }
    await new Promise(resolve => setTimeout(resolve, pollIntervalMs));
  }
  res.end();
}
