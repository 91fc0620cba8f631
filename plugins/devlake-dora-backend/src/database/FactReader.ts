import type { Knex } from 'knex';
import {
  TooManyFactsError,
  type DoraFactSource,
  type DoraFacts,
  type FactQuery,
} from '../metrics/facts';
import { epochMs } from './epochMs';
import { factScope, ms, type PreviousDeployment } from './factScope';
import { resolvedChanges, resolvedPullRequests } from './resolvedChanges';
import { runStatement } from './loopTurns';
import { rowsAbove } from './rowsAbove';
import { readStore } from './storeErrors';

const toDeployment = (r: any) => ({
  id: r.external_id,
  project: r.project,
  environment: r.environment,
  status: r.status,
  rollback: Boolean(r.rollback),
  startedAt: ms(r.started_at),
  finishedAt: ms(r.finished_at)!,
});

const toIncident = (r: any) => ({
  id: r.external_id,
  project: r.project,
  title: r.title,
  createdAt: ms(r.created_at)!,
  resolvedAt: ms(r.resolved_at),
  deploymentRef: r.deployment_ref,
});

const toPullRequest = (r: any) => ({
  project: r.project,
  repository: r.repository,
  number: Number(r.number),
  mergeCommitSha: r.merge_commit_sha ?? null,
  createdAt: ms(r.created_at)!,
  mergedAt: ms(r.merged_at)!,
});

/** Reads the facts the metrics need from the plugin's own tables; each read is one indexed range scan. */
export class FactReader implements DoraFactSource {
  /** `maxRows`: refuse a query that would read more rows than this (see `rowsAbove`). */
  constructor(
    private readonly db: Knex,
    private readonly options: { maxRows?: number } = {},
  ) {}

  /** A time column as epoch milliseconds (see `epochMs`). */
  private epoch(column: string, alias = column) {
    return this.db.raw(`${epochMs(this.db, '??')} as ??`, [column, alias]);
  }

  facts(query: FactQuery): Promise<DoraFacts> {
    return readStore(() => this.read(query));
  }

  private async read(query: FactQuery): Promise<DoraFacts> {
    // On SQLite each statement in a turn of the event loop of its own (see `loopTurns`).
    const turn = <T>(statement: () => PromiseLike<T>) =>
      runStatement(this.db, statement);
    const read = await factScope(this.db, query, turn);
    const { linkTo, commitFrom, commitBounds, ranges, production, scoped } =
      read;
    const { maxRows } = this.options;
    if (
      maxRows !== undefined &&
      (await turn(() => rowsAbove(this.db, Object.values(ranges), maxRows)))
    ) {
      throw new TooManyFactsError(maxRows);
    }

    const deploymentColumns = [
      'external_id',
      'project',
      'environment',
      'status',
      'rollback',
      this.epoch('started_at'),
      this.epoch('finished_at'),
    ];
    // Both reads below start with the deployments of the range and those before it.
    const readDeployments = () =>
      turn(() =>
        ranges
          .deployments()
          .orderBy([{ column: 'finished_at' }, { column: 'id' }])
          .select(deploymentColumns),
      );
    const readEarlier = () =>
      turn(async () =>
        this.earlier(read.earlier, production, deploymentColumns),
      );
    if (query.resolveDeployments) {
      const scope = { ...query, commitFrom, commitBounds, linkTo };
      const [
        deployments,
        earlier,
        changes,
        pullRequests,
        incidents,
        anyIncident,
      ] = await Promise.all([
        readDeployments(),
        readEarlier(),
        turn(() => resolvedChanges(this.db, scope)),
        turn(() => resolvedPullRequests(this.db, scope)),
        turn(() => this.incidentRows(ranges.incidents())),
        turn(() => scoped(this.db('incidents')).first(this.db.raw('1 as one'))),
      ]);
      return {
        deployments: [...earlier, ...deployments].map(toDeployment),
        // One shared name: these changes are only counted, never listed.
        changes: changes.map(r => ({
          project: '',
          sha: '',
          committedAt: ms(r.committed_at),
          landedAt: 0,
          deployment: { id: '', finishedAt: ms(r.deployed_at)! },
        })),
        incidents: incidents.map(toIncident),
        pullRequests: pullRequests.map(r => ({
          ...toPullRequest(r),
          deployment:
            r.deployed_at === null
              ? null
              : { id: '', finishedAt: ms(r.deployed_at)! },
        })),
        incidentsRecorded: anyIncident !== undefined,
      };
    }

    const [
      deployments,
      earlier,
      changes,
      links,
      incidents,
      pullRequests,
      anyIncident,
    ] = await Promise.all([
      readDeployments(),
      readEarlier(),
      turn(() =>
        ranges
          .commits()
          .select(
            'project',
            'sha',
            this.epoch('committed_at'),
            this.epoch('landed_at'),
          ),
      ),
      // The deployments that list each commit. A commit lands no later than a deployment listing
      // it starts, so every link of a commit read above belongs to a deployment finished after commitFrom.
      turn(() =>
        this.db('deployment_commits as dc')
          .join('deployments as d', 'd.id', 'dc.deployment_id')
          .modify(b => scoped(b, 'd.'))
          .modify(b => production(b, 'd.'))
          .where('d.status', 'SUCCESS')
          .where('d.finished_at', '>=', commitFrom)
          .where('d.finished_at', '<', query.to)
          .orderBy([{ column: 'd.finished_at' }, { column: 'd.id' }])
          .select(
            'd.project',
            'dc.commit_sha',
            'd.external_id',
            this.epoch('d.finished_at', 'finished_at'),
          ),
      ),
      turn(() => this.incidentRows(ranges.incidents())),
      turn(() =>
        ranges
          .pullRequests()
          .select(
            'project',
            'repository',
            'number',
            'merge_commit_sha',
            this.epoch('created_at'),
            this.epoch('merged_at'),
          ),
      ),
      // Whether incidents are collected for these projects at all, whenever they opened.
      turn(() => scoped(this.db('incidents')).first(this.db.raw('1 as one'))),
    ]);

    // Rows come in finish order: the first link of a commit is the first deployment containing it.
    const firstDeployment = new Map<
      string,
      { id: string; finishedAt: number }
    >();
    for (const r of links as any[]) {
      const key = `${r.project}\u0000${r.commit_sha}`;
      if (!firstDeployment.has(key))
        firstDeployment.set(key, {
          id: r.external_id,
          finishedAt: ms(r.finished_at)!,
        });
    }
    return {
      deployments: [...earlier, ...deployments].map(toDeployment),
      changes: changes.map((r: any) => ({
        project: r.project,
        sha: r.sha,
        committedAt: ms(r.committed_at),
        landedAt: ms(r.landed_at)!,
        deployment: firstDeployment.get(`${r.project}\u0000${r.sha}`) ?? null,
      })),
      incidents: incidents.map(toIncident),
      pullRequests: pullRequests.map(toPullRequest),
      incidentsRecorded: anyIncident !== undefined,
    };
  }

  /** Each project's last successful production deployment before the lookback (see `factScope`). */
  private earlier(
    previous: PreviousDeployment[],
    production: (builder: Knex.QueryBuilder) => Knex.QueryBuilder,
    columns: Array<string | Knex.Raw>,
  ): Promise<any[]> | any[] {
    if (previous.length === 0) return [];
    return this.db('deployments')
      .modify(production)
      .where('status', 'SUCCESS')
      .where(builder => {
        for (const p of previous)
          builder.orWhere({ project: p.project, finished_at: p.finished_at });
      })
      .select(columns);
  }

  private incidentRows(range: Knex.QueryBuilder) {
    return range.select(
      'external_id',
      'project',
      'title',
      this.epoch('created_at'),
      this.epoch('resolved_at'),
      'deployment_ref',
    );
  }
}
