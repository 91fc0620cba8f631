import { createServer } from 'node:net';

// Below Linux's ephemeral range (32768–60999): the kernel never hands these out, neither for
// `listen(0)` nor as the local port of an outgoing connection, so between this check and the
// server's own `listen` only another explicit choice can take the port.
const LOWEST = 20_000;
const SPAN = 12_000;

function listensOn(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A local port nothing listens on right now, for a server whose address must be known before it
 * starts (a backend that another backend's config points at).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOWEST + Math.floor(Math.random() * SPAN);
    if (await listensOn(port)) return port;
  }
}
