import { createServer } from 'node:net';

// Below Linux's ephemeral range (32768–60999): the kernel never hands these out, neither for
// `listen(0)` nor as the local port of an outgoing connection, so between this check and the
// server's own `listen` only another explicit choice can take the port.
const LOWEST = 20_000;
const SPAN = 12_000;
// Test files run in parallel worker processes: each worker draws from its own slice, so two
// workers never choose the same port between their checks and their servers' `listen`.
const SLICES = 16;
const SLICE = SPAN / SLICES;

/** Ports this process handed out: two calls before either server listens get two ports. */
const handedOut = new Set<number>();

function listensOn(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first port of this process's slice (Jest numbers its workers from 1). */
export function sliceStart(workerId = process.env.JEST_WORKER_ID): number {
  const worker = Math.max(1, Number(workerId) || 1);
  return LOWEST + ((worker - 1) % SLICES) * SLICE;
}

/**
 * A local port nothing listens on right now, for a server whose address must be known before it
 * starts (a backend that another backend's config points at). Never the same one twice in a
 * process, and from a range no other worker chooses from.
 */
export async function freePort(): Promise<number> {
  const start = sliceStart();
  for (;;) {
    const port = start + Math.floor(Math.random() * SLICE);
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await listensOn(port)) return port;
  }
}
