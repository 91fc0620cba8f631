/*
 * devlake figures: p50/p95 of GET /dora-metrics at 16 concurrent callers for one project, a team of
 * 20 projects and every project, over 90 days and one year, with the longest event-loop delay of
 * the backend meanwhile (and of an idle Node process on the same machine: the machine's share), on
 * a PostgreSQL holding generated deployments, commits and incidents (set-based, in SQL); and the
 * sustained ingestion rate of signed webhooks over HTTP against the same backend's /health, each
 * delivery sent twice (stored once). The database is dropped afterwards.
 *
 * The defaults are a reduced size for a shared machine (20k deployments, 200k commits, 2k
 * incidents, 100 projects, 10 s loads); issue 15's full size is
 *   BENCH_DEVLAKE_DEPLOYMENTS=1000000 BENCH_DEVLAKE_COMMITS=10000000 BENCH_DEVLAKE_INCIDENTS=100000 \
 *   BENCH_DEVLAKE_PROJECTS=1000 BENCH_DEVLAKE_SECONDS=20 npm run bench -- devlake
 * BENCH_DEVLAKE_ONLY=ingestion skips the generation and the metrics latency and measures ingestion
 * alone (into an empty database); BENCH_DEVLAKE_ONLY=metrics skips the ingestion loads.
 */
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import devlake from '@fawkes/plugin-devlake-dora-backend';
import knexFactory, { type Knex } from 'knex';
import type autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  benchPostgresConnection,
  startBenchBackend,
  type BenchBackend,
} from '../lib/backend';
import { startIdleLoopProbe } from '../lib/idleLoopProbe';
import { runLoad } from '../lib/load';
import { nearestRank } from '../lib/percentile';
import { printTable, writeResults, type Row } from '../lib/report';

// One log line per request would cost more than the requests measured.
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';

const size = (name: string, fallback: number) =>
  Number(process.env[`BENCH_DEVLAKE_${name}`] ?? fallback);
const SIZES = {
  deployments: size('DEPLOYMENTS', 20_000),
  commits: size('COMMITS', 200_000),
  incidents: size('INCIDENTS', 2_000),
  projects: size('PROJECTS', 100),
};
const SECONDS = size('SECONDS', 10);
const SIZE_LABEL = `${SIZES.deployments} deployments, ${SIZES.commits} commits, ${SIZES.incidents} incidents, ${SIZES.projects} projects, ${SECONDS} s loads`;
const INGESTION_ONLY = process.env.BENCH_DEVLAKE_ONLY === 'ingestion';
/** BENCH_DEVLAKE_ONLY=metrics: generation and the metrics latency, no ingestion load. */
const METRICS_ONLY = process.env.BENCH_DEVLAKE_ONLY === 'metrics';
/** BENCH_DEVLAKE_ONLY=generate: generate and keep the database (to inspect plans; drop it after). */
const GENERATE_ONLY = process.env.BENCH_DEVLAKE_ONLY === 'generate';
const SECRET = randomBytes(16).toString('hex');
// Read by delivery.cjs in the load generator's worker threads.
process.env.BENCH_DEVLAKE_SECRET = SECRET;
process.env.BENCH_DEVLAKE_PROJECTS = String(SIZES.projects);
const PREFIX = `bench_devlake_${randomBytes(4).toString('hex')}_`;
const DATABASE = `${PREFIX}devlake`;
const YEAR_SECONDS = 365 * 86400;

const connect = (database?: string) => {
  const url = new URL(benchPostgresConnection());
  if (database) url.pathname = `/${database}`;
  return knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: 2 },
  });
};

async function timed<T>(
  label: string,
  rows: Row[],
  work: () => Promise<T>,
): Promise<T> {
  const started = Date.now();
  const result = await work();
  const seconds = (Date.now() - started) / 1000;
  rows.push({ step: label, seconds });
  console.log(`  ${label}: ${seconds.toFixed(1)} s`);
  return result;
}

/** Spreads row g over the last year deterministically (a multiplicative hash of g). */
const SPREAD = `((g::bigint * 2654435761) % ${YEAR_SECONDS})`;
const PROJECT = `'svc-' || lpad((g % ${SIZES.projects})::text, 4, '0')`;

async function generate(db: Knex): Promise<Row[]> {
  const steps: Row[] = [];
  await db.raw('set synchronous_commit = off');
  await db.raw(`set maintenance_work_mem = '512MB'`);
  await timed(`${SIZES.deployments} deployments`, steps, () =>
    db.raw(`
      insert into deployments (external_id, source, project, environment, status, rollback, version, commit_sha, started_at, finished_at)
      select 'bench-' || g, 'bench', ${PROJECT},
             case when g % 10 = 0 then 'staging' else 'production' end,
             case when g % 20 = 7 then 'FAILURE' else 'SUCCESS' end,
             g % 100 = 3, 'v' || g, md5(g::text),
             now() - ${SPREAD} * interval '1 second' - interval '5 minutes',
             now() - ${SPREAD} * interval '1 second'
      from generate_series(1, ${SIZES.deployments}) g`),
  );
  // Loading 10M rows is faster into an unindexed table; the indexes are rebuilt in one pass.
  await db.raw('alter table commits drop constraint commits_project_sha_uniq');
  await db.raw('drop index commits_project_landed_idx');
  await timed(`${SIZES.commits} commits`, steps, () =>
    db.raw(`
      insert into commits (project, sha, committed_at, landed_at)
      select ${PROJECT}, md5(g::text),
             now() - ${SPREAD} * interval '1 second' - (g % 172800) * interval '1 second',
             now() - ${SPREAD} * interval '1 second'
      from generate_series(1, ${SIZES.commits}) g`),
  );
  await timed('commit indexes', steps, async () => {
    await db.raw(
      'alter table commits add constraint commits_project_sha_uniq unique (project, sha)',
    );
    await db.raw(
      'create index commits_project_landed_idx on commits (project, landed_at, committed_at, sha)',
    );
  });
  // Deliveries that list their commits (DevLake's deploymentCommits) link them to deployments; lead
  // time then follows the links. A hundredth of the projects (those ending in 42, the measured one
  // among them) get links: each commit to the first successful production deployment after it landed,
  // stored deployment by deployment as deliveries store them.
  await timed(
    'deployment-commit links (a hundredth of the projects)',
    steps,
    () =>
      db.raw(`
      insert into deployment_commits (deployment_id, commit_sha)
      select d.id, c.sha from commits c
      cross join lateral (
        select id from deployments d
        where d.project = c.project and d.environment = 'production' and d.status = 'SUCCESS' and d.finished_at >= c.landed_at
        order by d.finished_at limit 1) d
      where right(c.project, 2) = '42'
      order by d.id`),
  );
  await timed(`${SIZES.incidents} incidents`, steps, () =>
    db.raw(`
      insert into incidents (source, external_id, project, title, status, created_at, resolved_at)
      select 'bench', 'inc-' || g, ${PROJECT}, 'incident ' || g, 'DONE',
             now() - ${SPREAD} * interval '1 second',
             now() - ${SPREAD} * interval '1 second' + (g % 86400) * interval '1 second'
      from generate_series(1, ${SIZES.incidents}) g`),
  );
  await timed('vacuum analyze', steps, () => db.raw('vacuum analyze'));
  return steps;
}

async function metricsLatency(backend: BenchBackend, project: string) {
  const day = (offset: number) =>
    new Date(Date.now() - offset * 86400_000).toISOString().slice(0, 10);
  const url = `${backend.baseUrl}/api/devlake/dora-metrics?project=${project}&startDate=${day(90)}&endDate=${day(0)}`;
  const headers = { Authorization: `Bearer ${backend.token}` };
  const sample = await fetch(url, { headers });
  const body = (await sample.json()) as {
    metrics: Record<string, { value: number | null; count: number }>;
  };
  if (!sample.ok)
    throw new Error(
      `dora-metrics answered ${sample.status}: ${JSON.stringify(body)}`,
    );
  const counts = Object.fromEntries(
    Object.entries(body.metrics).map(([k, m]) => [k, m.count]),
  );
  console.log(`  ${project} over 90 days stands on`, counts);
  const detailed = (await (
    await fetch(`${url}&details=true`, { headers })
  ).json()) as {
    metrics: {
      leadTimeForChanges: { details?: Array<{ matchedBy?: string }> };
    };
  };
  const byLink =
    detailed.metrics.leadTimeForChanges.details?.filter(
      d => d.matchedBy === 'link',
    ).length ?? 0;
  console.log(
    `  lead time: ${byLink} of ${counts.leadTimeForChanges} changes matched to their deployment by link`,
  );
  const rows: Row[] = [];
  // One project per caller: the same work as the first row without identical calls to share
  // (the team's components, which the catalog knows, but those whose number ends in 0: the
  // generated deployments of those are all in staging).
  const ownProjects = teamEntities
    .map(e => e.metadata.name)
    .filter(name => !name.endsWith('0'))
    .slice(0, CALLERS);
  const scopes = [
    { scope: `one project (${project})`, query: `project=${project}` },
    {
      scope: `one project per caller (${ownProjects.length} projects)`,
      query: ownProjects.map(p => `project=${p}`),
    },
    { scope: `team of ${TEAM_SIZE} projects`, query: `team=${TEAM}` },
    { scope: `all ${SIZES.projects} projects`, query: '' },
  ];
  // BENCH_DEVLAKE_SCOPES: which of project, projects, team, all to measure (default all four).
  const measured = (
    process.env.BENCH_DEVLAKE_SCOPES ?? 'project,projects,team,all'
  ).split(',');
  for (const [i, { scope, query }] of scopes.entries()) {
    if (!measured.includes(['project', 'projects', 'team', 'all'][i])) continue;
    for (const days of [90, 365]) {
      const urlOf = (q: string) =>
        `${backend.baseUrl}/api/devlake/dora-metrics?${q}&startDate=${day(days)}&endDate=${day(0)}`;
      const scenarioUrl = Array.isArray(query)
        ? query.map(urlOf)
        : urlOf(query);
      const firstUrl = Array.isArray(scenarioUrl)
        ? scenarioUrl[0]
        : scenarioUrl;
      const started = performance.now();
      const first = await fetch(firstUrl, { headers });
      const firstMs = Math.round(performance.now() - started);
      const answer = (await first.json()) as {
        metrics?: Record<string, { count: number }>;
        error?: { message: string };
      };
      const row: Row = { scope, days, firstCallMs: firstMs };
      if (!first.ok) {
        rows.push({ ...row, status: first.status });
        console.log(
          `  ${scope}, ${days} days: ${first.status} ${answer.error?.message}`,
        );
        continue;
      }
      row.deployments = answer.metrics!.deploymentFrequency.count;
      row.changes = answer.metrics!.leadTimeForChanges.count;
      const figures = await callers(scenarioUrl, headers, CALLERS, SECONDS);
      rows.push({ ...row, ...figures });
      console.log(`  ${scope}, ${days} days:`, figures);
    }
  }
  return { rows, counts };
}

/** Concurrent callers of the metrics routes (BENCH_DEVLAKE_CALLERS, default 16). */
const CALLERS = size('CALLERS', 16);
/** A call not answered within this many seconds counts as a timeout. */
const TIMEOUT_SECONDS = size('TIMEOUT_S', 300);

/**
 * Runs `connections` closed-loop callers of a URL for `seconds` (each makes at least one call)
 * from a worker thread, and measures this process's event loop, which runs the backend, meanwhile:
 * exact p50/p95 of the answered calls, the longest event-loop delay and the peak heap.
 */
async function callers(
  url: string | string[],
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<Row> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let peakHeap = 0;
  const heap = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  // The longest garbage-collection pause meanwhile: a pause holds the loop as a call's work does.
  let maxGcPause = 0;
  const gc = new PerformanceObserver(list => {
    for (const entry of list.getEntries())
      maxGcPause = Math.max(maxGcPause, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  loop.enable();
  const idle = await startIdleLoopProbe();
  const started = performance.now();
  const { latencies, failures } = await new Promise<{
    latencies: number[];
    failures: string[];
  }>((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'callers.cjs'), {
      workerData: {
        url,
        headers,
        connections,
        seconds,
        atLeast: 1,
        timeoutMs: TIMEOUT_SECONDS * 1000,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const wall = (performance.now() - started) / 1000;
  loop.disable();
  gc.disconnect();
  const idleLoop = await idle.stop();
  clearInterval(heap);
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => {
    const value = nearestRank(sorted, p);
    return value === undefined ? null : Math.round(value);
  };
  return {
    connections,
    calls: sorted.length,
    failed: failures.length
      ? `${failures.length} (${[...new Set(failures)].join(', ')})`
      : 0,
    callsPerSecond: Math.round((sorted.length / wall) * 10) / 10,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
    maxEventLoopDelayMs: Math.round(loop.max / 1e6),
    maxGcPauseMs: Math.round(maxGcPause),
    // The same, seen meanwhile by an idle Node process on the machine: its share is the machine's.
    idleProcessMaxDelayMs: idleLoop.maxMs,
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
  };
}

/** The team measured: TEAM_SIZE components from svc-0040 on, owned by one group. */
const TEAM = 'bench-team';
const TEAM_SIZE = Math.min(20, SIZES.projects);
const teamEntities = Array.from({ length: TEAM_SIZE }, (_, i) => {
  const name = `svc-${String((40 + i) % SIZES.projects).padStart(4, '0')}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', owner: `group:default/${TEAM}` },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${TEAM}` }],
  };
});

const DELIVERY = join(__dirname, 'delivery.cjs');

/**
 * Posts a fresh delivery per request (built by delivery.cjs) for the configured duration, from a
 * worker thread: senders are other machines, so the load must not share the backend's event loop.
 */
function deliver(
  backend: BenchBackend,
  path: string,
  kind: 'argocd' | 'github-push',
  pushCommits = 10,
) {
  process.env.BENCH_DEVLAKE_DELIVERY = kind;
  process.env.BENCH_DEVLAKE_TWICE = '1';
  process.env.BENCH_DEVLAKE_PUSH_COMMITS = String(pushCommits);
  return runLoad({
    url: `${backend.baseUrl}/api/devlake${path}`,
    method: 'POST',
    connections: 32,
    duration: SECONDS,
    workers: 1,
    requests: [
      {
        method: 'POST',
        setupRequest: DELIVERY as unknown as autocannon.Request['setupRequest'],
      },
    ],
  });
}

async function ingestion(backend: BenchBackend, db: Knex) {
  const rows: Row[] = [];
  // The ceiling of the HTTP stack on this machine: the health route (one `select 1`).
  const health = await runLoad({
    url: `${backend.baseUrl}/api/devlake/health`,
    connections: 32,
    duration: SECONDS,
    workers: 1,
  });
  rows.push({
    events: 'reference: GET /health (no event)',
    connections: 32,
    ...health,
    eventsPerSecond: 0,
    ofHealth: 1,
    stored: 0,
  });
  const ratio = (rps: number) =>
    Math.round((rps / health.requestsPerSecond) * 100) / 100;
  // Each delivery is sent twice: `sent` counts distinct deliveries (every 2xx pair), `stored` the rows.
  const argo = await deliver(backend, '/webhooks/argocd', 'argocd');
  const stored = Number(
    (await db('deployments').where({ source: 'argocd' }).count({ c: '*' }))[0]
      .c,
  );
  rows.push({
    events: 'Argo CD deployment (1 event, Bearer), each sent twice',
    connections: 32,
    ...argo,
    eventsPerSecond: argo.requestsPerSecond,
    ofHealth: ratio(argo.requestsPerSecond),
    stored,
  });

  for (const commits of [10, 100]) {
    const push = await deliver(
      backend,
      '/webhooks/github',
      'github-push',
      commits,
    );
    const pushed = Number(
      (
        await db('commits')
          .where('sha', 'like', `push%-${commits}-%`)
          .count({ c: '*' })
      )[0].c,
    );
    rows.push({
      events: `GitHub push, ${commits} commits (HMAC), each sent twice`,
      connections: 32,
      ...push,
      eventsPerSecond: push.requestsPerSecond * commits,
      ofHealth: ratio(push.requestsPerSecond),
      stored: pushed,
    });
  }
  return rows;
}

async function main() {
  console.log('sizes', SIZES);
  let backend: BenchBackend | undefined;
  const admin = connect();
  let db: Knex | undefined;
  try {
    backend = await startBenchBackend({
      features: [
        devlake,
        catalogServiceMock.factory({ entities: teamEntities }),
      ],
      database: {
        client: 'pg',
        connection: benchPostgresConnection(),
        prefix: PREFIX,
      },
      config: {
        devlake: {
          webhooks: { argocd: { secret: SECRET }, github: { secret: SECRET } },
        },
      },
    });
    db = connect(DATABASE);
    let generation: Row[] = [];
    let latency: Awaited<ReturnType<typeof metricsLatency>> | undefined;
    if (!INGESTION_ONLY) {
      console.log(`generating into ${DATABASE}`);
      generation = await generate(db);
      printTable(`Generation (${SIZE_LABEL})`, generation);
      if (GENERATE_ONLY) return;
      latency = await metricsLatency(backend, 'svc-0042');
      printTable(
        `Metrics latency, ${CALLERS} callers (${SIZE_LABEL}; goals: p95 < 100 ms, no event-loop delay over 20 ms)`,
        latency.rows,
      );
    }
    const ingest = METRICS_ONLY ? [] : await ingestion(backend, db);
    if (!METRICS_ONLY)
      printTable(
        `Ingestion over HTTP (${INGESTION_ONLY ? 'empty database' : SIZE_LABEL}; goals: one-event deliveries >= 0.8 x /health, a batch path >= 20,000 events/s, stored once)`,
        ingest,
      );
    writeResults('devlake', {
      sizes: INGESTION_ONLY ? 'ingestion only, empty database' : SIZES,
      seconds: SECONDS,
      generation,
      latency,
      ingestion: ingest,
    });
  } finally {
    await db?.destroy();
    await backend?.stop();
    // BENCH_DEVLAKE_KEEP=1 keeps the generated database to inspect its plans (drop it after).
    if (process.env.BENCH_DEVLAKE_KEEP === '1' || GENERATE_ONLY)
      console.log(`kept ${DATABASE}`);
    else {
      await admin.raw(`drop database if exists "${DATABASE}" with (force)`);
      console.log(`dropped ${DATABASE}`);
    }
    await admin.destroy();
  }
}

// Exit when done: a stopped backend can leave handles (pools, timers) that would keep the run alive.
main()
  .then(() => process.exit(0))
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
