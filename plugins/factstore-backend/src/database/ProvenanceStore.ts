import type { Knex } from 'knex';
import { newId, parseJson, toIso, toIsoOrUndefined } from './rows';

export type ProvenanceStatus =
  'PROVENANCE_VERIFIED' | 'PROVENANCE_UNVERIFIED' | 'PROVENANCE_FAILED';

export interface ProvenanceCheck {
  check: string;
  result: 'PASSED' | 'FAILED' | 'NOT_CHECKED';
  detail: string;
}

export interface BuildProvenance {
  id: string;
  artifactId: string;
  trailId: string;
  sha256: string;
  format: string;
  predicateType?: string;
  builderId: string;
  builderType: string;
  buildType?: string;
  buildConfigUri?: string;
  sourceRepositoryUri?: string;
  sourceCommitSha?: string;
  buildStartedOn?: string;
  buildFinishedOn?: string;
  slsaLevel: number;
  provenanceStatus: ProvenanceStatus;
  checks: ProvenanceCheck[];
  /** The statement, envelope or bundle as sent (absent for OpenFactstore's plain fields). */
  document?: unknown;
  recordedBy: string;
  recordedAt: string;
}

export type ProvenanceInput = Omit<BuildProvenance, 'id' | 'recordedAt'>;

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
const toProvenance = (row: any): BuildProvenance => ({
  id: row.id,
  artifactId: row.artifact_id,
  trailId: row.trail_id,
  sha256: row.artifact_sha256,
  format: row.format,
  predicateType: row.predicate_type ?? undefined,
  builderId: row.builder_id,
  builderType: row.builder_type,
  buildType: row.build_type ?? undefined,
  buildConfigUri: row.build_config_uri ?? undefined,
  sourceRepositoryUri: row.source_repository_uri ?? undefined,
  sourceCommitSha: row.source_commit_sha ?? undefined,
  buildStartedOn: toIsoOrUndefined(row.build_started_on),
  buildFinishedOn: toIsoOrUndefined(row.build_finished_on),
  slsaLevel: Number(row.slsa_level),
  provenanceStatus: row.provenance_status,
  checks: parseJson(row.verification, []),
  document: parseJson(row.document, undefined),
  recordedBy: row.recorded_by,
  recordedAt: toIso(row.recorded_at),
});

/** Build provenance: appended per artifact; the latest one is the artifact's provenance. */
export class ProvenanceStore {
  constructor(private readonly db: Knex) {}

  async record(input: ProvenanceInput): Promise<BuildProvenance> {
    const row = {
      id: newId(),
      artifact_id: input.artifactId,
      trail_id: input.trailId,
      artifact_sha256: input.sha256,
      format: input.format,
      predicate_type: input.predicateType ?? null,
      builder_id: input.builderId,
      builder_type: input.builderType,
      build_type: input.buildType ?? null,
      build_config_uri: input.buildConfigUri ?? null,
      source_repository_uri: input.sourceRepositoryUri ?? null,
      source_commit_sha: input.sourceCommitSha ?? null,
      build_started_on: input.buildStartedOn
        ? new Date(input.buildStartedOn)
        : null,
      build_finished_on: input.buildFinishedOn
        ? new Date(input.buildFinishedOn)
        : null,
      slsa_level: input.slsaLevel,
      provenance_status: input.provenanceStatus,
      document:
        input.document === undefined ? null : JSON.stringify(input.document),
      verification: JSON.stringify(input.checks),
      recorded_by: input.recordedBy,
      recorded_at: new Date(),
    };
    await this.db('build_provenance').insert(row);
    return toProvenance(row);
  }

  /** The artifact's provenance: the latest one recorded for it. */
  async latestForArtifact(
    artifactId: string,
  ): Promise<BuildProvenance | undefined> {
    const row = await this.db('build_provenance')
      .where({ artifact_id: artifactId })
      .orderBy('seq', 'desc')
      .first();
    return row && toProvenance(row);
  }

  /** The latest provenance of a digest in each trail it was recorded in, newest first. */
  async latestForDigest(
    sha256: string,
    limit = 100,
  ): Promise<BuildProvenance[]> {
    const newest = this.db('build_provenance')
      .where({ artifact_sha256: sha256 })
      .groupBy('artifact_id')
      .max('seq');
    const rows = await this.db('build_provenance')
      .whereIn('seq', newest)
      .orderBy('seq', 'desc')
      .limit(limit);
    return rows.map(toProvenance);
  }

  /** The latest provenance of each of these artifact reports, in one query. */
  async latestForArtifacts(
    artifactIds: string[],
  ): Promise<Map<string, BuildProvenance>> {
    const found = new Map<string, BuildProvenance>();
    if (artifactIds.length === 0) return found;
    const newest = this.db('build_provenance')
      .whereIn('artifact_id', artifactIds)
      .groupBy('artifact_id')
      .max('seq');
    const rows = await this.db('build_provenance').whereIn('seq', newest);
    for (const row of rows) found.set(row.artifact_id, toProvenance(row));
    return found;
  }
}
