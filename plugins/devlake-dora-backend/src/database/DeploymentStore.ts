import type { Knex } from 'knex';

/** A deployment as seed 001's deployment history speaks of it. */
export interface DeploymentRecord {
  id: string;
  version: string | null;
  environment: string;
  status: string;
  startTime: string | null;
  endTime: string;
  duration: number | null;
  triggeredBy: string | null;
  commit: { sha: string; message: string | null; author: string | null } | null;
}

interface DeploymentRow {
  external_id: string;
  version: string | null;
  environment: string;
  status: string;
  started_at: string | Date | null;
  finished_at: string | Date;
  triggered_by: string | null;
  commit_sha: string | null;
  commit_message: string | null;
  commit_author: string | null;
}

const iso = (v: string | Date) => new Date(v).toISOString();

function toRecord(row: DeploymentRow): DeploymentRecord {
  const start = row.started_at ? iso(row.started_at) : null;
  const end = iso(row.finished_at);
  return {
    id: row.external_id,
    version: row.version,
    environment: row.environment,
    status: row.status,
    startTime: start,
    endTime: end,
    duration: start ? Math.round((Date.parse(end) - Date.parse(start)) / 1000) : null,
    triggeredBy: row.triggered_by,
    commit: row.commit_sha ? { sha: row.commit_sha, message: row.commit_message, author: row.commit_author } : null,
  };
}

/** Deployments in the plugin's database. */
export class DeploymentStore {
  constructor(private readonly db: Knex) {}

  /** The newest deployments of a service, newest first. */
  async history(query: { service: string; environment?: string; limit: number }): Promise<{ deployments: DeploymentRecord[]; total: number }> {
    const base = this.db<DeploymentRow>('deployments').where('project', query.service);
    if (query.environment) base.andWhere('environment', query.environment);
    const [{ count }] = await base.clone().count({ count: '*' });
    const rows = await base.orderBy([{ column: 'finished_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(query.limit);
    return { deployments: rows.map(toRecord), total: Number(count) };
  }

  /** Throws when the database cannot answer; used by the health route. */
  async ping(): Promise<void> {
    await this.db.raw('select 1');
  }
}
