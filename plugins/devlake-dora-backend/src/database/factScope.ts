import type { Knex } from 'knex';
import { DAY } from '../metrics/calendar';
import {
  LINK_LOOKAHEAD_MS,
  LINK_LOOKBACK_MS,
  type FactQuery,
} from '../metrics/facts';

/** How far back commits are read when a project had no deployment before the range. */
const COMMIT_LOOKBACK_MS = 365 * DAY;

/** Epoch milliseconds from what either database sends: a number, a numeric string or a Date. */
export function ms(v: string | number | Date | null): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))
    return Math.round(Number(v));
  return new Date(v).getTime();
}

/** A project's last successful production deployment before the lookback. */
export interface PreviousDeployment {
  project: string;
  finished_at: Date | string | number;
}

/** A named project's commits and pull requests are read from after `from` (exclusive). */
export interface CommitBound {
  project: string;
  from: Date;
}

/**
 * What a metrics read covers, for the read of facts (`FactReader`) and the aggregation in the
 * database (`summarySql`) alike: deployments and incidents from 30 days before the range to 30
 * days after it, commits and pull requests of a named project from its last deployment before
 * that (else a year back), of every project when none is named from the earliest of those.
 */
export async function factScope(db: Knex, query: FactQuery) {
  const linkFrom = new Date(query.from.getTime() - LINK_LOOKBACK_MS);
  const linkTo = new Date(query.to.getTime() + LINK_LOOKAHEAD_MS);
  // `table` prefixes the columns where a query joins.
  const scoped = (builder: Knex.QueryBuilder, table = '') =>
    query.projects
      ? builder.whereIn(`${table}project`, query.projects)
      : builder;
  const production = (builder: Knex.QueryBuilder, table = '') =>
    builder.whereRaw(
      `lower(${table}environment) in (${query.environments.map(() => '?').join(', ')})`,
      query.environments,
    );

  // Each project's last successful production deployment before the range bounds which commits it
  // shipped. For named projects, each one's newest read backwards from the index on (project,
  // finished_at), which stops at the first that qualifies, where a group over the project's
  // whole history read every earlier deployment (2.6 ms a project on 1,000 a year).
  const before = () =>
    db('deployments')
      .modify(production)
      .where('status', 'SUCCESS')
      .where('finished_at', '<', linkFrom);
  const newestOf = (project: string) =>
    db
      .select('project', 'finished_at')
      .from(
        before()
          .where('project', project)
          .orderBy('finished_at', 'desc')
          .limit(1)
          .select('project', 'finished_at')
          .as('newest'),
      );
  const named = [...new Set(query.projects)];
  const previous: PreviousDeployment[] =
    query.projects && named.length > 0 && named.length <= 200
      ? await newestOf(named[0]).unionAll(named.slice(1).map(newestOf))
      : await scoped(before())
          .groupBy('project')
          .select('project', db.raw('max(finished_at) as finished_at'));
  const yearBack = new Date(query.from.getTime() - COMMIT_LOOKBACK_MS);
  const previousOf = new Map(
    previous.map(p => [p.project, new Date(ms(p.finished_at)!)]),
  );
  // The earliest of the bounds below. Every project without its own bound (no project named)
  // reads from it.
  const commitFrom =
    previous.length > 0 && (!query.projects || previousOf.size === named.length)
      ? new Date(Math.min(...[...previousOf.values()].map(d => d.getTime())))
      : yearBack;
  // Each named project's own bound: a project of a team that never deployed reads a year back,
  // and every other one still reads from its own last deployment, as it would alone. Bounds that
  // are all the same are that one bound (a range that starts before any deployment): one read
  // of the index range costs less than one per project.
  const bounds = query.projects
    ? named.map(project => ({
        project,
        from: previousOf.get(project) ?? yearBack,
      }))
    : [];
  const commitBounds: CommitBound[] | undefined = bounds.some(
    b => b.from.getTime() !== commitFrom.getTime(),
  )
    ? bounds
    : undefined;
  const readAfter = (builder: Knex.QueryBuilder, column: string) =>
    builder.where(column, '>', commitFrom).modify(b => {
      if (commitBounds)
        b.where(each =>
          commitBounds.forEach(bound =>
            each.orWhere(one =>
              one
                .where('project', bound.project)
                .where(column, '>', bound.from),
            ),
          ),
        );
    });

  // The row sets read, as far as they are read from one table each.
  const ranges = {
    deployments: () =>
      scoped(db('deployments'))
        .modify(production)
        .where('finished_at', '>=', linkFrom)
        .where('finished_at', '<', linkTo),
    commits: () =>
      readAfter(scoped(db('commits')), 'landed_at')
        .where('landed_at', '<', query.to)
        .whereNotNull('committed_at'),
    incidents: () =>
      scoped(db('incidents')).where(builder =>
        builder
          .where(b =>
            b
              .where('created_at', '>=', linkFrom)
              .where('created_at', '<', linkTo),
          )
          .orWhere(b =>
            b
              .where('resolved_at', '>=', query.from)
              .where('resolved_at', '<', query.to),
          ),
      ),
    pullRequests: () =>
      readAfter(scoped(db('pull_requests')), 'merged_at').where(
        'merged_at',
        '<',
        query.to,
      ),
  };

  // Bounded so that an all-projects query does not build one condition per project.
  const earlier: PreviousDeployment[] =
    previous.length === 0 || previous.length > 200 ? [] : previous;
  return {
    linkFrom,
    linkTo,
    commitFrom,
    commitBounds,
    previous,
    earlier,
    ranges,
    production,
    scoped,
  };
}
