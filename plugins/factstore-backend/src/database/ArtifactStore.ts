import type { Knex } from 'knex';
import { containsPattern, likeSql, newId, parseJson, toIso } from './rows';

export interface Artifact {
  id: string;
  trailId: string;
  sha256: string;
  name: string;
  tag?: string;
  registry?: string;
  templateReferenceName?: string;
  extra: Record<string, unknown>;
  reportedBy: string;
  reportedAt: string;
}

export type ArtifactInput = Omit<Artifact, 'id' | 'reportedBy' | 'reportedAt'>;

interface ArtifactRow {
  id: string;
  trail_id: string;
  sha256: string;
  name: string;
  tag: string | null;
  registry: string | null;
  template_reference_name: string | null;
  extra: string;
  reported_by: string;
  reported_at: string | Date;
}

function toArtifact(row: ArtifactRow): Artifact {
  return {
    id: row.id,
    trailId: row.trail_id,
    sha256: row.sha256,
    name: row.name,
    tag: row.tag ?? undefined,
    registry: row.registry ?? undefined,
    templateReferenceName: row.template_reference_name ?? undefined,
    extra: parseJson(row.extra, {}),
    reportedBy: row.reported_by,
    reportedAt: toIso(row.reported_at),
  };
}

/** An artifact found in a flow, with the trail it was reported in. */
export interface ArtifactInFlow extends Artifact {
  flowId: string;
  trailName: string;
}

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
export const toArtifactInFlow = (row: any): ArtifactInFlow => ({
  ...toArtifact(row),
  flowId: row.flow_id,
  trailName: row.trail_name,
});

/** Artifacts reported into trails. */
export class ArtifactStore {
  constructor(private readonly db: Knex) {}

  /** Reporting the same digest to the same trail again returns the first report (CI retries). */
  async report(
    input: ArtifactInput,
    reportedBy: string,
  ): Promise<{ artifact: Artifact; created: boolean }> {
    const row = {
      id: newId(),
      trail_id: input.trailId,
      sha256: input.sha256,
      name: input.name,
      tag: input.tag ?? null,
      registry: input.registry ?? null,
      template_reference_name: input.templateReferenceName ?? null,
      extra: JSON.stringify(input.extra),
      reported_by: reportedBy,
      reported_at: new Date(),
    };
    const inserted = await this.db('artifacts')
      .insert(row)
      .onConflict(['trail_id', 'sha256'])
      .ignore()
      .returning('id');
    if (inserted.length > 0)
      return { artifact: toArtifact(row), created: true };
    const existing = await this.db<ArtifactRow>('artifacts')
      .where({ trail_id: input.trailId, sha256: input.sha256 })
      .first();
    return { artifact: toArtifact(existing!), created: false };
  }

  /** One artifact of one trail, by its primary key; undefined when the trail has no such artifact. */
  async getInTrail(
    trailId: string,
    artifactId: string,
  ): Promise<Artifact | undefined> {
    const row = await this.db<ArtifactRow>('artifacts')
      .where({ id: artifactId, trail_id: trailId })
      .first();
    return row && toArtifact(row);
  }

  async listByTrail(trailId: string): Promise<Artifact[]> {
    return (
      await this.db<ArtifactRow>('artifacts')
        .where({ trail_id: trailId })
        .orderBy('reported_at')
    ).map(toArtifact);
  }

  /** The artifacts of several trails, in one query, in the order they were reported. */
  async listByTrails(trailIds: string[]): Promise<Artifact[]> {
    if (trailIds.length === 0) return [];
    return (
      await this.db<ArtifactRow>('artifacts')
        .whereIn('trail_id', trailIds)
        .orderBy([{ column: 'reported_at' }, { column: 'id' }])
    ).map(toArtifact);
  }

  async findBySha(sha256: string, limit = 100): Promise<Artifact[]> {
    const rows = await this.db<ArtifactRow>('artifacts')
      .where({ sha256 })
      .orderBy('reported_at', 'desc')
      .limit(limit);
    return rows.map(toArtifact);
  }

  /** The most recent report of a digest in a flow (or in any flow of an org). */
  async latestInFlow(
    sha256: string,
    scope: { flowId?: string; org?: string },
  ): Promise<ArtifactInFlow | undefined> {
    const query = this.db('artifacts as a')
      .join('trails as t', 't.id', 'a.trail_id')
      .where('a.sha256', sha256)
      .select('a.*', 't.flow_id as flow_id', 't.name as trail_name')
      .orderBy('a.reported_at', 'desc')
      .first();
    if (scope.flowId) query.where('t.flow_id', scope.flowId);
    if (scope.org)
      query.join('flows as f', 'f.id', 't.flow_id').where('f.org', scope.org);
    const row = await query;
    return row && toArtifactInFlow(row);
  }

  /** Every report of a digest in a flow, newest first, with its trail's name. */
  async reportsInFlow(
    flowId: string,
    sha256: string,
  ): Promise<ArtifactInFlow[]> {
    const rows = await this.db('artifacts as a')
      .join('trails as t', 't.id', 'a.trail_id')
      .where({ 't.flow_id': flowId, 'a.sha256': sha256 })
      .select('a.*', 't.flow_id as flow_id', 't.name as trail_name')
      .orderBy([{ column: 'a.reported_at', order: 'desc' }, { column: 'a.id' }])
      .limit(1000);
    return rows.map(toArtifactInFlow);
  }

  /** A page of the artifacts reported in an org (or one flow of it), newest first, with flow and trail. */
  async listInOrg(
    scope: { org: string; flowId?: string },
    page: { limit: number; offset: number },
  ): Promise<ArtifactInFlow[]> {
    const query = this.db('artifacts as a')
      .join('trails as t', 't.id', 'a.trail_id')
      .join('flows as f', 'f.id', 't.flow_id')
      .where('f.org', scope.org)
      .select('a.*', 't.flow_id as flow_id', 't.name as trail_name')
      .orderBy([{ column: 'a.reported_at', order: 'desc' }, { column: 'a.id' }])
      .limit(page.limit)
      .offset(page.offset);
    if (scope.flowId) query.where('t.flow_id', scope.flowId);
    return (await query).map(toArtifactInFlow);
  }

  /** Artifacts of an org whose digest, or whose trail's commit, starts with a prefix (`kosli search`). */
  async findByPrefix(
    org: string,
    prefix: string,
    limit: number,
  ): Promise<{ byDigest: ArtifactInFlow[]; byCommit: ArtifactInFlow[] }> {
    const hex = prefix.toLowerCase().replace(/[^0-9a-f]/g, '');
    const base = () =>
      this.db('artifacts as a')
        .join('trails as t', 't.id', 'a.trail_id')
        .join('flows as f', 'f.id', 't.flow_id')
        .where('f.org', org)
        .select('a.*', 't.flow_id as flow_id', 't.name as trail_name')
        .orderBy('a.reported_at', 'desc')
        .limit(limit);
    const [byDigest, byCommit] = await Promise.all([
      base().where('a.sha256', 'like', `${hex}%`),
      base().where('t.git_commit_sha', 'like', `${hex}%`),
    ]);
    return {
      byDigest: byDigest.map(toArtifactInFlow),
      byCommit: byCommit.map(toArtifactInFlow),
    };
  }

  async search(term: string, limit: number): Promise<Artifact[]> {
    const like = containsPattern(term);
    const rows = await this.db<ArtifactRow>('artifacts')
      .whereRaw(likeSql('lower(name)'), [like])
      .orWhereRaw(likeSql('sha256'), [like])
      .limit(limit);
    return rows.map(toArtifact);
  }
}
