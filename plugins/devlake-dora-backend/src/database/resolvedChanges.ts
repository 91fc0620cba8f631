import type { Knex } from 'knex';
import { epochMs } from './epochMs';
import type { CommitBound } from './commitBounds';

/** What `resolvedChanges` and `resolvedPullRequests` need to know of a fact read. */
export interface ResolveScope {
  /** Project keys; undefined: every project. */
  projects?: string[];
  /** Lower-case production environments. */
  environments: string[];
  /** Commits landed after this were read (each project's last deployment before the range, or a year). */
  commitFrom: Date;
  /** With named projects: each one's own bound, which its commits and pull requests are read after. */
  commitBounds?: CommitBound[];
  /** The range the metrics are computed over (the period and the one before it). */
  from: Date;
  to: Date;
  /** Deployments finished before this were read (the range plus the lookahead). */
  linkTo: Date;
}

/**
 * SQL fragments shared by both reads: an epoch-milliseconds column, the scope's projects and its
 * successful production deployments.
 */
function fragments(db: Knex, scope: ResolveScope) {
  const epoch = (sql: string) => epochMs(db, sql);
  const inList = (values: string[]) => values.map(() => '?').join(', ');
  const projects = (column: string) =>
    scope.projects
      ? {
          sql: `${column} in (${inList(scope.projects)})`,
          bindings: scope.projects,
        }
      : { sql: '1 = 1', bindings: [] as string[] };
  // What a table of commits or pull requests is read from: with named projects, joined to each
  // one's bound, which PostgreSQL reads as a range of the (project, time) index per project.
  const readAfter = (table: string, alias: string, column: string) => {
    // Also with the bounds: the earliest of them, for a planner that reads the rows first.
    const after = {
      where: `${alias}.${column} > ?`,
      whereBindings: [scope.commitFrom] as Knex.RawBinding[],
    };
    if (!scope.commitBounds)
      return {
        ...after,
        from: `${table} ${alias}`,
        fromBindings: [] as Knex.RawBinding[],
        bound: { sql: '?', bindings: [scope.commitFrom] as Knex.RawBinding[] },
      };
    const pg = db.client.config.client === 'pg';
    const bounds = scope.commitBounds.map(
      () => `(?, ${pg ? 'cast(? as timestamptz)' : '?'})`,
    );
    return {
      ...after,
      // Named projects are never none (a team owns at least one component).
      from: `(select column1 as project, column2 as t from (values ${bounds.join(', ')}) v) cb
        join ${table} ${alias} on ${alias}.project = cb.project and ${alias}.${column} > cb.t`,
      fromBindings: scope.commitBounds.flatMap(
        b => [b.project, b.from] as Knex.RawBinding[],
      ),
      bound: { sql: 'cb.t', bindings: [] as Knex.RawBinding[] },
    };
  };
  const production = (alias: string) => ({
    sql: `${alias}.status = 'SUCCESS' and lower(${alias}.environment) in (${inList(scope.environments)})`,
    bindings: scope.environments,
  });
  // The first successful production deployment of the project finished at or after a time, as
  // the calculator matches a change by time (only deployments read, i.e. before `linkTo`).
  const firstAfter = (project: string, time: string) => {
    const p = production('t');
    return {
      sql: `(select min(t.finished_at) from deployments t where t.project = ${project} and ${p.sql} and t.finished_at >= ${time} and t.finished_at < ?)`,
      bindings: [...p.bindings, scope.linkTo],
    };
  };
  // The commits read, each with the deployment it reached: its first successful production
  // deployment listing it, else the first one finished at or after it landed.
  // - By link: the links grouped by commit and joined to the commits by hash, where a window
  //   partitioned by sha sorted the 40-character strings with the collation. On PostgreSQL 14+
  //   the planner knows the production filter's selectivity from the statistics on
  //   lower(environment) (migration 20261207000000); without them it guesses a handful of rows.
  // - By time, for the commits no link reached: commits and deployments as one row set, newest
  //   first (a deployment before a commit of the same instant), whose running minimum is the next
  //   deployment in one pass; a lookup per commit would cost an index probe each.
  const changes = () => {
    const cs = projects('c.project');
    const ds = projects('d.project');
    const ls = projects('d.project');
    const p = production('d');
    const read = readAfter('commits', 'c', 'landed_at');
    return {
      sql: `with lk as (
          select d.project, dc.commit_sha as sha, min(d.finished_at) as linked_at
          from deployments d join deployment_commits dc on dc.deployment_id = d.id
          where ${ls.sql} and ${p.sql} and d.finished_at >= ? and d.finished_at < ?
          group by d.project, dc.commit_sha
        ),
        cl as (
          select c.project, c.committed_at, c.landed_at, lk.linked_at
          from ${read.from} left join lk on lk.project = c.project and lk.sha = c.sha
          where ${cs.sql} and ${read.where} and c.landed_at < ? and c.committed_at is not null
        )
        select committed_at, linked_at as deployed_at from cl where linked_at is not null
        union all
        select committed_at, next_at from (
          select e.kind, e.committed_at, min(case when e.kind = 1 then e.t end) over (
              partition by e.project order by e.t desc, e.kind desc rows between unbounded preceding and current row
            ) as next_at
          from (
            select project, committed_at, landed_at as t, 0 as kind from cl where linked_at is null
            union all
            select d.project, null, d.finished_at, 1
            from deployments d
            where ${ds.sql} and ${p.sql} and d.finished_at > ? and d.finished_at < ?
          ) e
        ) m where m.kind = 0`,
      bindings: [
        ...ls.bindings,
        ...p.bindings,
        scope.commitFrom,
        scope.to,
        ...read.fromBindings,
        ...cs.bindings,
        ...read.whereBindings,
        scope.to,
        ...ds.bindings,
        ...p.bindings,
        scope.commitFrom,
        scope.linkTo,
      ],
    };
  };
  return { epoch, projects, production, firstAfter, changes, readAfter };
}

export interface ResolvedChangeRow {
  committed_at: number | string;
  deployed_at: number | string;
}

/**
 * The changes whose deployment finished in the range, each as its commit time and that
 * deployment's finish: the database matches commits to deployments (by link, else by time) so
 * that neither the commits nor the links are read.
 */
export function resolvedChanges(
  db: Knex,
  scope: ResolveScope,
): Promise<ResolvedChangeRow[]> {
  const q = resolvedChangesSql(db, scope);
  return db.raw(q.sql, q.bindings).then(rows<ResolvedChangeRow>);
}

/** The statement of `resolvedChanges`, to aggregate over in the database. */
export function resolvedChangesSql(db: Knex, scope: ResolveScope) {
  const times = resolvedChangeTimesSql(db, scope);
  return {
    sql: `select ${epochMs(db, 'r.committed_at')} as committed_at, ${epochMs(db, 'r.deployed_at')} as deployed_at
      from (${times.sql}) r`,
    bindings: times.bindings,
  };
}

/** The same changes with their times as stored (PostgreSQL: timestamps). */
export function resolvedChangeTimesSql(db: Knex, scope: ResolveScope) {
  const c = fragments(db, scope).changes();
  return {
    sql: `select r.committed_at, r.deployed_at from (${c.sql}) r
      where r.deployed_at >= ? and r.deployed_at < ?`,
    bindings: [...c.bindings, scope.from, scope.to] as Knex.RawBinding[],
  };
}

export interface ResolvedPullRequestRow {
  project: string;
  repository: string;
  number: number | string;
  merge_commit_sha: string | null;
  created_at: number | string;
  merged_at: number | string;
  deployed_at: number | string | null;
}

/**
 * The merged pull requests read, each with its deployment's finish: its merge commit's (when that
 * commit was read and reached one), else the first after the merge.
 */
export function resolvedPullRequests(
  db: Knex,
  scope: ResolveScope,
): Promise<ResolvedPullRequestRow[]> {
  const q = resolvedPullRequestsSql(db, scope);
  return db.raw(q.sql, q.bindings).then(rows<ResolvedPullRequestRow>);
}

/** The statement of `resolvedPullRequests`, to aggregate over in the database. */
export function resolvedPullRequestsSql(db: Knex, scope: ResolveScope) {
  const { epoch, projects, production, firstAfter, readAfter } = fragments(
    db,
    scope,
  );
  const s = projects('pr.project');
  const read = readAfter('pull_requests', 'pr', 'merged_at');
  const p = production('d');
  const landed = firstAfter('c.project', 'c.landed_at');
  const merged = firstAfter('pr.project', 'pr.merged_at');
  // The merge commit's deployment, as the calculator finds a change's (link, else time).
  const mergeCommit = {
    sql: `(select coalesce(
        (select min(d.finished_at) from deployments d join deployment_commits dc on dc.deployment_id = d.id
          where d.project = c.project and dc.commit_sha = c.sha and ${p.sql} and d.finished_at >= ? and d.finished_at < ?),
        ${landed.sql})
      from commits c where c.project = pr.project and c.sha = pr.merge_commit_sha
        and c.landed_at > ${read.bound.sql} and c.landed_at < ? and c.committed_at is not null)`,
    bindings: [
      ...p.bindings,
      scope.commitFrom,
      scope.to,
      ...landed.bindings,
      ...read.bound.bindings,
      scope.to,
    ],
  };
  return {
    sql: `select pr.project, pr.repository, pr.number, pr.merge_commit_sha,
        ${epoch('pr.created_at')} as created_at, ${epoch('pr.merged_at')} as merged_at,
        ${epoch(`coalesce(${mergeCommit.sql}, ${merged.sql})`)} as deployed_at
      from ${read.from}
      where ${s.sql} and ${read.where} and pr.merged_at < ?`,
    bindings: [
      ...mergeCommit.bindings,
      ...merged.bindings,
      ...read.fromBindings,
      ...s.bindings,
      ...read.whereBindings,
      scope.to,
    ] as Knex.RawBinding[],
  };
}

/** The rows of a raw select, as each driver answers it. */
export function rows<T>(result: unknown): T[] {
  return Array.isArray(result)
    ? (result as T[])
    : (result as { rows: T[] }).rows;
}
