import type { Knex } from 'knex';
import { DAY } from '../metrics/calendar';
import {
  commitBounds as boundsOf,
  keysWithoutPrevious,
  lastDeployments,
  type CommitBound,
} from './commitBounds';
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

/**
 * What a metrics read covers, for the read of facts (`FactReader`) and the aggregation in the
 * database (`summarySql`) alike: deployments and incidents from 30 days before the range to 30
 * days after it, commits and pull requests of a named project from its last deployment before
 * that (else a year back if it deployed in the range, else none), of every project when none is
 * named from the earliest of those.
 */
export async function factScope(
  db: Knex,
  query: FactQuery,
  /** Runs each of its statements (see `loopTurns`). */
  run: <T>(statement: () => PromiseLike<T>) => Promise<T> = statement =>
    Promise.resolve(statement()),
) {
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

  // Each project's last successful production deployment before a time. For named projects,
  // each one's newest read backwards from the index on (project, finished_at), which stops at the
  // first that qualifies, where a group over the project's whole history read every earlier
  // deployment (2.6 ms a project on 1,000 a year).
  const lastBefore = async (
    projects: string[] | undefined,
    time: Date,
  ): Promise<PreviousDeployment[]> => {
    const before = () =>
      db('deployments')
        .modify(production)
        .where('status', 'SUCCESS')
        .where('finished_at', '<', time);
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
    return projects && projects.length > 0 && projects.length <= 200
      ? await newestOf(projects[0]).unionAll(projects.slice(1).map(newestOf))
      : await before()
          .modify(b => (projects ? b.whereIn('project', projects) : b))
          .groupBy('project')
          .select('project', db.raw('max(finished_at) as finished_at'));
  };
  const named = query.projects ? [...new Set(query.projects)] : undefined;
  // The last deployment before the range bounds which commits a project shipped.
  const previous = await run(() => lastBefore(named, linkFrom));
  const yearBack = new Date(query.from.getTime() - COMMIT_LOOKBACK_MS);
  const previousOf = new Map(
    previous.map(p => [p.project, new Date(ms(p.finished_at)!)]),
  );
  // Each named key's own bound (see `commitBounds`).
  const projectOf = (key: string) => query.aliases?.get(key) ?? key;
  const last = lastDeployments(previousOf, projectOf);
  const withoutPrevious = named
    ? keysWithoutPrevious(named, projectOf, last)
    : [];
  const deployedInRange = new Set(
    withoutPrevious.length > 0
      ? (await run(() => lastBefore(withoutPrevious, linkTo))).map(p =>
          projectOf(p.project),
        )
      : [],
  );
  const bounds = named
    ? boundsOf({
        keys: named,
        projectOf,
        last,
        deployedInRange,
        yearBack,
        to: query.to,
      })
    : [];
  // The earliest bound; every project reads from it when none is named (a year back when no
  // project deployed before the range).
  const earliest = (times: number[]) =>
    times.length > 0 ? new Date(Math.min(...times)) : yearBack;
  const commitFrom = named
    ? earliest(bounds.map(b => b.from.getTime()))
    : earliest([...previousOf.values()].map(d => d.getTime()));
  // Bounds that are all the same are that one bound (a range that starts before any
  // deployment): one read of the index range costs less than one per project.
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
