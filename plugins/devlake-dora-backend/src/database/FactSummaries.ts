import type { Knex } from 'knex';
import { TooManyFactsError } from '../metrics/facts';
import type {
  DoraSummarySource,
  Summaries,
  SummaryQuery,
  WindowSummary,
} from '../metrics/summaries';
import { deploymentSummarySql } from './deploymentSummarySql';
import { factScope } from './factScope';
import {
  resolvedChangeTimesSql,
  resolvedPullRequestsSql,
  rows,
} from './resolvedChanges';
import { runStatement, runStatements } from './loopTurns';
import { rowsAbove } from './rowsAbove';
import type { SharedReads } from './SharedReads';
import { readStore } from './storeErrors';
import { aggregated, Statement, windowRows } from './summarySql';

interface SummaryRow {
  kind: string;
  b: number | string;
  n: number | string;
  x: number | string | null;
  y?: number | string | null;
  z?: number | string | null;
}

const num = (v: number | string | null | undefined) =>
  v === null || v === undefined ? null : Number(v);

function emptySummary(): WindowSummary {
  return {
    deployments: 0,
    deploymentDays: [],
    leadTime: { count: 0, value: null },
    pullRequests: { count: 0, review: null, deploy: null },
    prCycle: { count: 0, value: null },
    changeFailure: {
      count: 0,
      failed: 0,
      anyRolledBack: false,
      anyFailedStatus: false,
    },
    restore: { count: 0, value: null },
    rework: { count: 0, rework: 0 },
  };
}

const DAY = 86_400_000;

/** Adds a row of a summary statement to its window's figures. */
function apply(summary: WindowSummary, row: SummaryRow) {
  const n = Number(row.n);
  const sampled = { count: n, value: num(row.x) };
  switch (row.kind) {
    case 'day':
      summary.deployments += n;
      summary.deploymentDays.push(Number(row.x) * DAY);
      break;
    case 'cfr':
      summary.changeFailure = {
        count: n,
        failed: Number(row.x),
        anyRolledBack: Number(row.y) > 0,
        anyFailedStatus: Number(row.z) > 0,
      };
      break;
    case 'ttr':
      summary.restore = sampled;
      break;
    case 'rework':
      summary.rework = { count: n, rework: Number(row.x) };
      break;
    case 'lead':
      summary.leadTime = sampled;
      break;
    case 'review':
      summary.pullRequests = { ...summary.pullRequests, count: n };
      summary.pullRequests.review = sampled.value;
      break;
    case 'deploy':
      summary.pullRequests = { ...summary.pullRequests, count: n };
      summary.pullRequests.deploy = sampled.value;
      break;
    case 'cycle':
      summary.prCycle = sampled;
      break;
    default:
      throw new Error(`unknown summary row ${row.kind}`);
  }
}

/**
 * The DORA figures of the plugin's own tables, aggregated in the database: what `FactReader`
 * reads and `DoraCalculator` computes, with the same rules and values, but only counts and
 * aggregates per window come back, so a request's memory does not grow with its period.
 */
export class FactSummaries implements DoraSummarySource {
  /**
   * `maxRows`: refuse a query whose read range holds more rows than this (see `rowsAbove`).
   * `shared`: identical queries made while one runs wait for its answer (see `SharedReads`).
   */
  constructor(
    private readonly db: Knex,
    private readonly options: { maxRows?: number; shared?: SharedReads } = {},
  ) {}

  summaries(query: SummaryQuery): Promise<Summaries> {
    const read = () => readStore(() => this.read(query));
    return this.options.shared
      ? this.options.shared.run(JSON.stringify(query), read)
      : read();
  }

  private async read(query: SummaryQuery): Promise<Summaries> {
    const scope = await factScope(this.db, query, statement =>
      runStatement(this.db, statement),
    );
    const { maxRows } = this.options;
    if (
      maxRows !== undefined &&
      (await runStatement(this.db, () =>
        rowsAbove(this.db, Object.values(scope.ranges), maxRows),
      ))
    )
      throw new TooManyFactsError(maxRows);
    const wanted = new Set(query.metrics);
    const resolve = {
      ...query,
      commitFrom: scope.commitFrom,
      commitBounds: scope.commitBounds,
      linkTo: scope.linkTo,
    };
    const statements: Array<{ sql: string; bindings: Knex.RawBinding[] }> = [
      deploymentSummarySql(this.db, scope, query),
    ];
    if (wanted.has('leadTimeForChanges')) {
      const windows = windowRows(query.windows);
      const s = new Statement(this.db);
      const pullRequests = resolvedPullRequestsSql(this.db, resolve);
      const pr = (kind: string, span: string, from: string) =>
        aggregated(
          s,
          kind,
          `select w.b, ${span} as v from pr p join w on p.deployed_at >= w.wf and p.deployed_at < w.wt
            where p.deployed_at >= ${from}`,
          query.aggregation,
        );
      statements.push({
        sql: `with w as (${windows}), pr as (${pullRequests.sql}) ${
          query.definitions === 'devlake'
            ? pr(
                'cycle',
                s.ceilMinutes('p.deployed_at - p.created_at'),
                'p.created_at',
              )
            : `${pr('review', 'p.merged_at - p.created_at', 'p.merged_at')} union all ${pr(
                'deploy',
                'p.deployed_at - p.merged_at',
                'p.merged_at',
              )}`
        }`,
        bindings: pullRequests.bindings,
      });
      if (query.definitions !== 'devlake') {
        // Times compared as stored, and each change's lead time converted once.
        const changes = resolvedChangeTimesSql(this.db, resolve);
        statements.push({
          sql: `with w as (${windowRows(query.windows, s)}) ${aggregated(
            s,
            'lead',
            `select w.b, ${s.span('r.deployed_at', 'r.committed_at')} as v from (${changes.sql}) r
              join w on r.deployed_at >= w.wf and r.deployed_at < w.wt
              where r.deployed_at >= r.committed_at`,
            query.aggregation,
          )}`,
          bindings: changes.bindings,
        });
      }
    }
    const [recorded, ...results] = await runStatements<unknown>(this.db, [
      async () =>
        wanted.has('changeFailureRate')
          ? scope.scoped(this.db('incidents')).first(this.db.raw('1 as one'))
          : undefined,
      ...statements
        .filter(statement => statement.sql !== '')
        .map(
          statement => () =>
            this.db
              .raw(statement.sql, statement.bindings)
              .then(rows<SummaryRow>),
        ),
    ]);
    const windows = query.windows.map(emptySummary);
    for (const result of results)
      for (const row of result as SummaryRow[])
        apply(windows[Number(row.b)], row);
    return { incidentsRecorded: recorded !== undefined, windows };
  }
}
