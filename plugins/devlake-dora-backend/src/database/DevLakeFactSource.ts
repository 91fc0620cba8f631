import { ServiceUnavailableError } from '@backstage/errors';
import knexFactory, { type Knex } from 'knex';
import {
  LINK_LOOKAHEAD_MS,
  LINK_LOOKBACK_MS,
  TooManyFactsError,
  type ChangeFact,
  type DeploymentFact,
  type DoraFactSource,
  type DoraFacts,
  type FactQuery,
  type IncidentFact,
  type PullRequestFact,
} from '../metrics/facts';
import { assertMysqlDriver } from './mysqlDriver';
import { rowsAbove } from './rowsAbove';

/**
 * A mysql2 pool whose every connection is put in a read-only session before first use
 * (`SET SESSION TRANSACTION READ ONLY`, MySQL and MariaDB): any write through it is refused by the
 * server, whatever the configured user may do. A connection that cannot be made read only is
 * never used.
 */
export function connectReadOnly(connection: Record<string, unknown>): Knex {
  assertMysqlDriver();
  return knexFactory({
    client: 'mysql2',
    connection: { timezone: 'Z', ...connection } as Knex.MySql2ConnectionConfig,
    pool: {
      min: 0,
      max: 4,
      afterCreate(
        conn: { query(sql: string, done: (error: Error | null) => void): void },
        done: (error: Error | null, conn: unknown) => void,
      ) {
        conn.query('SET SESSION TRANSACTION READ ONLY', error =>
          done(error, conn),
        );
      },
    },
  });
}

const ms = (v: string | number | Date | null): number | null =>
  v === null || v === undefined ? null : new Date(v).getTime();

/**
 * Reads an existing Apache DevLake database (MySQL/MariaDB), read only, in DevLake's own domain
 * tables: deployments from `cicd_deployment_commits` (one deployment per `cicd_deployment_id`,
 * started at its first row's start and finished at its last row's finish, as DevLake counts them),
 * the commits each successful production deployment shipped from `commits_diffs` against the
 * previous successful one (linked to that deployment), incidents from `incidents` (or
 * `issues` of type INCIDENT) with `project_incident_deployment_relationships` as explicit links,
 * and merged `pull_requests`; all scoped to projects through `project_mapping`.
 */
export class DevLakeFactSource implements DoraFactSource {
  private hasIncidentsTable?: Promise<boolean>;

  /** `maxRows`: refuse a query that would read more rows than this, as the plugin's own reader does. */
  constructor(
    private readonly db: Knex,
    private readonly options: { maxRows?: number } = {},
  ) {}

  /** A read-only pool over the configured connection; dates are read as UTC, as DevLake writes them. */
  static connect(
    connection: Record<string, unknown>,
    options: { maxRows?: number } = {},
  ): DevLakeFactSource {
    return new DevLakeFactSource(connectReadOnly(connection), options);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private mapped(
    table: string,
    column: string,
    projects: string[] | undefined,
  ) {
    return (builder: Knex.QueryBuilder) => {
      builder.join('project_mapping as pm', function joinMapping() {
        this.on('pm.row_id', '=', column).andOnVal('pm.table', '=', table);
      });
      if (projects) builder.whereIn('pm.project_name', projects);
    };
  }

  /**
   * Any failure to read DevLake (down, refused credentials, tables not as expected) is a system the
   * plugin depends on being unavailable: 503, naming its code only, never the connection settings.
   */
  async facts(query: FactQuery): Promise<DoraFacts> {
    try {
      return await this.read(query);
    } catch (error) {
      if (error instanceof TooManyFactsError) throw error;
      const code = (error as { code?: unknown }).code;
      const reason = typeof code === 'string' ? code : (error as Error).name;
      throw new ServiceUnavailableError(
        `devlake.source.database could not be read (${reason}); try again later`,
      );
    }
  }

  private async read(query: FactQuery): Promise<DoraFacts> {
    const rows = await this.rowSets(
      query,
      new Date(query.from.getTime() - LINK_LOOKBACK_MS),
    );
    const bounded = [
      rows.deployments,
      rows.shippedCommits,
      rows.incidents,
      rows.pullRequests,
    ];
    if (
      this.options.maxRows !== undefined &&
      (await rowsAbove(this.db, bounded, this.options.maxRows))
    ) {
      throw new TooManyFactsError(this.options.maxRows);
    }
    const [deployments, shipped, incidents, pullRequests, anyIncident] =
      await Promise.all([
        this.deployments(rows.deployments()),
        this.shippedCommits(rows.shippedCommits()),
        this.incidents(rows.incidents()),
        this.pullRequests(rows.pullRequests()),
        rows.anyIncident().first(this.db.raw('1 as one')),
      ]);
    return {
      deployments,
      changes: linkedChanges(shipped, deployments),
      incidents,
      pullRequests,
      incidentsRecorded: anyIncident !== undefined,
    };
  }

  /**
   * The rows each fact is read from, scoped to the query's projects and range (`from`: with the
   * lookback; deployments and incidents also with the lookahead, for the links of incidents opened
   * after the range).
   */
  private async rowSets(query: FactQuery, from: Date) {
    this.hasIncidentsTable ??= this.db.schema.hasTable('incidents');
    const hasIncidentsTable = await this.hasIncidentsTable;
    const linkTo = new Date(query.to.getTime() + LINK_LOOKAHEAD_MS);
    const finishedInRange = (builder: Knex.QueryBuilder, to = query.to) =>
      builder
        .where('cdc.finished_date', '>=', from)
        .where('cdc.finished_date', '<', to);
    const projectIncidents = () =>
      hasIncidentsTable
        ? this.db('incidents as i').modify(b => {
            b.join('project_mapping as pm', function joinMapping() {
              this.on('pm.row_id', '=', 'i.scope_id').andOn(
                'pm.table',
                '=',
                'i.table',
              );
            });
            if (query.projects) b.whereIn('pm.project_name', query.projects);
          })
        : this.db('issues as i')
            .join('board_issues as bi', 'bi.issue_id', 'i.id')
            .modify(this.mapped('boards', 'bi.board_id', query.projects))
            .where('i.type', 'INCIDENT');
    const incidentWindow = (builder: Knex.QueryBuilder) =>
      builder.where(b =>
        b
          .where(w =>
            w
              .where('i.created_date', '>=', from)
              .where('i.created_date', '<', linkTo),
          )
          .orWhere(w =>
            w
              .where('i.resolution_date', '>=', query.from)
              .where('i.resolution_date', '<', query.to),
          ),
      );
    return {
      deployments: () =>
        this.db('cicd_deployment_commits as cdc')
          .modify(
            this.mapped('cicd_scopes', 'cdc.cicd_scope_id', query.projects),
          )
          .modify(finishedInRange, linkTo),
      // The commits each successful production deployment shipped: those between it and the
      // previous successful one (DevLake's `commits_diffs`), one row per commit and deployment.
      shippedCommits: () =>
        this.db('cicd_deployment_commits as cdc')
          .modify(
            this.mapped('cicd_scopes', 'cdc.cicd_scope_id', query.projects),
          )
          .join(
            'cicd_deployment_commits as prev',
            'prev.id',
            'cdc.prev_success_deployment_commit_id',
          )
          .join('commits_diffs as cd', function diff() {
            this.on('cd.new_commit_sha', '=', 'cdc.commit_sha').andOn(
              'cd.old_commit_sha',
              '=',
              'prev.commit_sha',
            );
          })
          .join('commits as c', 'c.sha', 'cd.commit_sha')
          .where('cdc.result', 'SUCCESS')
          .whereRaw(
            `lower(cdc.environment) in (${query.environments.map(() => '?').join(', ')})`,
            query.environments,
          )
          .modify(finishedInRange),
      incidents: () => projectIncidents().modify(incidentWindow),
      // Whether incidents are collected for these projects at all, whenever they opened.
      anyIncident: projectIncidents,
      pullRequests: () =>
        this.db('pull_requests as pr')
          .modify(this.mapped('repos', 'pr.base_repo_id', query.projects))
          .whereNotNull('pr.merged_date')
          .where('pr.merged_date', '>=', from)
          .where('pr.merged_date', '<', query.to),
    };
  }

  private async deployments(
    rows: Knex.QueryBuilder,
  ): Promise<DeploymentFact[]> {
    const grouped = await rows
      .groupBy('cdc.cicd_deployment_id', 'pm.project_name')
      .select(
        'cdc.cicd_deployment_id as id',
        'pm.project_name as project',
        this.db.raw('max(cdc.environment) as environment'),
        this.db.raw('max(cdc.result) as result'),
        this.db.raw('min(cdc.started_date) as started_at'),
        this.db.raw('max(cdc.finished_date) as finished_at'),
      );
    return grouped.map((r: any) => ({
      id: r.id,
      project: r.project,
      environment: r.environment ?? '',
      status:
        r.result === 'SUCCESS' || r.result === 'FAILURE'
          ? r.result
          : String(r.result),
      rollback: false,
      startedAt: ms(r.started_at),
      finishedAt: ms(r.finished_at)!,
    }));
  }

  private async shippedCommits(
    rows: Knex.QueryBuilder,
  ): Promise<ShippedCommit[]> {
    const shipped = await rows.select(
      'cd.commit_sha as sha',
      'pm.project_name as project',
      'c.authored_date',
      'cdc.cicd_deployment_id',
      'cdc.started_date',
      'cdc.finished_date',
    );
    return shipped.map((r: any) => ({
      project: r.project,
      sha: r.sha,
      committedAt: ms(r.authored_date),
      deploymentId: r.cicd_deployment_id,
      startedAt: ms(r.started_date) ?? ms(r.finished_date)!,
      finishedAt: ms(r.finished_date)!,
    }));
  }

  /** Incidents with DevLake's explicit incident → deployment links. */
  private async incidents(rows: Knex.QueryBuilder): Promise<IncidentFact[]> {
    const links = this.db('project_incident_deployment_relationships')
      .select('id', 'project_name', 'deployment_id')
      .as('link');
    const withLinks = await rows
      .leftJoin(links, function linked() {
        this.on('link.id', '=', 'i.id').andOn(
          'link.project_name',
          '=',
          'pm.project_name',
        );
      })
      .select(
        'i.id',
        'i.title',
        'pm.project_name as project',
        'i.created_date',
        'i.resolution_date',
        'link.deployment_id',
      );
    return withLinks.map((r: any) => ({
      id: r.id,
      project: r.project,
      title: r.title ?? null,
      createdAt: ms(r.created_date)!,
      resolvedAt: ms(r.resolution_date),
      deploymentRef: r.deployment_id ?? null,
    }));
  }

  private async pullRequests(
    rows: Knex.QueryBuilder,
  ): Promise<PullRequestFact[]> {
    const merged = await rows.select(
      'pr.id',
      'pr.base_repo_id',
      'pr.pull_request_key',
      'pm.project_name as project',
      'pr.created_date',
      'pr.merged_date',
      'pr.merge_commit_sha',
    );
    return merged.map((r: any) => ({
      project: r.project,
      repository: r.base_repo_id,
      number: Number(r.pull_request_key),
      createdAt: ms(r.created_date)!,
      mergedAt: ms(r.merged_date)!,
      mergeCommitSha: r.merge_commit_sha ?? null,
    }));
  }
}

/** A commit in one deployment's diff (a deployment of several repositories lists it once per repository). */
interface ShippedCommit {
  project: string;
  sha: string;
  committedAt: number | null;
  deploymentId: string;
  startedAt: number;
  finishedAt: number;
}

/**
 * One change per commit, linked to the first deployment that shipped it: DevLake's diff is the
 * deployment↔commit link, so lead time never has to match by time here. The link carries the
 * deployment's own finish (its last row's), as the deployment is counted.
 */
function linkedChanges(
  shipped: ShippedCommit[],
  deployments: DeploymentFact[],
): ChangeFact[] {
  const finishOf = new Map(
    deployments.map(d => [`${d.project}\u0000${d.id}`, d.finishedAt]),
  );
  const changes = new Map<string, ChangeFact>();
  for (const row of shipped) {
    const finishedAt =
      finishOf.get(`${row.project}\u0000${row.deploymentId}`) ?? row.finishedAt;
    const key = `${row.project}\u0000${row.sha}`;
    const change = changes.get(key);
    if (!change) {
      changes.set(key, {
        project: row.project,
        sha: row.sha,
        committedAt: row.committedAt,
        landedAt: row.startedAt,
        deployment: { id: row.deploymentId, finishedAt },
      });
      continue;
    }
    change.landedAt = Math.min(change.landedAt, row.startedAt);
    if (finishedAt < change.deployment!.finishedAt)
      change.deployment = { id: row.deploymentId, finishedAt };
  }
  return [...changes.values()];
}

/** Facts from several sources together: the plugin's own events and an existing DevLake. */
export class CombinedFactSource implements DoraFactSource {
  constructor(private readonly sources: DoraFactSource[]) {}

  async facts(query: FactQuery): Promise<DoraFacts> {
    // Changes match deployments of every source: no source may match them alone.
    const all = await Promise.all(
      this.sources.map(s => s.facts({ ...query, resolveDeployments: false })),
    );
    return {
      deployments: all.flatMap(f => f.deployments),
      changes: all.flatMap(f => f.changes),
      incidents: all.flatMap(f => f.incidents),
      pullRequests: all.flatMap(f => f.pullRequests),
      incidentsRecorded: all.some(
        f => f.incidentsRecorded ?? f.incidents.length > 0,
      ),
    };
  }
}
