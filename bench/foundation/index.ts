/*
 * Foundation figures (issue 15's start and memory goals), in one run:
 * Every backend runs on PostgreSQL (BENCH_POSTGRES_URL, default the machine's); the databases it
 * makes are dropped at the end.
 * 1. Cold start and idle RSS of the suite's backend (packages/backend) against a bare backend
 *    (backend-defaults + auth + catalog, bareBackend.ts), all started the same way with the
 *    same config, interleaved run by run. Goals: start ≤ 1.2× bare, idle RSS ≤ bare + 100 MiB.
 *    Measured twice: on empty databases (an installation's first start) and on the databases an
 *    earlier start of the same backend left (every start after it); see StartMode.
 *    pluginsOnlyBackend.ts (bare + the five plugins) tells what of the difference is theirs.
 *    Each start also gives cpuMs, the CPU time (user + system) the backend had used when it became
 *    ready, and load1, the machine's load average then: on a shared machine readyMs moves with the
 *    other work (single starts of the same backend from 20 s to 90 s at load 10-16), cpuMs far
 *    less, so cpuMs tells whether a change made a start do less work when readyMs cannot.
 *    Every backend is started from source through the CLI's transform, as `npm start` runs it:
 *    the plugins' TypeScript is compiled as it is required, Backstage's packages are already
 *    JavaScript. CPU profiles of these starts put that compilation (swc) at about a tenth of what
 *    the plugins add (0.7 of 5.8 s of busy main thread at load 8), so the method is kept.
 * 2. What the suite's own imports cost to load (probe.cjs), the most expensive first.
 * 3. Memory under load: fuzzed requests to every plugin; RSS after all of them ≤ 1.3× RSS after
 *    the first tenth. Heap used after a full GC at both points tells a leak (it grows) from
 *    headroom the allocator keeps (RSS grows, the live heap does not); with BENCH_HEAP_SNAPSHOTS=1
 *    a heap snapshot is written at both points for DevTools' Comparison view.
 *
 * BENCH_ONLY=start or BENCH_ONLY=memory runs one part; BENCH_RUNS (default 3) rounds of starts; BENCH_FUZZ_REQUESTS (default 20,000; the goal's size is
 * 100,000); BENCH_SETTLE_MS (default 10,000) before idle RSS is read.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import { benchPostgresConnection, freePort } from '../lib/backend';
import { startChildBackend, type ChildBackend } from '../lib/childBackend';
import { printTable, writeResults, type Row } from '../lib/report';
import { runFuzz, type FuzzFigures } from './fuzz';
import { heapGrowth } from './heapSummary';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FUZZ_REQUESTS = Number(process.env.BENCH_FUZZ_REQUESTS ?? 20_000);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 10_000);
const TOKEN = 'bench-foundation-static-token';
const BACKENDS = {
  bare: 'bench/foundation/bareBackend.ts',
  // Not a goal of its own: splits the suite's cost into the plugins' and the rest's.
  pluginsOnly: 'bench/foundation/pluginsOnlyBackend.ts',
  suite: 'packages/backend/src/index.ts',
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The same config for both: its own simulator port, so runs never collide with a dev backend. */
// On PostgreSQL, as the goals are stated; the run drops every database it made at its end.
const DATABASE_PREFIX = `bench_foundation_${randomBytes(3).toString('hex')}_`;
let starts = 0;

async function dropBenchDatabases() {
  const admin = knexFactory({
    client: 'pg',
    connection: benchPostgresConnection(),
  });
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${DATABASE_PREFIX}%`],
    );
    for (const { datname } of rows)
      await admin.raw('drop database if exists ?? with (force)', [datname]);
  } finally {
    await admin.destroy();
  }
}

/**
 * `simulator`: run the development Kubernetes simulator in the backend, as `npm start` does, for
 * the fuzzed requests to reach a cluster. Cold starts leave it out, as production does
 * (app-config.production.yaml disables it); no plugin talks to a cluster before a request.
 */
async function start(
  entry: string,
  env?: NodeJS.ProcessEnv,
  simulator = true,
  /** The databases' prefix: by default empty databases of this start's own. */
  prefix = `${DATABASE_PREFIX}${++starts}_`,
) {
  const simulatorPort = await freePort();
  return startChildBackend({
    entry,
    env: { BACKSTAGE_STATIC_TOKEN: TOKEN, ...env },
    config: {
      backend: {
        database: {
          client: 'pg',
          connection: benchPostgresConnection(),
          prefix,
        },
      },
      kubernetesSimulator: { enabled: simulator, port: simulatorPort },
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              {
                name: 'local',
                url: `http://127.0.0.1:${simulatorPort}`,
                authProvider: 'serviceAccount',
                serviceAccountToken: 'local-simulator-token',
                skipTLSVerify: true,
              },
            ],
          },
        ],
      },
    },
  });
}

/**
 * How the measured starts find their databases:
 * - `first`: empty, as on an installation's first start; each plugin's database is created
 *   (PostgreSQL takes about 0.15 s a CREATE DATABASE here, and the suite has twice the bare
 *   backend's plugins) and migrated from nothing;
 * - `restart`: as a previous start of the same backend left them, as every later start (a
 *   deployment, a restarted pod) finds them.
 */
type StartMode = 'first' | 'restart';

async function coldStarts(mode: StartMode) {
  const rows: Row[] = [];
  let lastSuite: ChildBackend | undefined;
  const prefixOf = (name: string) =>
    mode === 'restart' ? `${DATABASE_PREFIX}${mode}_${name}_` : undefined;
  // One unmeasured start of each first: the first start of a run reads every file from disk
  // (and, for restarts, it creates the databases the measured starts find).
  for (const [name, entry] of Object.entries(BACKENDS))
    await (await start(entry, undefined, false, prefixOf(name))).stop();
  for (let run = 1; run <= RUNS; run++) {
    // Alternating which goes first, so neither always follows the other's stop.
    const order = Object.entries(BACKENDS);
    if (run % 2 === 0) order.reverse();
    for (const [name, entry] of order) {
      const backend = await start(entry, undefined, false, prefixOf(name));
      await new Promise(r => setTimeout(r, SETTLE_MS));
      rows.push({
        run,
        backend: name,
        readyMs: backend.readyMs,
        cpuMs: backend.cpuMs,
        idleRssMiB: backend.rssMiB(),
        // The machine's 1-minute load average as the start ended: other work lengthens readyMs.
        load1: Number(loadavg()[0].toFixed(1)),
      });
      if (name === 'suite' && run === RUNS) lastSuite = backend;
      else await backend.stop();
    }
  }
  const loads = (await lastSuite!.probe()).loads;
  await lastSuite!.stop();
  const of = (name: string, key: string) =>
    median(rows.filter(r => r.backend === name).map(r => Number(r[key])));
  const summary = ['pluginsOnly', 'suite'].map(name => {
    const startRatio = of(name, 'readyMs') / of('bare', 'readyMs');
    const rssDelta = of(name, 'idleRssMiB') - of('bare', 'idleRssMiB');
    return {
      mode,
      backend: name,
      bareReadyMs: of('bare', 'readyMs'),
      readyMs: of(name, 'readyMs'),
      startRatio: `${startRatio.toFixed(2)}× (goal ≤ 1.20×)`,
      startMet: startRatio <= 1.2,
      bareCpuMs: of('bare', 'cpuMs'),
      cpuMs: of(name, 'cpuMs'),
      cpuRatio: `${(of(name, 'cpuMs') / of('bare', 'cpuMs')).toFixed(2)}×`,
      bareIdleRssMiB: of('bare', 'idleRssMiB'),
      idleRssMiB: of(name, 'idleRssMiB'),
      rssDelta: `+${rssDelta} MiB (goal ≤ +100)`,
      rssMet: rssDelta <= 100,
    };
  });
  printTable(
    `Cold start (${mode}) and idle RSS, ${RUNS} runs each, interleaved`,
    rows,
  );
  printTable(`Against the bare backend (${mode}, medians)`, summary);
  printTable(
    "Packages the suite's code imports, by load time (inclusive of what they load)",
    loads.slice(0, 20),
  );
  return { rows, summary, loads };
}

/**
 * Fuzzed requests to a fresh suite backend, measured after the first tenth and after all of
 * them: RSS as it is, then the live heap after a full GC (and a heap snapshot when asked).
 */
async function fuzzPass(snapshotDir?: string) {
  const backend = await start(
    BACKENDS.suite,
    snapshotDir ? { BENCH_HEAP_SNAPSHOT_DIR: snapshotDir } : {},
  );
  try {
    const checkpoints: Row[] = [];
    const snapshots: string[] = [];
    const serverErrors = new Map<string, Row>();
    const measure = async (
      after: number,
      { serverErrors: errors, ...load }: FuzzFigures,
    ) => {
      for (const { status, route, count } of errors) {
        const seen = serverErrors.get(`${status} ${route}`);
        serverErrors.set(`${status} ${route}`, {
          status,
          route,
          count: count + Number(seen?.count ?? 0),
        });
      }
      const rssMiB = backend.rssMiB();
      const probe = await backend.probe();
      if (probe.snapshot) snapshots.push(probe.snapshot);
      checkpoints.push({
        afterRequests: after,
        rssMiB,
        heapUsedAfterGcMiB: mib(probe.after.heapUsed),
        externalAfterGcMiB: mib(probe.after.external),
        ...load,
      });
    };
    const first = Math.round(FUZZ_REQUESTS / 10);
    await measure(first, await runFuzz(backend.baseUrl, TOKEN, first));
    await measure(
      FUZZ_REQUESTS,
      await runFuzz(backend.baseUrl, TOKEN, FUZZ_REQUESTS - first),
    );
    const byCount = [...serverErrors.values()].sort(
      (a, b) => Number(b.count) - Number(a.count),
    );
    return { checkpoints, snapshots, serverErrors: byCount };
  } finally {
    await backend.stop();
  }
}

function summed501(errors: Row[]): Row[] {
  const notServed = errors.filter(e => e.status === 501);
  if (notServed.length === 0) return [];
  const count = notServed.reduce((sum, e) => sum + Number(e.count), 0);
  return [
    { status: 501, route: `${notServed.length} routes not served`, count },
  ];
}

async function memoryUnderLoad() {
  // Writing a heap snapshot inflates RSS, so the RSS figures come from a pass without them.
  const { checkpoints, serverErrors } = await fuzzPass();
  // A 5xx names a route whose answer to bad input is a bug, unless its upstream is unreachable.
  printTable(
    '5xx answers by route (a 500 is a bug; 502/503 say an upstream or the cluster is unreachable)',
    serverErrors.length > 0
      ? [
          // 501 is the answer of the Kosli SaaS routes this plugin does not serve: one row.
          ...serverErrors.filter(e => e.status !== 501),
          ...summed501(serverErrors),
        ]
      : [{ status: 'none', route: '', count: 0 }],
  );
  const [a, b] = checkpoints;
  const rssRatio = Number(b.rssMiB) / Number(a.rssMiB);
  const heapRatio = Number(b.heapUsedAfterGcMiB) / Number(a.heapUsedAfterGcMiB);
  printTable(
    `Memory under ${FUZZ_REQUESTS} fuzzed requests (goal at 100,000: RSS ≤ 1.3× RSS after the first tenth)`,
    checkpoints,
  );
  printTable('Leak or headroom', [
    {
      rssRatio: `${rssRatio.toFixed(2)}×`,
      met: rssRatio <= 1.3,
      liveHeapRatio: `${heapRatio.toFixed(2)}×`,
      reading:
        heapRatio > 1.1
          ? 'the live heap grew: look for a leak (BENCH_HEAP_SNAPSHOTS=1)'
          : 'the live JS heap is flat: RSS grew outside it (native memory, allocator arenas)',
    },
  ]);
  let growth: Row[] = [];
  if (process.env.BENCH_HEAP_SNAPSHOTS) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-heap-'));
    const { snapshots } = await fuzzPass(dir);
    growth = heapGrowth(snapshots[0], snapshots[1]);
    printTable(
      `What grew between heap snapshots after ${Math.round(FUZZ_REQUESTS / 10)} and ${FUZZ_REQUESTS} requests (a second pass; snapshots in ${dir})`,
      growth,
    );
  }
  return { checkpoints, rssRatio, heapRatio, growth };
}

async function main() {
  const only = process.env.BENCH_ONLY; // `start` or `memory`: one part alone
  const start =
    only === 'memory'
      ? undefined
      : {
          first: await coldStarts('first'),
          restart: await coldStarts('restart'),
        };
  const memory = only === 'start' ? undefined : await memoryUnderLoad();
  await dropBenchDatabases();
  writeResults('foundation', { start, memory, fuzzRequests: FUZZ_REQUESTS });
}

// Exit when done: a stopped backend can leave handles (pools, timers) that would keep the run alive.
main()
  .then(() => process.exit(0))
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
