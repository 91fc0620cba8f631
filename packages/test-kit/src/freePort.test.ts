import { createServer } from 'node:net';
import { freePort, sliceStart } from './freePort';

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

  it('never gives the same port twice, even before any server listens', async () => {
    const ports = await Promise.all(Array.from({ length: 300 }, freePort));
    expect(new Set(ports).size).toBe(ports.length);
  });

  it("draws from this worker's own slice of the range", async () => {
    const start = sliceStart();
    for (const port of await Promise.all(
      Array.from({ length: 20 }, freePort),
    )) {
      expect(port).toBeGreaterThanOrEqual(start);
      expect(port).toBeLessThan(start + 750);
    }
    const slices = ['1', '2', '16', '17'].map(sliceStart);
    expect(slices).toEqual([20_000, 20_750, 31_250, 20_000]);
    // No worker number (a process outside Jest): the first slice.
    expect(sliceStart('')).toBe(20_000);
  });
});
