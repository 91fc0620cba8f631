import { createServer } from 'node:net';

/**
 * A local port nothing listens on right now, for a server whose address must be known before it
 * starts (a backend that another backend's config points at).
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
