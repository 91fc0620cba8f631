/*
 * helm-releases figures: the release list at scale (issue 15's goals).
 *
 * 1. BENCH_RELEASES (1000) releases x BENCH_REVISIONS (10) revisions with ~BENCH_MANIFEST_KB (4) KB
 *    manifests in a simulated cluster (in its own process): `GET /api/releases?limit=10` under
 *    autocannon (goal p95 < 100 ms), other pages, and whole lists read as streams.
 * 2. Peak RSS of the backend process while it streams the full list, at BENCH_RSS_SMALL (1000) and
 *    BENCH_RSS_LARGE (10000) releases x BENCH_RSS_REVISIONS (2) (goal: large <= 2x small), each in a
 *    fresh process, the records in the simulator's process.
 * 3. Decode throughput against raw zlib inflate of the same bytes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { helmReleasesPlugin } from '../../plugins/helm-releases-backend/src/plugin';
import { decodeRelease } from '../../plugins/helm-releases-backend/src/release/releaseCodec';
import { startBenchBackend } from '../lib/backend';
import { runLoad } from '../lib/load';
import { PeakRss } from '../lib/memory';
import { printTable, writeResults } from '../lib/report';
import { helmSecret, manifest, releaseName } from './data';

// One log line per request would only add noise to the tables.
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';

const env = (name: string, fallback: number) =>
  Number(process.env[name] ?? fallback);
const RELEASES = env('BENCH_RELEASES', 1000);
const REVISIONS = env('BENCH_REVISIONS', 10);
const MANIFEST_KB = env('BENCH_MANIFEST_KB', 4);
const SECONDS = env('BENCH_SECONDS', 5);
const RSS_SMALL = env('BENCH_RSS_SMALL', 1000);
const RSS_LARGE = env('BENCH_RSS_LARGE', 10000);
const RSS_REVISIONS = env('BENCH_RSS_REVISIONS', 2);
const RSS_MANIFEST_KB = env('BENCH_RSS_MANIFEST_KB', 2);

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const transform = createRequire(__filename).resolve(
  '@backstage/cli/config/nodeTransform.cjs',
);

/** The simulated cluster in a child process, seeded; resolves once it serves. */
function startSimulator(
  releases: number,
  revisions: number,
  kb: number,
): Promise<{
  child: ChildProcess;
  cluster: any;
  seedMs: number;
  storedMiB: number;
}> {
  const child = fork(join(__dirname, 'simulator.ts'), [], {
    execArgv: ['--require', transform],
    env: {
      ...process.env,
      BENCH_RELEASES: String(releases),
      BENCH_REVISIONS: String(revisions),
      BENCH_MANIFEST_KB: String(kb),
    },
  });
  return new Promise((resolve, reject) => {
    // The TypeScript loader also talks over the IPC channel (`{type: 'watch'}`): wait for ours.
    child.on('message', (m: any) => m?.cluster && resolve({ child, ...m }));
    child.once('exit', code => reject(new Error(`simulator exited ${code}`)));
  });
}

const stopSimulator = (child: ChildProcess) =>
  new Promise(resolve => {
    child.once('exit', resolve);
    child.send('stop');
  });

async function startBackend(cluster: any) {
  return startBenchBackend({
    features: [helmReleasesPlugin],
    config: {
      kubernetes: {
        clusterLocatorMethods: [{ type: 'config', clusters: [cluster] }],
      },
    },
  });
}

/** One list read as a stream, counting bytes and releases without keeping the body. */
async function readList(baseUrl: string, token: string, query: string) {
  const start = process.hrtime.bigint();
  const res = await fetch(
    `${baseUrl}/api/helm-releases/api/releases?${query}`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  let bytes = 0;
  let releases = 0;
  const decoder = new TextDecoder();
  let tail = '';
  for await (const chunk of res.body as any as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    // Each release starts with {"name":"rel- (the bench's names); a chunk may split it.
    const text = tail + decoder.decode(chunk, { stream: true });
    releases += text.split('{"name":"rel-').length - 1;
    tail = text.slice(-12);
  }
  return { ms: ms(start), bytes, releases };
}

async function listFigures() {
  const sim = await startSimulator(RELEASES, REVISIONS, MANIFEST_KB);
  console.log(
    `seeded ${RELEASES * REVISIONS} Secrets (${sim.storedMiB} MiB stored) in ${(sim.seedMs / 1000).toFixed(1)} s`,
  );
  const backend = await startBackend(sim.cluster);
  const url = (query: string) =>
    `${backend.baseUrl}/api/helm-releases/api/releases?${query}`;
  const headers = { Authorization: `Bearer ${backend.token}` };
  const rows = [];
  for (const [label, query] of [
    ['limit=10 (goal p95 < 100 ms)', 'limit=10'],
    ['limit=10, skip=500', 'limit=10&skip=500'],
    [
      'limit=10, one namespace, summary',
      'namespace=team-3&limit=10&summary=true',
    ],
    ['limit=10, statusFilter=deployed', 'limit=10&statusFilter=deployed'],
  ] as const) {
    await runLoad({ url: url(query), headers, connections: 1, amount: 5 }); // warm up
    const load = await runLoad({
      url: url(query),
      headers,
      connections: 4,
      duration: SECONDS,
    });
    rows.push({
      request: label,
      releases: RELEASES,
      revisions: REVISIONS,
      reqPerSec: Math.round(load.requestsPerSecond),
      p50Ms: load.p50Ms,
      p95Ms: load.p95Ms,
      p99Ms: load.p99Ms,
      non2xx: load.non2xx + load.errors,
    });
  }
  const whole = [];
  for (const [label, query] of [
    ['every release, summary (streamed)', `limit=10000&summary=true`],
    ['every release, full (streamed)', `limit=10000`],
  ] as const) {
    const run = await readList(backend.baseUrl, backend.token, query);
    whole.push({
      request: label,
      releases: run.releases,
      responseMiB: +(run.bytes / 2 ** 20).toFixed(1),
      ms: Math.round(run.ms),
    });
  }
  await backend.stop();
  await stopSimulator(sim.child);
  return { rows, whole };
}

/** In a fresh process: the backend's peak RSS while the full list streams through it. */
async function rssRun(releases: number) {
  const sim = await startSimulator(releases, RSS_REVISIONS, RSS_MANIFEST_KB);
  const backend = await startBackend(sim.cluster);
  await readList(backend.baseUrl, backend.token, 'limit=10'); // warm up
  global.gc?.();
  const idleMiB = Math.round(process.memoryUsage.rss() / 2 ** 20);
  const peak = new PeakRss(10);
  const run = await readList(backend.baseUrl, backend.token, 'limit=10000');
  const peakMiB = peak.stop();
  await backend.stop();
  await stopSimulator(sim.child);
  process.send!({
    releases: run.releases,
    idleMiB,
    peakMiB,
    ms: Math.round(run.ms),
  });
}

function inFreshProcess(releases: number): Promise<any> {
  const child = fork(__filename, ['rss', String(releases)], {
    execArgv: ['--require', transform, '--expose-gc'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (m: any) => m?.peakMiB !== undefined && resolve(m));
    child.once(
      'exit',
      code => code && reject(new Error(`rss run exited ${code}`)),
    );
  });
}

function decodeFigures() {
  const body = manifest(releaseName(0), 1, MANIFEST_KB);
  const sample = Array.from(
    { length: 500 },
    (_, i) => helmSecret(i, 1, 1, body).data.release,
  );
  const gzips = sample.map(v =>
    Buffer.from(Buffer.from(v, 'base64').toString('latin1'), 'base64'),
  );
  const time = (work: () => void) => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const s = process.hrtime.bigint();
      work();
      best = Math.min(best, ms(s));
    }
    return best;
  };
  const inflate = time(() => gzips.forEach(g => gunzipSync(g)));
  const whole = time(() => sample.forEach(v => decodeRelease(v)));
  const summary = time(() =>
    sample.forEach(v => decodeRelease(v, { manifest: false })),
  );
  const row = (step: string, took: number) => ({
    step,
    records: sample.length,
    ms: +took.toFixed(1),
    ratioToInflate: +(took / inflate).toFixed(2),
  });
  return [
    row('raw zlib inflate (gunzipSync)', inflate),
    row('decodeRelease, whole release', whole),
    row('decodeRelease, manifest skipped (summary=true)', summary),
  ];
}

async function main() {
  const { rows, whole } = await listFigures();
  printTable(
    `List over HTTP: ${RELEASES} releases x ${REVISIONS} revisions, ~${MANIFEST_KB} KB manifests, 4 connections, ${SECONDS} s each`,
    rows,
  );
  printTable('Whole lists, read as streams', whole);
  const small = await inFreshProcess(RSS_SMALL);
  const large = await inFreshProcess(RSS_LARGE);
  const memory = [small, large].map(r => ({
    releases: r.releases,
    revisions: RSS_REVISIONS,
    manifestKB: RSS_MANIFEST_KB,
    idleRssMiB: r.idleMiB,
    peakRssMiB: r.peakMiB,
    fullListMs: r.ms,
  }));
  printTable(
    `Backend peak RSS while streaming the full list (goal: ${RSS_LARGE} <= 2x ${RSS_SMALL}); ratio ${(large.peakMiB / small.peakMiB).toFixed(2)}`,
    memory,
  );
  const decode = decodeFigures();
  printTable('Decode (2x base64 + gunzip + JSON) vs raw zlib inflate', decode);
  writeResults('helm-releases', {
    releases: RELEASES,
    revisions: REVISIONS,
    manifestKB: MANIFEST_KB,
    list: rows,
    whole,
    memory,
    peakRssRatio: +(large.peakMiB / small.peakMiB).toFixed(2),
    decode,
  });
}

const entry =
  process.argv[2] === 'rss' ? rssRun(Number(process.argv[3])) : main();
entry.then(
  // The backend's own timers (scheduler, lifecycle) outlive stop(); end once the figures are written.
  () => process.exit(0),
  e => {
    console.error(e);
    process.exit(1);
  },
);
