/*
 * helm-releases figures: Helm release storage at scale in the simulator.
 *
 * BENCH_RELEASES (1000) releases x BENCH_REVISIONS (10) revisions, each with a ~BENCH_MANIFEST_KB
 * (100) KB rendered manifest, stored as Helm's Secret driver stores them (double base64 of gzip
 * at best compression). Measures the list route over HTTP, decode throughput against raw zlib
 * inflate of the same bytes in the same run, and peak RSS of this process (backend and simulator).
 */
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { gunzipSync } from 'node:zlib';
import { helmReleasesPlugin } from '../../plugins/helm-releases-backend/src/plugin';
import {
  decodeRelease,
  encodeRelease,
} from '../../plugins/helm-releases-backend/src/release/releaseCodec';
import type { Release } from '../../plugins/helm-releases-backend/src/release/release';
import { startBenchBackend } from '../lib/backend';
import { PeakRss } from '../lib/memory';
import { printTable, writeResults } from '../lib/report';

// One log line per request would only add noise to the tables.
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';

const RELEASES = Number(process.env.BENCH_RELEASES ?? 1000);
const REVISIONS = Number(process.env.BENCH_REVISIONS ?? 10);
const MANIFEST_KB = Number(process.env.BENCH_MANIFEST_KB ?? 100);
const NAMESPACES = 20;

const WORDS =
  'api web worker cache queue redis postgres kafka gateway auth billing search ingest render notify report audit metrics'.split(
    ' ',
  );
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const word = () => WORDS[Math.floor(random() * WORDS.length)];

/** A rendered chart of roughly `kb` KB: Deployments, Services and ConfigMaps, as charts hold. */
function manifest(release: string, revision: number, kb: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const name = `${release}-${word()}-${i}`;
    const env = Array.from(
      { length: 12 },
      () =>
        `            - name: ${word().toUpperCase()}_${word().toUpperCase()}\n              value: "${word()}-${Math.floor(random() * 1e6)}"`,
    ).join('\n');
    const data = Array.from(
      { length: 10 },
      () =>
        `  ${word()}.${word()}.${Math.floor(random() * 1e4)}: "${word()} ${word()} ${Math.floor(random() * 1e9).toString(36)}"`,
    ).join('\n');
    const part = `---
# Source: ${release}/templates/${name}.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app.kubernetes.io/name: ${name}, app.kubernetes.io/instance: ${release}, helm.sh/chart: app-1.${revision}.0}
spec:
  replicas: ${1 + Math.floor(random() * 5)}
  selector: {matchLabels: {app.kubernetes.io/name: ${name}}}
  template:
    metadata: {labels: {app.kubernetes.io/name: ${name}}}
    spec:
      containers:
        - name: ${word()}
          image: registry.example.com/${word()}/${word()}:1.${revision}.${Math.floor(random() * 100)}
          ports: [{containerPort: ${8000 + Math.floor(random() * 1000)}}]
          env:
${env}
---
apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec: {ports: [{port: 80, targetPort: http}], selector: {app.kubernetes.io/name: ${name}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}-config}
data:
${data}
`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function release(
  name: string,
  namespace: string,
  version: number,
  body: string,
): Release {
  return {
    name,
    namespace,
    version,
    info: {
      first_deployed: '2026-01-01T00:00:00Z',
      last_deployed: new Date(Date.UTC(2026, 0, 1, 0, version)).toISOString(),
      deleted: '',
      description: 'Upgrade complete',
      status: version === REVISIONS ? 'deployed' : 'superseded',
      notes: 'Thank you for installing.',
    },
    chart: {
      metadata: { name: 'app', version: `1.${version}.0`, apiVersion: 'v2' },
      templates: [],
      values: { replicas: 2 },
    },
    config: { image: { tag: `1.${version}.0` } },
    manifest: body,
  };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main() {
  const rss = new PeakRss();
  const sim = new KubernetesSimulator();
  await sim.start();

  // Seed: one manifest per release, varied per revision only in its header so encoding stays affordable.
  let t = process.hrtime.bigint();
  const sample: string[] = [];
  let storedBytes = 0;
  let manifestBytes = 0;
  for (let r = 0; r < RELEASES; r++) {
    const name = `rel-${String(r).padStart(4, '0')}`;
    const namespace = `team-${r % NAMESPACES}`;
    const base = manifest(name, 1, MANIFEST_KB);
    const secrets = [];
    for (let v = 1; v <= REVISIONS; v++) {
      const rel = release(name, namespace, v, `# revision ${v}\n${base}`);
      const value = Buffer.from(encodeRelease(rel)).toString('base64');
      storedBytes += value.length;
      manifestBytes += rel.manifest!.length;
      if (sample.length < 2000) sample.push(value);
      secrets.push({
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'helm.sh/release.v1',
        metadata: {
          name: `sh.helm.release.v1.${name}.v${v}`,
          namespace,
          labels: {
            name,
            owner: 'helm',
            status: rel.info.status,
            version: String(v),
            createdAt: '1767225600',
          },
        },
        data: { release: value },
      });
    }
    sim.seed(secrets);
  }
  const seedMs = ms(t);
  const records = RELEASES * REVISIONS;
  console.log(
    `seeded ${records} records (${(storedBytes / 2 ** 20).toFixed(0)} MiB stored, ${(manifestBytes / 2 ** 20).toFixed(0)} MiB of manifests) in ${(seedMs / 1000).toFixed(1)} s`,
  );

  // Decode throughput: the plugin's decode (2x base64, gunzip, JSON) vs raw inflate of the same gzip
  // bytes, whole (history, revisions, full lists) and without the manifest (summary lists).
  const gzips = sample.map(v =>
    Buffer.from(Buffer.from(v, 'base64').toString('latin1'), 'base64'),
  );
  const timeOf = (work: () => void) => () => {
    const s = process.hrtime.bigint();
    work();
    return ms(s);
  };
  const wholeRun = timeOf(() => {
    for (const v of sample) decodeRelease(v);
  });
  const summaryRun = timeOf(() => {
    for (const v of sample) decodeRelease(v, { manifest: false });
  });
  const inflateRun = timeOf(() => {
    for (const g of gzips) gunzipSync(g);
  });
  const best = (run: () => number) =>
    Math.min(run(), run(), run(), run(), run());
  wholeRun();
  summaryRun();
  inflateRun(); // warm up
  // Interleaved, so that a slow moment of the machine falls on all three alike.
  const rounds = Array.from({ length: 3 }, () => ({
    inflate: best(inflateRun),
    whole: best(wholeRun),
    summary: best(summaryRun),
  }));
  const inflateMs = Math.min(...rounds.map(r => r.inflate));
  const wholeMs = Math.min(...rounds.map(r => r.whole));
  const summaryMs = Math.min(...rounds.map(r => r.summary));

  const backend = await startBenchBackend({
    features: [helmReleasesPlugin],
    config: {
      kubernetes: {
        clusterLocatorMethods: [
          { type: 'config', clusters: [sim.clusterConfig('local')] },
        ],
      },
    },
  });
  const headers = { Authorization: `Bearer ${backend.token}` };
  const list = async (query: string) => {
    const s = process.hrtime.bigint();
    const res = await fetch(
      `${backend.baseUrl}/api/helm-releases/api/releases?${query}`,
      { headers },
    );
    const body = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${body.slice(0, 200)}`);
    return { ms: ms(s), count: JSON.parse(body).length, bytes: body.length };
  };
  const rows = [];
  for (const [label, query] of [
    ['all namespaces, summary', `limit=${RELEASES}&summary=true`],
    ['all namespaces, full', `limit=${RELEASES}`],
    [
      'one namespace, summary',
      `namespace=team-0&limit=${RELEASES}&summary=true`,
    ],
    ['one release history', ''],
  ] as const) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      if (label === 'one release history') {
        const s = process.hrtime.bigint();
        const res = await fetch(
          `${backend.baseUrl}/api/helm-releases/api/releases/rel-0000/history?namespace=team-0`,
          { headers },
        );
        const body = await res.text();
        runs.push({
          ms: ms(s),
          count: JSON.parse(body).length,
          bytes: body.length,
        });
      } else runs.push(await list(query));
    }
    const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
    rows.push({
      request: label,
      items: best.count,
      responseMiB: +(best.bytes / 2 ** 20).toFixed(1),
      bestMs: Math.round(best.ms),
      medianMs: Math.round(runs.map(r => r.ms).sort((a, b) => a - b)[1]),
    });
  }
  await backend.stop();
  await sim.stop();
  const peakRssMiB = rss.stop();

  printTable(
    `List over HTTP: ${RELEASES} releases x ${REVISIONS} revisions, ~${MANIFEST_KB} KB manifests (${records} Secrets)`,
    rows,
  );
  const avgStoredKiB = +(
    sample.reduce((a, v) => a + v.length, 0) /
    sample.length /
    1024
  ).toFixed(1);
  const decodeRow = (step: string, took: number) => ({
    step,
    records: sample.length,
    avgStoredKiB,
    ms: Math.round(took),
    perSec: Math.round(sample.length / (took / 1000)),
    ratioToInflate: +(took / inflateMs).toFixed(2),
  });
  const decode = [
    decodeRow('raw zlib inflate (gunzipSync)', inflateMs),
    decodeRow('decodeRelease, whole release', wholeMs),
    decodeRow('decodeRelease, manifest skipped (summary=true)', summaryMs),
  ];
  printTable(
    'Decode (2x base64 + gunzip + JSON) vs raw zlib inflate of the same bytes (goal: <= 2x)',
    decode,
  );
  printTable('Process', [
    { seedSeconds: +(seedMs / 1000).toFixed(1), peakRssMiB },
  ]);
  writeResults('helm-releases', {
    releases: RELEASES,
    revisions: REVISIONS,
    manifestKB: MANIFEST_KB,
    list: rows,
    decode,
    seedMs: Math.round(seedMs),
    peakRssMiB,
  });
}

main().then(
  // The backend's own timers (scheduler, lifecycle) outlive stop(); end once the figures are written.
  () => process.exit(0),
  e => {
    console.error(e);
    process.exit(1);
  },
);
