import type { Knex } from 'knex';
import { newId, toIso, toIsoOrUndefined } from './rows';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface Approval {
  id: string;
  trailId: string;
  status: ApprovalStatus;
  requestComment: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string;
  decisionComment?: string;
  decidedAt?: string;
}

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
export const toApproval = (row: any): Approval => ({
  id: row.id,
  trailId: row.trail_id,
  status: row.status,
  requestComment: row.request_comment,
  requestedBy: row.requested_by,
  requestedAt: toIso(row.requested_at),
  decidedBy: row.decided_by ?? undefined,
  decisionComment: row.decision_comment ?? undefined,
  decidedAt: toIsoOrUndefined(row.decided_at),
});

/** Approval requests on trails and their decisions. */
export class ApprovalStore {
  constructor(private readonly db: Knex) {}

  async request(
    trailId: string,
    comment: string,
    requestedBy: string,
  ): Promise<Approval> {
    const row = {
      id: newId(),
      trail_id: trailId,
      status: 'PENDING',
      request_comment: comment,
      requested_by: requestedBy,
      requested_at: new Date(),
    };
    await this.db('approvals').insert(row);
    return toApproval(row);
  }

  async get(id: string): Promise<Approval | undefined> {
    const row = await this.db('approvals').where({ id }).first();
    return row && toApproval(row);
  }

  async list(filter: {
    trailId?: string;
    status?: ApprovalStatus;
  }): Promise<Approval[]> {
    const query = this.db('approvals')
      .orderBy('requested_at', 'desc')
      .limit(1000);
    if (filter.trailId) query.where({ trail_id: filter.trailId });
    if (filter.status) query.where({ status: filter.status });
    return (await query).map(toApproval);
  }

  /** The most recent approval request of a trail. */
  async latestForTrail(trailId: string): Promise<Approval | undefined> {
    const row = await this.db('approvals')
      .where({ trail_id: trailId })
      .orderBy('requested_at', 'desc')
      .first();
    return row && toApproval(row);
  }

  /** The most recent approval request of each of these trails, in one query. */
  async latestForTrails(trailIds: string[]): Promise<Map<string, Approval>> {
    const latest = new Map<string, Approval>();
    if (trailIds.length === 0) return latest;
    const rows = await this.db('approvals')
      .whereIn('trail_id', trailIds)
      .orderBy([{ column: 'requested_at', order: 'desc' }, { column: 'id' }]);
    for (const row of rows)
      if (!latest.has(row.trail_id)) latest.set(row.trail_id, toApproval(row));
    return latest;
  }

  /** Every approval of a flow's trails, oldest first (Kosli numbers them 1, 2, … in this order). */
  async listOfFlow(
    flowId: string,
  ): Promise<Array<Approval & { trailName: string }>> {
    const rows = await this.db('approvals as a')
      .join('trails as t', 't.id', 'a.trail_id')
      .where('t.flow_id', flowId)
      .select('a.*', 't.name as trail_name')
      .orderBy([{ column: 'a.requested_at' }, { column: 'a.id' }])
      .limit(10_000);
    return rows.map(row => ({ ...toApproval(row), trailName: row.trail_name }));
  }

  /** Decides a PENDING approval; false when it was decided meanwhile. */
  async decide(
    id: string,
    status: 'APPROVED' | 'REJECTED',
    decidedBy: string,
    comment: string,
  ): Promise<boolean> {
    const updated = await this.db('approvals')
      .where({ id, status: 'PENDING' })
      .update({
        status,
        decided_by: decidedBy,
        decision_comment: comment,
        decided_at: new Date(),
      });
    return updated > 0;
  }
}
