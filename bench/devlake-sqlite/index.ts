/*
 * devlake on SQLite: the DORA figures aggregated in the database (FactSummaries) over a SQLite file
 * holding generated deployments, commits and incidents (set-based, a recursive CTE), for one
 * project, a team of 20 and every project over 90 days and one year: p50/p95 of calls made one
 * after another and by 16 concurrent callers. SQLite's driver (better-sqlite3) runs each statement
 * synchronously on the event loop, so a call holds the loop for about its whole time (an event-loop
 * monitor's timer does not even get a turn between such calls). The file is deleted afterwards. Sizes via BENCH_DEVLAKE_SQLITE_* (default 100k deployments, 1M commits, 10k
 * incidents, 100 projects).
 */
import { METRIC_NAMES } from '@fawkes/plugin-devlake-dora-common';
import knexFactory from 'knex';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FactSummaries } from '../../plugins/devlake-dora-backend/src/database/FactSummaries';
import { migrateDatabase } from '../../plugins/devlake-dora-backend/src/database/migrateDatabase';
import { printTable, writeResults, type Row } from '../lib/report';

const size = (name: string, fallback: number) =>
  Number(process.env[`BENCH_DEVLAKE_SQLITE_${name}`] ?? fallback);
const SIZES = {
  deployments: size('DEPLOYMENTS', 100_000),
  commits: size('COMMITS', 1_000_000),
  incidents: size('INCIDENTS', 10_000),
  projects: size('PROJECTS', 100),
};
const DAY = 86_400_000;
const YEAR = 365 * DAY;
const NOW = Date.now();
const FILE = join(tmpdir(), `bench-devlake-${process.pid}.sqlite`);

const series = (n: number) =>
  `with recursive g(g) as (select 1 union all select g + 1 from g where g < ${n})`;
const spread = `((g * 2654435761) % ${YEAR})`;
const project = `'svc-' || substr('0000' || (g % ${SIZES.projects}), -4)`;

async function main() {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: FILE },
    useNullAsDefault: true,
  });
  try {
    await migrateDatabase({
      getClient: async () => db,
      migrations: { skip: false },
    } as any);
    const generation: Row[] = [];
    const step = async (label: string, sql: string) => {
      const started = Date.now();
      await db.raw(sql);
      generation.push({ step: label, seconds: (Date.now() - started) / 1000 });
    };
    await step(
      `${SIZES.deployments} deployments`,
      `insert into deployments (external_id, source, project, environment, status, rollback, started_at, finished_at)
       ${series(SIZES.deployments)}
       select 'bench-' || g, 'bench', ${project}, case when g % 10 = 0 then 'staging' else 'production' end,
         case when g % 20 = 7 then 'FAILURE' else 'SUCCESS' end, g % 100 = 3,
         ${NOW} - ${spread} - 300000, ${NOW} - ${spread} from g`,
    );
    await step(
      `${SIZES.commits} commits`,
      `insert into commits (project, sha, committed_at, landed_at)
       ${series(SIZES.commits)}
       select ${project}, 'c' || g, ${NOW} - ${spread} - (g % 172800) * 1000, ${NOW} - ${spread} from g`,
    );
    await step(
      `${SIZES.incidents} incidents`,
      `insert into incidents (source, external_id, project, title, status, created_at, resolved_at)
       ${series(SIZES.incidents)}
       select 'bench', 'inc-' || g, ${project}, 'incident ' || g, 'DONE',
         ${NOW} - ${spread}, ${NOW} - ${spread} + (g % 86400) * 1000 from g`,
    );
    await step('analyze', 'analyze');
    printTable(`Generation on SQLite (${JSON.stringify(SIZES)})`, generation);

    const summaries = new FactSummaries(db);
    const team = Array.from(
      { length: 20 },
      (_, i) => `svc-${String((40 + i) % SIZES.projects).padStart(4, '0')}`,
    );
    const rows: Row[] = [];
    for (const [scope, projects] of [
      ['one project', ['svc-0042']],
      ['team of 20 projects', team],
      [`all ${SIZES.projects} projects`, undefined],
    ] as const) {
      for (const days of [90, 365]) {
        const from = NOW - days * DAY;
        const call = () =>
          summaries.summaries({
            projects: projects ? [...projects] : undefined,
            environments: ['prod', 'production'],
            from: new Date(from - days * DAY),
            to: new Date(NOW),
            windows: [
              { from, to: NOW },
              { from: from - days * DAY, to: from },
            ],
            metrics: METRIC_NAMES,
            aggregation: 'median',
            definitions: 'dora',
            recoveryFromDeployment: true,
            countFailedDeployments: false,
            incidentWindowMs: null,
          });
        const latencies: number[] = [];
        const timed = async () => {
          const started = performance.now();
          const result = await call();
          latencies.push(performance.now() - started);
          return result;
        };
        const first = await timed();
        for (let i = 0; i < 4; i++) await timed();
        await Promise.all(Array.from({ length: 16 }, timed));
        const sorted = [...latencies].sort((a, b) => a - b);
        const at = (p: number) =>
          Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]);
        rows.push({
          scope,
          days,
          deployments: first.windows[0].deployments,
          changes: first.windows[0].leadTime.count,
          calls: sorted.length,
          p50Ms: at(0.5),
          p95Ms: at(0.95),
          heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
        });
        console.log(rows[rows.length - 1]);
      }
    }
    printTable(
      'DORA figures on SQLite (5 calls in turn, then 16 at once)',
      rows,
    );
    writeResults('devlake-sqlite', { sizes: SIZES, generation, rows });
  } finally {
    await db.destroy();
    rmSync(FILE, { force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
