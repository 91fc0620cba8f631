import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import { readStore } from './storeErrors';

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
  id: number | string;
  external_id: string;
  version: string | null;
  environment: string;
  status: string;
  started_at: string | number | Date | null;
  finished_at: string | number | Date;
  triggered_by: string | null;
  commit_sha: string | null;
  commit_message: string | null;
  commit_author: string | null;
}

const iso = (v: string | number | Date) => new Date(v).toISOString();

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
    duration: start
      ? Math.round((Date.parse(end) - Date.parse(start)) / 1000)
      : null,
    triggeredBy: row.triggered_by,
    commit: row.commit_sha
      ? {
          sha: row.commit_sha,
          message: row.commit_message,
          author: row.commit_author,
        }
      : null,
  };
}

/** The position after the last row of a page: its finish time and row id. */
interface Cursor {
  finishedAt: number;
  id: number;
}

const encodeCursor = (c: Cursor) =>
  Buffer.from(JSON.stringify([c.finishedAt, c.id])).toString('base64url');

function decodeCursor(value: string): Cursor {
  try {
    const [finishedAt, id] = JSON.parse(
      Buffer.from(value, 'base64url').toString('utf8'),
    );
    if (
      Number.isSafeInteger(finishedAt) &&
      !Number.isNaN(new Date(finishedAt).getTime()) &&
      Number.isSafeInteger(id)
    )
      return { finishedAt, id };
  } catch {
    // answered below
  }
  throw new InputError(
    'query.cursor: is not a cursor this API returned (use nextCursor from the previous page)',
  );
}

/** Deployments of a service, newest first, paged by cursor. */
export class DeploymentHistory {
  constructor(private readonly db: Knex) {}

  /** `services`: the project keys the service resolves to; `environments`: lower-case names, matched case-insensitively. */
  page(query: {
    services: string[];
    environments?: string[];
    limit: number;
    cursor?: string;
  }) {
    return readStore(() => this.read(query));
  }

  private async read(query: {
    services: string[];
    environments?: string[];
    limit: number;
    cursor?: string;
  }) {
    const base = this.db<DeploymentRow>('deployments').whereIn(
      'project',
      query.services,
    );
    if (query.environments)
      base.andWhereRaw(
        `lower(environment) in (${query.environments.map(() => '?').join(', ')})`,
        query.environments,
      );
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const [{ count }] = await base.clone().count({ count: '*' });
    const page = base.clone();
    if (after) {
      const at = new Date(after.finishedAt);
      page.andWhere(b =>
        b
          .where('finished_at', '<', at)
          .orWhere(o =>
            o.where('finished_at', '=', at).andWhere('id', '<', after.id),
          ),
      );
    }
    // A deployment that carries only its commit's sha (Argo CD, Jenkins, GitHub deployments)
    // shows the message and author the pushed commit brought.
    const fromPush = (column: 'message' | 'author') =>
      this.db.raw(
        `coalesce(deployments.commit_${column}, (select c.${column} from commits c where c.sha = deployments.commit_sha and c.${column} is not null order by c.id limit 1)) as commit_${column}`,
      );
    const rows = await page
      .select('deployments.*', fromPush('message'), fromPush('author'))
      .orderBy([
        { column: 'finished_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(query.limit + 1);
    const more = rows.length > query.limit;
    const shown = rows.slice(0, query.limit);
    const last = shown[shown.length - 1];
    return {
      deployments: shown.map(toRecord),
      total: Number(count),
      nextCursor:
        more && last
          ? encodeCursor({
              finishedAt: new Date(last.finished_at).getTime(),
              id: Number(last.id),
            })
          : null,
    };
  }

  /** Throws when the database cannot answer; used by the health route. */
  async ping(): Promise<void> {
    await this.db.raw('select 1');
  }
}
