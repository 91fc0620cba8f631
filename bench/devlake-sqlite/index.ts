/*
 * devlake on SQLite: the DORA figures aggregated in the database (FactSummaries, with the shared
 * reads the plugin uses) over a SQLite file holding generated deployments, commits and incidents
 * (set-based, a recursive CTE), for one project, one project per caller, a team of 20 and every
 * project over 90 days and one year: the time of a call made alone, then p50/p95 of 16 callers at
 * once (one question asked by all, or, one project per caller, 16 different ones) and the event
 * loop's longest delay meanwhile. SQLite's driver (better-sqlite3) runs each statement
 * synchronously on the event loop, so a statement holds the loop while it runs (the plugin gives
 * the loop a turn between statements). The file is deleted afterwards. Sizes via BENCH_DEVLAKE_SQLITE_* (default 100k deployments, 1M commits, 10k
 * incidents, 100 projects); BENCH_DEVLAKE_SCOPES picks among project,projects,team,all.
 * As on a backend, a call over more rows than the default devlake.maxFactRows is refused (its row
 * says so); BENCH_DEVLAKE_SQLITE_UNBOUNDED=1 computes every scope without that limit.
 */
import { ConfigReader } from '@backstage/config';
import { METRIC_NAMES } from '@fawkes/plugin-devlake-dora-common';
import knexFactory from 'knex';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  aggregatedRowLimit,
  readSettings,
} from '../../plugins/devlake-dora-backend/src/config';
import { FactSummaries } from '../../plugins/devlake-dora-backend/src/database/FactSummaries';
import { statementsHoldLoop } from '../../plugins/devlake-dora-backend/src/database/loopTurns';
import { TooManyFactsError } from '../../plugins/devlake-dora-backend/src/metrics/facts';
import { SharedReads } from '../../plugins/devlake-dora-backend/src/database/SharedReads';
import { migrateDatabase } from '../../plugins/devlake-dora-backend/src/database/migrateDatabase';
import { printTable, writeResults, type Row } from '../lib/report';
import { nearestRank } from '../lib/percentile';

const size = (name: string, fallback: number) =>
  Number(process.env[`BENCH_DEVLAKE_SQLITE_${name}`] ?? fallback);
const SIZES = {
  deployments: size('DEPLOYMENTS', 100_000),
  commits: size('COMMITS', 1_000_000),
  incidents: size('INCIDENTS', 10_000),
  projects: size('PROJECTS', 100),
};
/** Callers at once (BENCH_DEVLAKE_CALLERS, default 16), after calls one after another. */
const CALLERS = Number(process.env.BENCH_DEVLAKE_CALLERS ?? 16);
const CALLS_ALONE = 3;
/** BENCH_DEVLAKE_SCOPES: which of project, projects, team, all to measure (default all four). */
const SCOPES = (
  process.env.BENCH_DEVLAKE_SCOPES ?? 'project,projects,team,all'
).split(',');
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

    // As the plugin builds it: identical questions asked at once share one read.
    const maxRows =
      process.env.BENCH_DEVLAKE_SQLITE_UNBOUNDED === '1'
        ? undefined
        : aggregatedRowLimit(
            readSettings(new ConfigReader({})),
            statementsHoldLoop(db),
          );
    const summaries = new FactSummaries(db, {
      shared: new SharedReads(),
      maxRows,
    });
    const named = (i: number) =>
      `svc-${String(i % SIZES.projects).padStart(4, '0')}`;
    const team = Array.from({ length: 20 }, (_, i) => named(40 + i));
    // 16 different projects with production deployments (those ending in 0 have none).
    const perCaller = Array.from({ length: 18 }, (_, i) => named(41 + i))
      .filter(p => !p.endsWith('0'))
      .slice(0, CALLERS);
    const scopes: Array<{
      scope: string;
      key: string;
      projects: (caller: number) => string[] | undefined;
    }> = [
      { scope: 'one project', key: 'project', projects: () => ['svc-0042'] },
      {
        scope: `one project per caller (${perCaller.length} projects)`,
        key: 'projects',
        projects: caller => [perCaller[caller % perCaller.length]],
      },
      { scope: 'team of 20 projects', key: 'team', projects: () => team },
      {
        scope: `all ${SIZES.projects} projects`,
        key: 'all',
        projects: () => undefined,
      },
    ];
    const rows: Row[] = [];
    for (const { scope, key, projects } of scopes) {
      if (!SCOPES.includes(key)) continue;
      for (const days of [90, 365]) {
        const from = NOW - days * DAY;
        const call = (caller: number) =>
          summaries.summaries({
            projects: projects(caller),
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
        const timed = async (latencies: number[], caller: number) => {
          const started = performance.now();
          const result = await call(caller);
          latencies.push(performance.now() - started);
          return result;
        };
        const alone: number[] = [];
        const started = performance.now();
        const first = await timed(alone, 0).catch(error => {
          if (!(error instanceof TooManyFactsError)) throw error;
          return undefined;
        });
        if (!first) {
          rows.push({
            scope,
            days,
            refused: `over devlake.maxFactRows (${maxRows}) after ${Math.round(performance.now() - started)} ms`,
          });
          console.log(rows[rows.length - 1]);
          continue;
        }
        for (let i = 1; i < CALLS_ALONE; i++) await timed(alone, 0);
        // The callers at once; the event loop's longest delay meanwhile is what every other
        // request of the backend would have waited.
        const loop = monitorEventLoopDelay({ resolution: 5 });
        loop.enable();
        // The monitor measures from its timer's first turn: a block before it would go unseen.
        await new Promise(resolve => setTimeout(resolve, 20));
        const together: number[] = [];
        await Promise.all(
          Array.from({ length: CALLERS }, (_, caller) =>
            timed(together, caller),
          ),
        );
        // A statement holds the loop: the monitor's timer records that delay at its next turn.
        await new Promise(resolve => setTimeout(resolve, 20));
        loop.disable();
        const at = (values: number[], p: number) =>
          Math.round(
            nearestRank(
              [...values].sort((a, b) => a - b),
              p,
            ) ?? NaN,
          );
        rows.push({
          scope,
          days,
          deployments: first.windows[0].deployments,
          changes: first.windows[0].leadTime.count,
          aloneP50Ms: at(alone, 0.5),
          callers: CALLERS,
          p50Ms: at(together, 0.5),
          p95Ms: at(together, 0.95),
          maxEventLoopDelayMs: Math.round(loop.max / 1e6),
          heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
        });
        console.log(rows[rows.length - 1]);
      }
    }
    printTable(
      `DORA figures on SQLite (${CALLS_ALONE} calls in turn, then ${CALLERS} callers at once; goals: p95 < 100 ms, no event-loop delay over 20 ms)`,
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
