import type { Knex } from 'knex';
import { parseJson, toIso, type Page } from './rows';

export type AssessmentScope = 'TRAIL' | 'FLOW' | 'ENVIRONMENT';
export type OverallStatus =
  'COMPLIANT' | 'NON_COMPLIANT' | 'PARTIAL' | 'NOT_APPLICABLE';

export interface Assessment {
  id: string;
  frameworkId: string;
  scopeType: AssessmentScope;
  scopeId: string;
  overallStatus: OverallStatus;
  summary: Record<string, unknown>;
  controlResults: unknown[];
  assessedBy: string;
  assessedAt: string;
}

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
const toAssessment = (row: any): Assessment => ({
  id: row.id,
  frameworkId: row.framework_id,
  scopeType: row.scope_type,
  scopeId: row.scope_id,
  overallStatus: row.overall_status,
  summary: parseJson(row.summary, {}),
  controlResults: parseJson(row.control_results, []),
  assessedBy: row.assessed_by,
  assessedAt: toIso(row.assessed_at),
});

/** One run of a digest in an environment: the consecutive snapshots that held it. */
export interface SnapshotHolding {
  environmentId: string;
  snapshotIndex: number;
  recordedAt: string;
}

/** Compliance assessments, and the reads the chain of custody and the assessment need. */
export class AssessmentStore {
  constructor(private readonly db: Knex) {}

  async record(assessment: Assessment): Promise<Assessment> {
    await this.db('compliance_assessments').insert({
      id: assessment.id,
      framework_id: assessment.frameworkId,
      scope_type: assessment.scopeType,
      scope_id: assessment.scopeId,
      overall_status: assessment.overallStatus,
      summary: JSON.stringify(assessment.summary),
      control_results: JSON.stringify(assessment.controlResults),
      assessed_by: assessment.assessedBy,
      assessed_at: new Date(assessment.assessedAt),
    });
    return assessment;
  }

  async get(id: string): Promise<Assessment | undefined> {
    const row = await this.db('compliance_assessments').where({ id }).first();
    return row && toAssessment(row);
  }

  /** Newest first. */
  async list(
    filter: { frameworkId?: string; scopeType?: string; scopeId?: string },
    page: Page,
  ): Promise<Assessment[]> {
    const query = this.db('compliance_assessments');
    if (filter.frameworkId) query.where('framework_id', filter.frameworkId);
    if (filter.scopeType) query.where('scope_type', filter.scopeType);
    if (filter.scopeId) query.where('scope_id', filter.scopeId);
    const rows = await query
      .orderBy('seq', 'desc')
      .limit(page.limit)
      .offset(page.offset);
    return rows.map(toAssessment);
  }

  /** The latest assessment of each scope against a framework: what a regulatory report shows. */
  async latestPerScope(
    frameworkId: string,
    limit: number,
  ): Promise<Assessment[]> {
    const newest = this.db('compliance_assessments')
      .where({ framework_id: frameworkId })
      .groupBy('scope_type', 'scope_id')
      .max('seq');
    const rows = await this.db('compliance_assessments')
      .whereIn('seq', newest)
      .orderBy('seq', 'desc')
      .limit(limit);
    return rows.map(toAssessment);
  }

  /** Every snapshot that held a digest, per environment in index order (at most `limit`). */
  async snapshotsHolding(
    sha256: string,
    limit: number,
  ): Promise<SnapshotHolding[]> {
    const rows = await this.db('snapshots')
      .where(
        'artifacts',
        'like',
        `%"sha256":"${sha256.replace(/[^0-9a-f]/g, '')}"%`,
      )
      .orderBy([{ column: 'environment_id' }, { column: 'snapshot_index' }])
      .limit(limit)
      .select('environment_id', 'snapshot_index', 'recorded_at');
    return rows.map(r => ({
      environmentId: r.environment_id,
      snapshotIndex: Number(r.snapshot_index),
      recordedAt: toIso(r.recorded_at),
    }));
  }

  /** The snapshot right after each given one (when the digest may have left), in one query. */
  async snapshotsAfter(
    pairs: Array<{ environmentId: string; snapshotIndex: number }>,
  ): Promise<SnapshotHolding[]> {
    if (pairs.length === 0) return [];
    const rows = await this.db('snapshots')
      .where(q => {
        for (const p of pairs)
          q.orWhere(w =>
            w
              .where('environment_id', p.environmentId)
              .andWhere('snapshot_index', p.snapshotIndex + 1),
          );
      })
      .select('environment_id', 'snapshot_index', 'recorded_at');
    return rows.map(r => ({
      environmentId: r.environment_id,
      snapshotIndex: Number(r.snapshot_index),
      recordedAt: toIso(r.recorded_at),
    }));
  }

  /** The latest gate result of each digest, in one query. */
  async latestGateResults(sha256s: string[]): Promise<
    Map<
      string,
      {
        id: string;
        allowed: boolean;
        environmentId: string | null;
        reasons: Array<{ policyId?: string; passed: boolean; message: string }>;
        evaluatedAt: string;
      }
    >
  > {
    const found = new Map();
    if (sha256s.length === 0) return found;
    const rows = await this.db('gate_results')
      .whereIn('sha256', sha256s)
      .orderBy([
        { column: 'evaluated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    for (const row of rows) {
      if (found.has(row.sha256)) continue;
      found.set(row.sha256, {
        id: row.id,
        allowed: Boolean(row.allowed),
        environmentId: row.environment_id ?? null,
        reasons: parseJson(row.reasons, []),
        evaluatedAt: toIso(row.evaluated_at),
      });
    }
    return found;
  }
}
