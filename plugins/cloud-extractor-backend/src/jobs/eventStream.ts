import type { Response } from 'express';
import type { JobStore } from '../database/JobStore';
import { jobEventFeed, jobEventMessage, KEEP_ALIVE } from './jobEventFeed';

/** Streams a job's events as server-sent events, each with its id for `Last-Event-ID`. */
export async function streamJobEvents(
  res: Response,
  options: {
    store: JobStore;
    jobId: string;
    afterId: number;
    pollIntervalMs: number;
  },
): Promise<void> {
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
  res.write(`retry: ${Math.max(1000, options.pollIntervalMs * 2)}\n\n`);
  const flush = () => (res as unknown as { flush?: () => void }).flush?.();
  flush();

  for await (const batch of jobEventFeed({
    ...options,
    isClosed: () => closed,
  })) {
    if (batch === KEEP_ALIVE) res.write(': keep-alive\n\n');
    else
      for (const event of batch)
        res.write(
          `id: ${event.id}\nevent: ${event.type}\ndata: ${jobEventMessage(event)}\n\n`,
        );
    flush();
  }
  res.end();
}
