import type { Knex } from 'knex';
import {
  containsPattern,
  likeSql,
  newId,
  parseJson,
  toIso,
  type Page,
} from './rows';

export interface Trail {
  id: string;
  flowId: string;
  name: string;
  description: string;
  gitCommitSha?: string;
  gitBranch?: string;
  gitAuthor?: string;
  gitAuthorEmail?: string;
  pullRequestNumber?: number;
  buildUrl?: string;
  originUrl?: string;
  ciContext?: string;
  /** Kosli's git_commit_info, repo_info, user_data, external_urls, as sent. */
  extra: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type TrailInput = Omit<
  Trail,
  'id' | 'createdBy' | 'createdAt' | 'updatedAt'
>;

export interface TrailRow {
  id: string;
  flow_id: string;
  name: string;
  description: string;
  git_commit_sha: string | null;
  git_branch: string | null;
  git_author: string | null;
  git_author_email: string | null;
  pull_request_number: number | null;
  build_url: string | null;
  origin_url: string | null;
  ci_context: string | null;
  extra: string;
  created_by: string;
  created_at: string | Date;
  updated_at: string | Date;
}

const orUndefined = <T>(v: T | null) => (v === null ? undefined : v);

export function toTrail(row: TrailRow): Trail {
  return {
    id: row.id,
    flowId: row.flow_id,
    name: row.name,
    description: row.description,
    gitCommitSha: orUndefined(row.git_commit_sha),
    gitBranch: orUndefined(row.git_branch),
    gitAuthor: orUndefined(row.git_author),
    gitAuthorEmail: orUndefined(row.git_author_email),
    pullRequestNumber: orUndefined(row.pull_request_number),
    buildUrl: orUndefined(row.build_url),
    originUrl: orUndefined(row.origin_url),
    ciContext: orUndefined(row.ci_context),
    extra: parseJson(row.extra, {}),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

function toColumns(input: TrailInput) {
  return {
    flow_id: input.flowId,
    name: input.name,
    description: input.description,
    git_commit_sha: input.gitCommitSha ?? null,
    git_branch: input.gitBranch ?? null,
    git_author: input.gitAuthor ?? null,
    git_author_email: input.gitAuthorEmail ?? null,
    pull_request_number: input.pullRequestNumber ?? null,
    build_url: input.buildUrl ?? null,
    origin_url: input.originUrl ?? null,
    ci_context: input.ciContext ?? null,
    extra: JSON.stringify(input.extra),
  };
}

/** Trails of flows. */
export class TrailStore {
  constructor(private readonly db: Knex) {}

  async create(input: TrailInput, createdBy: string): Promise<Trail> {
    const now = new Date();
    const row = {
      id: newId(),
      ...toColumns(input),
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    };
    await this.db('trails').insert(row);
    return toTrail(row);
  }

  /** Kosli `begin trail` is repeated by CI retries: the same name updates the trail. */
  async upsertByName(
    input: TrailInput,
    actor: string,
  ): Promise<{ trail: Trail; created: boolean }> {
    const existing = await this.getByName(input.flowId, input.name);
    if (!existing)
      return { trail: await this.create(input, actor), created: true };
    await this.db('trails')
      .where({ id: existing.id })
      .update({ ...toColumns(input), updated_at: new Date() });
    return { trail: (await this.get(existing.id))!, created: false };
  }

  async get(id: string): Promise<Trail | undefined> {
    const row = await this.db<TrailRow>('trails').where({ id }).first();
    return row && toTrail(row);
  }

  async getByName(flowId: string, name: string): Promise<Trail | undefined> {
    const row = await this.db<TrailRow>('trails')
      .where({ flow_id: flowId, name })
      .first();
    return row && toTrail(row);
  }

  async list(filter: { flowId?: string }, page: Page): Promise<Trail[]> {
    const query = this.db<TrailRow>('trails').orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id' },
    ]);
    if (filter.flowId) query.where({ flow_id: filter.flowId });
    return (await query.limit(page.limit).offset(page.offset)).map(toTrail);
  }

  /** A page of the trails of these flows (optionally only these trails), newest first, and how many there are. */
  async listOfFlows(
    filter: { flowIds: string[]; trailIds?: string[] },
    page: Page,
  ): Promise<{ trails: Trail[]; total: number }> {
    const scoped = () => {
      const query = this.db<TrailRow>('trails').whereIn(
        'flow_id',
        filter.flowIds,
      );
      if (filter.trailIds) query.whereIn('id', filter.trailIds);
      return query;
    };
    const [rows, counted] = await Promise.all([
      scoped()
        .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id' }])
        .limit(page.limit)
        .offset(page.offset),
      scoped().count<Array<{ n: number | string }>>({ n: '*' }),
    ]);
    return { trails: rows.map(toTrail), total: Number(counted[0]?.n ?? 0) };
  }

  async search(term: string, limit: number): Promise<Trail[]> {
    const like = containsPattern(term);
    const rows = await this.db<TrailRow>('trails')
      .whereRaw(likeSql('lower(name)'), [like])
      .orWhereRaw(likeSql('lower(git_commit_sha)'), [like])
      .orWhereRaw(likeSql('lower(git_branch)'), [like])
      .limit(limit);
    return rows.map(toTrail);
  }
}
