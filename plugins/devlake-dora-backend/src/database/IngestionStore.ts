import type { Knex } from 'knex';
import type { CommitEvent, DeploymentEvent, IncidentEvent, IngestBatch, PullRequestEvent } from '../ingestion/events';

/**
 * Writes webhook events. Every write is an upsert on the event's natural key, so a delivery
 * stored twice leaves the same rows; one delivery is one transaction.
 */
export class IngestionStore {
  constructor(private readonly db: Knex) {}

  private get least() {
    return this.db.client.config.client === 'pg' ? 'least' : 'min';
  }

  async ingest(batch: IngestBatch): Promise<{ deployments: number; commits: number; pullRequests: number; incidents: number }> {
    await this.db.transaction(async tx => {
      for (const deployment of batch.deployments ?? []) await this.writeDeployment(tx, deployment);
      if (batch.commits?.length) await this.writeCommits(tx, batch.commits);
      for (const pr of batch.pullRequests ?? []) await this.writePullRequest(tx, pr);
      for (const incident of batch.incidents ?? []) await this.writeIncident(tx, incident);
    });
    return {
      deployments: batch.deployments?.length ?? 0,
      commits: (batch.commits?.length ?? 0) + (batch.deployments ?? []).reduce((n, d) => n + (d.commits?.length ?? 0), 0),
      pullRequests: batch.pullRequests?.length ?? 0,
      incidents: batch.incidents?.length ?? 0,
    };
  }

  /** Marks an incident resolved; false when no such incident exists. */
  async resolveIncident(source: string, externalId: string, at: Date): Promise<boolean> {
    const updated = await this.db('incidents')
      .where({ source, external_id: externalId })
      .update({ status: 'DONE', resolved_at: this.db.raw('coalesce(resolved_at, ?)', [at]) });
    return updated > 0;
  }

  private async writeDeployment(tx: Knex.Transaction, d: DeploymentEvent) {
    const [row] = await tx('deployments')
      .insert({
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
      })
      .onConflict(['source', 'external_id'])
      .merge({
        // A late "in progress" event never undoes a finished one; a finished one sets the times.
        status: tx.raw(`case when excluded.status = 'IN_PROGRESS' then deployments.status else excluded.status end`),
        finished_at: tx.raw(`case when excluded.status = 'IN_PROGRESS' and deployments.status <> 'IN_PROGRESS' then deployments.finished_at else excluded.finished_at end`),
        started_at: tx.raw('coalesce(deployments.started_at, excluded.started_at)'),
        environment: tx.raw('excluded.environment'),
        rollback: tx.raw('excluded.rollback or deployments.rollback'),
        version: tx.raw('coalesce(excluded.version, deployments.version)'),
        commit_sha: tx.raw('coalesce(excluded.commit_sha, deployments.commit_sha)'),
        commit_message: tx.raw('coalesce(excluded.commit_message, deployments.commit_message)'),
        commit_author: tx.raw('coalesce(excluded.commit_author, deployments.commit_author)'),
        triggered_by: tx.raw('coalesce(excluded.triggered_by, deployments.triggered_by)'),
        url: tx.raw('coalesce(excluded.url, deployments.url)'),
      })
      .returning('id');
    const deploymentId = typeof row === 'object' ? row.id : row;
    const shipped = [...(d.commits ?? []), ...(d.commit && !d.commits?.length ? [d.commit] : [])];
    if (shipped.length === 0) return;
    await tx('deployment_commits')
      .insert(uniqueBy(shipped, c => c.sha).map(c => ({ deployment_id: deploymentId, commit_sha: c.sha, repo_url: 'repoUrl' in c ? clip(c.repoUrl, 1024) : null })))
      .onConflict(['deployment_id', 'commit_sha'])
      .ignore();
    // A commit a deployment shipped was on the deployable branch by the time it started.
    await this.writeCommits(
      tx,
      shipped.map(c => ({ project: d.project, sha: c.sha, committedAt: null, landedAt: d.startedAt ?? d.finishedAt, message: c.message ?? null })),
    );
  }

  private async writeCommits(tx: Knex.Transaction, commits: CommitEvent[]) {
    const rows = uniqueBy(commits, c => `${c.project}\u0000${c.sha}`).map(c => ({
      project: c.project,
      sha: c.sha,
      committed_at: c.committedAt,
      landed_at: c.landedAt,
      message: c.message ?? null,
      author: clip(c.author, 255),
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await tx('commits')
        .insert(rows.slice(i, i + 200))
        .onConflict(['project', 'sha'])
        .merge({
          committed_at: tx.raw('coalesce(commits.committed_at, excluded.committed_at)'),
          landed_at: tx.raw(`${this.least}(commits.landed_at, excluded.landed_at)`),
          message: tx.raw('coalesce(commits.message, excluded.message)'),
          author: tx.raw('coalesce(commits.author, excluded.author)'),
        });
    }
  }

  private async writePullRequest(tx: Knex.Transaction, pr: PullRequestEvent) {
    await tx('pull_requests')
      .insert({
        project: pr.project,
        repository: pr.repository,
        number: pr.number,
        title: clip(pr.title, 1024),
        merge_commit_sha: clip(pr.mergeCommitSha, 64),
        created_at: pr.createdAt,
        merged_at: pr.mergedAt,
      })
      .onConflict(['repository', 'number'])
      .ignore();
  }

  private async writeIncident(tx: Knex.Transaction, i: IncidentEvent) {
    await tx('incidents')
      .insert({
        source: i.source,
        external_id: i.externalId,
        project: i.project,
        title: clip(i.title, 1024),
        status: i.status,
        url: clip(i.url, 1024),
        deployment_ref: i.deploymentRef ?? null,
        created_at: i.createdAt,
        resolved_at: i.resolvedAt ?? null,
      })
      .onConflict(['source', 'external_id'])
      .merge({
        // Events may arrive out of order: the earliest opening and any resolution win.
        created_at: tx.raw(`${this.least}(incidents.created_at, excluded.created_at)`),
        resolved_at: tx.raw('coalesce(excluded.resolved_at, incidents.resolved_at)'),
        status: tx.raw(`case when incidents.resolved_at is not null and excluded.resolved_at is null then incidents.status else excluded.status end`),
        title: tx.raw('coalesce(excluded.title, incidents.title)'),
        url: tx.raw('coalesce(excluded.url, incidents.url)'),
        deployment_ref: tx.raw('coalesce(excluded.deployment_ref, incidents.deployment_ref)'),
      });
  }
}

/** Descriptive text longer than its column is cut rather than refused: keys are validated at the edge instead. */
function clip(value: string | null | undefined, length: number): string | null {
  return value === null || value === undefined ? null : value.slice(0, length);
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
