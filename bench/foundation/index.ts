/*
 * Foundation figures: cold start of the backend (`npm start`'s command, all plugins, SQLite and
 * the Kubernetes simulator) to readiness, and its resident memory after it settles.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../lib/backend';
import { processTreeRssMiB } from '../lib/memory';
import { printTable, writeResults } from '../lib/report';

const ROOT = resolve(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function once(run: number) {
  const port = await freePort();
  const simulatorPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const config = join(dir, 'ports.yaml');
  writeFileSync(
    config,
    `backend:\n  baseUrl: http://localhost:${port}\n  listen:\n    port: ${port}\nkubernetesSimulator:\n  port: ${simulatorPort}\nkubernetes:\n  clusterLocatorMethods:\n    - type: config\n      clusters:\n        - name: local\n          url: http://127.0.0.1:${simulatorPort}\n          authProvider: serviceAccount\n          serviceAccountToken: local-simulator-token\n          skipTLSVerify: true\n`,
  );
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [resolve(ROOT, 'scripts/start.mjs'), '--config', config],
    {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, INIT_CWD: ROOT, NODE_ENV: 'development' },
      stdio: 'ignore',
    },
  );
  let readyMs = -1;
  while (Date.now() - started < 120_000) {
    try {
      if (
        (await fetch(`http://localhost:${port}/.backstage/health/v1/readiness`))
          .ok
      ) {
        readyMs = Date.now() - started;
        break;
      }
    } catch {
      // not yet listening
    }
    await new Promise(r => setTimeout(r, 100));
  }
  await new Promise(r => setTimeout(r, 10_000));
  // The backend is the largest process; the CLI launcher and npm wrapper make up the rest.
  const { largestMiB: backendIdleRssMiB, totalMiB: treeIdleRssMiB } =
    processTreeRssMiB(child.pid!);
  process.kill(-child.pid!, 'SIGTERM');
  await new Promise(r => child.once('exit', r));
  return { run, readyMs, backendIdleRssMiB, treeIdleRssMiB };
}

async function main() {
  const rows = [];
  for (let i = 1; i <= RUNS; i++) rows.push(await once(i));
  printTable(
    'Backend cold start (npm start, all plugins, SQLite, simulator)',
    rows,
  );
  writeResults('foundation', rows);
}

// Exit when done: a stopped backend can leave handles (pools, timers) that would keep the run alive.
main()
  .then(() => process.exit(0))
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
