import type { Knex } from 'knex';
import { withoutRepeats } from './repeats';
import { readStore } from './storeErrors';
import type {
  CommitEvent,
  DeploymentEvent,
  IncidentEvent,
  IngestBatch,
  IssueEvent,
  PullRequestEvent,
} from '../ingestion/events';

/** Rows per statement: well under PostgreSQL's and SQLite's bound-parameter limits. */
const CHUNK = 200;

export interface IngestCounts {
  deployments: number;
  commits: number;
  pullRequests: number;
  incidents: number;
  issues: number;
}

function deploymentRow(d: DeploymentEvent) {
  return {
    source: d.source,
    external_id: d.externalId,
    project: d.project,
    environment: clip(d.environment, 255)!,
    status: d.status,
    rollback: d.rollback ?? false,
    version: clip(d.version, 255),
    commit_sha: d.commit?.sha ?? null,
    commit_message: d.commit?.message ?? null,
    commit_author: clip(d.commit?.author, 255),
    triggered_by: clip(d.triggeredBy, 255),
    url: clip(d.url, 1024),
    started_at: d.startedAt ?? null,
    finished_at: d.finishedAt,
  };
}

/**
 * Splits events into rounds in which no key repeats (one upsert statement cannot touch a row
 * twice); the n-th event of a key goes into round n, so rounds replay each key's events in order.
 */
function rounds<T>(events: T[], key: (event: T) => string): T[][] {
  const result: T[][] = [];
  const seen = new Map<string, number>();
  for (const event of events) {
    const k = key(event);
    const round = seen.get(k) ?? 0;
    seen.set(k, round + 1);
    (result[round] ??= []).push(event);
  }
  return result;
}

/**
 * One row per (project, sha), combined by the same rules the upsert applies to a stored row
 * (earliest landing, first known author time, message and author), so writing the combined row
 * equals writing each in turn.
 */
function foldCommits(commits: CommitEvent[]) {
  const rows = new Map<
    string,
    {
      project: string;
      sha: string;
      committed_at: Date | null;
      landed_at: Date;
      message: string | null;
      author: string | null;
    }
  >();
  for (const c of commits) {
    const key = `${c.project}\u0000${c.sha}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        project: c.project,
        sha: c.sha,
        committed_at: c.committedAt,
        landed_at: c.landedAt,
        message: c.message ?? null,
        author: clip(c.author, 255),
      });
      continue;
    }
    row.committed_at ??= c.committedAt;
    if (c.landedAt < row.landed_at) row.landed_at = c.landedAt;
    row.message ??= c.message ?? null;
    row.author ??= clip(c.author, 255);
  }
  return [...rows.values()];
}

/** The columns incidents and issues share. */
function ticketRow(t: IncidentEvent | IssueEvent) {
  return {
    source: t.source,
    external_id: t.externalId,
    project: t.project,
    title: clip(t.title, 1024),
    status: t.status,
    url: clip(t.url, 1024),
    created_at: t.createdAt,
    resolved_at: t.resolvedAt ?? null,
  };
}

/** Descriptive text longer than its column is cut rather than refused: keys are validated at the edge instead. */
function clip(value: string | null | undefined, length: number): string | null {
  return value === null || value === undefined ? null : value.slice(0, length);
}

/** Writes keyed events round by round (see `rounds`), each round in chunks. */
async function writeInRounds<T extends { source: string; externalId: string }>(
  events: T[],
  write: (slice: T[]) => Promise<unknown>,
) {
  const key = (e: T) => `${e.source}\u0000${e.externalId}`;
  for (const round of rounds(withoutRepeats(events, key), key)) {
    for (let i = 0; i < round.length; i += CHUNK)
      await write(round.slice(i, i + CHUNK));
  }
}

/**
 * Splits tickets into the groups one statement can merge alike, keeping order within each. Called
 * per round, where no key repeats, so splitting reorders no key's events.
 */
function mergedAlike<
  T extends { resolvedOnReceipt?: boolean; replaces?: boolean },
>(tickets: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const t of tickets) {
    const key = `${t.resolvedOnReceipt === true}/${t.replaces === true}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/** A resolution that is only the time of receipt keeps a stored resolution. */
const resolvedOnReceiptSql = (table: string) =>
  `coalesce(${table}.resolved_at, excluded.resolved_at)`;

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * Writes webhook events. Every write is an upsert on the event's natural key, so a delivery
 * stored twice leaves the same rows; a delivery is written in one transaction, alone or with
 * others (see GroupCommit).
 */
export class IngestionStore {
  /** `onWritten`: called when a transaction of facts has committed. */
  constructor(
    private readonly db: Knex,
    private readonly onWritten?: () => void,
  ) {}

  private get least() {
    return this.db.client.config.client === 'pg' ? 'least' : 'min';
  }

  private get greatest() {
    return this.db.client.config.client === 'pg' ? 'greatest' : 'max';
  }

  async ingest(batch: IngestBatch): Promise<IngestCounts> {
    return (await this.ingestAll([batch]))[0];
  }

  /**
   * Writes several deliveries in one transaction, with the same result as writing them one after
   * another in order: deliveries are written table by table in multi-row statements, and an event
   * whose key an earlier event of the group already wrote goes into a later statement, so the
   * upsert rules apply in arrival order.
   */
  async ingestAll(batches: IngestBatch[]): Promise<IngestCounts[]> {
    const deployments = batches.flatMap(b => b.deployments ?? []);
    const incidents = batches.flatMap(b => b.incidents ?? []);
    const pullRequests = batches.flatMap(b => b.pullRequests ?? []);
    const issues = batches.flatMap(b => b.issues ?? []);
    await this.db.transaction(async tx => {
      const shipped: CommitEvent[] = [];
      const key = (d: DeploymentEvent) => `${d.source}\u0000${d.externalId}`;
      for (const round of rounds(withoutRepeats(deployments, key), key))
        shipped.push(...(await this.writeDeployments(tx, round)));
      const commits = [...shipped, ...batches.flatMap(b => b.commits ?? [])];
      if (commits.length) await this.writeCommits(tx, commits);
      // Pull requests are insert-or-ignore: the first delivery of a key wins, as one by one.
      const prs = uniqueBy(
        pullRequests,
        pr => `${pr.repository}\u0000${pr.number}`,
      );
      for (let i = 0; i < prs.length; i += CHUNK)
        await this.writePullRequests(tx, prs.slice(i, i + CHUNK));
      await writeInRounds(incidents, slice => this.writeIncidents(tx, slice));
      await writeInRounds(issues, slice => this.writeIssues(tx, slice));
    });
    this.onWritten?.();
    return batches.map(batch => ({
      deployments: batch.deployments?.length ?? 0,
      commits:
        (batch.commits?.length ?? 0) +
        (batch.deployments ?? []).reduce(
          (n, d) => n + (d.commits?.length ?? 0),
          0,
        ),
      pullRequests: batch.pullRequests?.length ?? 0,
      incidents: batch.incidents?.length ?? 0,
      issues: batch.issues?.length ?? 0,
    }));
  }

  /**
   * Whether a deployment of the project with this source id was received: what an incident's
   * explicit `deploymentId` must name. A store that cannot answer is 503, deliver again later.
   */
  async hasDeployment(project: string, externalId: string): Promise<boolean> {
    const row = await readStore(
      () =>
        this.db('deployments')
          .where({ project, external_id: externalId })
          .first('id'),
      'deliver the event again later',
    );
    return row !== undefined;
  }

  /**
   * Closes a DevLake webhook issue (DevLake's close route): the issue and, if it is one, its
   * incident become DONE, resolved now unless already resolved. False when neither exists.
   */
  async closeIssue(
    source: string,
    externalId: string,
    at: Date,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const closed = {
        status: 'DONE',
        resolved_at: tx.raw('coalesce(resolved_at, ?)', [at]),
      };
      const issues = await tx('issues')
        .where({ source, external_id: externalId })
        .update(closed);
      const incidents = await tx('incidents')
        .where({ source, external_id: externalId })
        .update(closed);
      return issues + incidents > 0;
    });
  }

  /** Upserts deployments with distinct keys; returns the commits they shipped, to be written as changes. */
  private async writeDeployments(
    tx: Knex.Transaction,
    deployments: DeploymentEvent[],
  ): Promise<CommitEvent[]> {
    const ids = new Map<string, number>();
    for (let i = 0; i < deployments.length; i += CHUNK) {
      const returned = await tx('deployments')
        .insert(deployments.slice(i, i + CHUNK).map(deploymentRow))
        .onConflict(['source', 'external_id'])
        .merge({
          // A late "in progress" event never undoes a finished one; a finished one sets the times.
          status: tx.raw(
            `case when excluded.status = 'IN_PROGRESS' then deployments.status else excluded.status end`,
          ),
          finished_at: tx.raw(
            `case when excluded.status = 'IN_PROGRESS' and deployments.status <> 'IN_PROGRESS' then deployments.finished_at else excluded.finished_at end`,
          ),
          started_at: tx.raw(
            'coalesce(deployments.started_at, excluded.started_at)',
          ),
          environment: tx.raw('excluded.environment'),
          rollback: tx.raw('excluded.rollback or deployments.rollback'),
          version: tx.raw('coalesce(excluded.version, deployments.version)'),
          commit_sha: tx.raw(
            'coalesce(excluded.commit_sha, deployments.commit_sha)',
          ),
          commit_message: tx.raw(
            'coalesce(excluded.commit_message, deployments.commit_message)',
          ),
          commit_author: tx.raw(
            'coalesce(excluded.commit_author, deployments.commit_author)',
          ),
          triggered_by: tx.raw(
            'coalesce(excluded.triggered_by, deployments.triggered_by)',
          ),
          url: tx.raw('coalesce(excluded.url, deployments.url)'),
        })
        .returning(['id', 'source', 'external_id']);
      for (const row of returned as Array<{
        id: number | string;
        source: string;
        external_id: string;
      }>)
        ids.set(`${row.source}\u0000${row.external_id}`, Number(row.id));
    }
    const links: Array<{
      deployment_id: number;
      commit_sha: string;
      repo_url: string | null;
    }> = [];
    const changes: CommitEvent[] = [];
    for (const d of deployments) {
      const shipped = [
        ...(d.commits ?? []),
        ...(d.commit && !d.commits?.length ? [d.commit] : []),
      ];
      if (shipped.length === 0) continue;
      const deploymentId = ids.get(`${d.source}\u0000${d.externalId}`)!;
      for (const c of uniqueBy(shipped, s => s.sha))
        links.push({
          deployment_id: deploymentId,
          commit_sha: c.sha,
          repo_url: 'repoUrl' in c ? clip(c.repoUrl, 1024) : null,
        });
      // A commit a deployment shipped was on the deployable branch by the time it started.
      for (const c of shipped)
        changes.push({
          project: d.project,
          sha: c.sha,
          committedAt: null,
          landedAt: d.startedAt ?? d.finishedAt,
          message: c.message ?? null,
        });
    }
    for (let i = 0; i < links.length; i += CHUNK) {
      await tx('deployment_commits')
        .insert(links.slice(i, i + CHUNK))
        .onConflict(['deployment_id', 'commit_sha'])
        .ignore();
    }
    return changes;
  }

  private async writeCommits(tx: Knex.Transaction, commits: CommitEvent[]) {
    const rows = foldCommits(commits);
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx('commits')
        .insert(rows.slice(i, i + CHUNK))
        .onConflict(['project', 'sha'])
        .merge({
          committed_at: tx.raw(
            'coalesce(commits.committed_at, excluded.committed_at)',
          ),
          landed_at: tx.raw(
            `${this.least}(commits.landed_at, excluded.landed_at)`,
          ),
          message: tx.raw('coalesce(commits.message, excluded.message)'),
          author: tx.raw('coalesce(commits.author, excluded.author)'),
        });
    }
  }

  private async writePullRequests(
    tx: Knex.Transaction,
    prs: PullRequestEvent[],
  ) {
    await tx('pull_requests')
      .insert(
        prs.map(pr => ({
          project: pr.project,
          repository: pr.repository,
          number: pr.number,
          title: clip(pr.title, 1024),
          merge_commit_sha: clip(pr.mergeCommitSha, 64),
          created_at: pr.createdAt,
          merged_at: pr.mergedAt,
        })),
      )
      .onConflict(['repository', 'number'])
      .ignore();
  }

  private async writeIncidents(
    tx: Knex.Transaction,
    incidents: IncidentEvent[],
  ) {
    for (const group of mergedAlike(incidents)) {
      const { replaces = false, resolvedOnReceipt = false } = group[0];
      await tx('incidents')
        .insert(
          group.map(i => ({
            ...ticketRow(i),
            deployment_ref: i.deploymentRef ?? null,
            reopened_at: i.reopenedAt ?? null,
          })),
        )
        .onConflict(['source', 'external_id'])
        .merge(
          replaces
            ? this.replacingIncident(tx, resolvedOnReceipt)
            : this.accumulatingIncident(tx),
        );
    }
  }

  /**
   * Events may arrive out of order, so each keeps the earliest opening, the latest resolution and
   * the latest reopen, by the events' own times: the incident is resolved at that resolution unless
   * the reopen is later. An open incident keeps no resolution: any later one must be later than
   * the reopen that opened it, and the reopen is kept.
   */
  private accumulatingIncident(tx: Knex.Transaction) {
    const latest = (column: string) =>
      `${this.greatest}(coalesce(incidents.${column}, excluded.${column}), coalesce(excluded.${column}, incidents.${column}))`;
    const reopened = latest('reopened_at');
    const resolved = `case when ${reopened} > ${latest('resolved_at')} then null else ${latest('resolved_at')} end`;
    return {
      created_at: tx.raw(
        `${this.least}(incidents.created_at, excluded.created_at)`,
      ),
      resolved_at: tx.raw(resolved),
      reopened_at: tx.raw(reopened),
      // a resolution that a later reopen undid leaves the incident as it was (open)
      status: tx.raw(
        `case when (${resolved}) is not null then 'DONE' when excluded.status = 'DONE' then incidents.status else excluded.status end`,
      ),
      title: tx.raw('coalesce(excluded.title, incidents.title)'),
      url: tx.raw('coalesce(excluded.url, incidents.url)'),
      deployment_ref: tx.raw(
        'coalesce(excluded.deployment_ref, incidents.deployment_ref)',
      ),
    };
  }

  /** The delivery replaces the incident, but for a resolution time that is only the time of receipt and the explicit link. */
  private replacingIncident(tx: Knex.Transaction, resolvedOnReceipt: boolean) {
    return {
      project: tx.raw('excluded.project'),
      created_at: tx.raw('excluded.created_at'),
      resolved_at: tx.raw(
        resolvedOnReceipt
          ? resolvedOnReceiptSql('incidents')
          : 'excluded.resolved_at',
      ),
      status: tx.raw('excluded.status'),
      title: tx.raw('excluded.title'),
      url: tx.raw('excluded.url'),
      // not DevLake's: a sender that does not know the field does not unlink the incident
      deployment_ref: tx.raw(
        'coalesce(excluded.deployment_ref, incidents.deployment_ref)',
      ),
    };
  }

  /**
   * As DevLake's CreateOrUpdate: the latest delivery of an issue replaces what it said before,
   * except a resolution time that is only the time of receipt.
   */
  private async writeIssues(tx: Knex.Transaction, issues: IssueEvent[]) {
    for (const slice of mergedAlike(issues)) {
      const onReceipt = slice[0].resolvedOnReceipt === true;
      await tx('issues')
        .insert(slice.map(i => ({ ...ticketRow(i), type: clip(i.type, 255) })))
        .onConflict(['source', 'external_id'])
        .merge({
          project: tx.raw('excluded.project'),
          type: tx.raw('excluded.type'),
          title: tx.raw('excluded.title'),
          status: tx.raw('excluded.status'),
          url: tx.raw('excluded.url'),
          created_at: tx.raw('excluded.created_at'),
          resolved_at: tx.raw(
            onReceipt ? resolvedOnReceiptSql('issues') : 'excluded.resolved_at',
          ),
        });
    }
  }
}
