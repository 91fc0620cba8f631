import { createServer } from 'node:net';
import { freePort } from './freePort';

describe('freePort', () => {
  it('gives ports below the ephemeral range that a server can listen on', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, freePort));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(32_768);
    }
    const server = createServer();
    await new Promise<void>(r => server.listen(ports[0], '127.0.0.1', r));
    expect((server.address() as { port: number }).port).toBe(ports[0]);
    await new Promise(r => server.close(r));
  });
});
