import type { Knex } from 'knex';
import { toIso } from './rows';
import { severitySums } from './SecurityScanStore';

/** A trail as a report lists it. */
export interface ReportTrail {
  id: string;
  flowId: string;
  gitCommitSha: string | null;
  gitBranch: string | null;
  gitAuthor: string | null;
  createdAt: string;
}

export interface TrailWindow {
  flowId?: string;
  from?: Date;
  to?: Date;
}

/** Where a page of trails ends: the next page starts after it (newest first). */
export interface TrailCursor {
  createdAt: string;
  id: string;
}

const count = (row: Record<string, unknown> | undefined, key = 'n') =>
  Number(row?.[key] ?? 0);

/** The aggregate reads of the reports, metrics and dashboard routes: counts made by the database. */
export class ReportStore {
  constructor(private readonly db: Knex) {}

  /**
   * One page of the trails in a window, newest first, after `cursor`. A keyset page: every page
   * costs the same however deep the report goes.
   */
  async trailsPage(
    window: TrailWindow,
    cursor: TrailCursor | undefined,
    limit: number,
  ): Promise<ReportTrail[]> {
    const query = this.db('trails')
      .select(
        'id',
        'flow_id',
        'git_commit_sha',
        'git_branch',
        'git_author',
        'created_at',
      )
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    if (window.flowId) query.where({ flow_id: window.flowId });
    if (window.from) query.where('created_at', '>=', window.from);
    if (window.to) query.where('created_at', '<=', window.to);
    if (cursor) {
      const at = new Date(cursor.createdAt);
      query.where(q =>
        q
          .where('created_at', '<', at)
          .orWhere(q2 =>
            q2.where('created_at', '=', at).where('id', '<', cursor.id),
          ),
      );
    }
    return (await query).map(row => ({
      id: row.id,
      flowId: row.flow_id,
      gitCommitSha: row.git_commit_sha ?? null,
      gitBranch: row.git_branch ?? null,
      gitAuthor: row.git_author ?? null,
      createdAt: toIso(row.created_at),
    }));
  }

  /** How many of each thing is stored (archived flows and environments not counted). */
  async totals() {
    // One after another: inside a transaction they share one connection.
    const flows = await this.db('flows')
      .whereNull('archived_at')
      .count({ n: '*' })
      .first();
    const trails = await this.db('trails').count({ n: '*' }).first();
    const artifacts = await this.db('artifacts').count({ n: '*' }).first();
    const attestations = await this.countBy('attestations', 'status');
    const approvals = await this.countBy('approvals', 'status');
    const environments = await this.db('environments')
      .whereNull('archived_at')
      .count({ n: '*' })
      .first();
    return {
      flows: count(flows),
      trails: count(trails),
      artifacts: count(artifacts),
      environments: count(environments),
      attestationsByStatus: attestations,
      approvalsByStatus: approvals,
    };
  }

  /** Rows of a table counted by one column's value. */
  private async countBy(
    table: string,
    column: string,
  ): Promise<Record<string, number>> {
    const rows: Array<Record<string, unknown>> = await this.db(table)
      .select(column)
      .count({ n: '*' })
      .groupBy(column);
    return Object.fromEntries(rows.map(r => [String(r[column]), count(r)]));
  }

  /**
   * Findings by severity over the scans in force: for each trail, artifact and scan name only
   * the latest scan counts (a rescan replaces the one before, as assert and the gate read them).
   */
  async securityTotals(since?: Date) {
    const latest = this.db('security_scans')
      .max({ seq: 'seq' })
      .groupBy('trail_id', 'artifact_sha256', 'name');
    const query = this.db('security_scans').whereIn('seq', latest);
    if (since) query.where('created_at', '>=', since);
    const totals = await query
      .clone()
      .select(
        this.db.raw('count(*) as scans'),
        this.db.raw('count(distinct trail_id) as trails'),
        ...severitySums(this.db),
        this.db.raw(
          'count(distinct case when critical_count > 0 then trail_id end) as trails_with_critical',
        ),
        this.db.raw(
          'count(distinct case when high_count > 0 then trail_id end) as trails_with_high',
        ),
      )
      .first();
    const byTool: Array<Record<string, unknown>> = await query
      .clone()
      .select('tool')
      .count({ n: '*' })
      .sum({ critical: 'critical_count', high: 'high_count' })
      .groupBy('tool')
      .orderBy('tool');
    // A scan fails when it breaches its flow's thresholds (null max_low: unlimited).
    const failedQuery = this.db('security_scans as s')
      .join('trails as t', 't.id', 's.trail_id')
      .join('security_thresholds as th', 'th.flow_id', 't.flow_id')
      .whereIn('s.seq', latest)
      .where(q =>
        q
          .whereRaw('s.critical_count > th.max_critical')
          .orWhereRaw('s.high_count > th.max_high')
          .orWhereRaw('s.medium_count > th.max_medium')
          .orWhereRaw('(th.max_low is not null and s.low_count > th.max_low)'),
      );
    if (since) failedQuery.where('s.created_at', '>=', since);
    const failed = await failedQuery.count({ n: '*' }).first();
    return {
      scansInForce: count(totals, 'scans'),
      scansBreachingThresholds: count(failed),
      trailsScanned: count(totals, 'trails'),
      findings: {
        critical: count(totals, 'critical'),
        high: count(totals, 'high'),
        medium: count(totals, 'medium'),
        low: count(totals, 'low'),
        unknown: count(totals, 'unknown'),
      },
      trailsWithCritical: count(totals, 'trails_with_critical'),
      trailsWithHigh: count(totals, 'trails_with_high'),
      byTool: byTool.map(row => ({
        tool: String(row.tool),
        scans: count(row),
        critical: count(row, 'critical'),
        high: count(row, 'high'),
      })),
    };
  }

  /** Gate decisions by outcome. */
  async gateTotals(since?: Date) {
    const query = this.db('gate_results');
    if (since) query.where('evaluated_at', '>=', since);
    const row = await query
      .select(
        this.db.raw('count(*) as total'),
        this.db.raw(
          'coalesce(sum(case when allowed then 1 else 0 end), 0) as allowed',
        ),
      )
      .first();
    return { total: count(row, 'total'), allowed: count(row, 'allowed') };
  }
}
