import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  freePort,
  startBackendProcess,
  stopProcessGroup,
  waitUntilReady,
  type BackendProcess,
} from './__testUtils__/childBackend';

const ROOT = resolve(__dirname, '..', '..', '..');

/*
 * Backstage only logs a rejected start and keeps the process up, answering readiness 503 forever.
 * This backend exits instead: here the Kubernetes simulator's port is taken, so a root service
 * fails before any plugin starts.
 */
describe('a backend that cannot start', () => {
  let backend: BackendProcess | undefined;
  let occupied: Server | undefined;

  afterAll(async () => {
    await stopProcessGroup(backend?.child);
    await new Promise(r => (occupied ? occupied.close(r) : r(undefined)));
  }, 120_000);

  it('logs why and exits instead of answering readiness 503', async () => {
    occupied = createServer();
    await new Promise<void>(r => occupied!.listen(0, '127.0.0.1', r));
    const takenPort = (occupied.address() as { port: number }).port;
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const config = join(
      mkdtempSync(join(tmpdir(), 'fawkes-failed-start-')),
      'app-config.test.yaml',
    );
    writeFileSync(
      config,
      JSON.stringify({
        backend: { baseUrl, listen: { port } },
        kubernetesSimulator: { port: takenPort },
      }),
    );
    backend = startBackendProcess(
      [
        resolve(ROOT, 'node_modules/@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        ...[resolve(ROOT, 'app-config.yaml'), config].flatMap(file => [
          '--config',
          file,
        ]),
      ],
      { cwd: resolve(ROOT, 'packages/backend'), env: process.env },
    );

    await expect(waitUntilReady(baseUrl, backend)).rejects.toThrow(
      /Backend startup failed, exiting:[\s\S]*EADDRINUSE/,
    );
    // The backend's own process is gone (the CLI's watcher above it stays): nothing listens.
    for (;;) {
      const answered = await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
        .then(() => true)
        .catch(() => false);
      if (!answered) break;
      await new Promise(r => setTimeout(r, 500));
    }
  }, 660_000);
});
