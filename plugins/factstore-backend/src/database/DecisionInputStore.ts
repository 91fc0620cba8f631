import type { Knex } from 'knex';
import { toApproval, type Approval } from './ApprovalStore';
import {
  latestAboutSql,
  latestAttestationsOf,
  type LatestAttestation,
} from './AttestationStore';
import {
  toAllow,
  toSnapshot,
  type AllowlistEntry,
  type Snapshot,
} from './EnvironmentStore';
import { toThresholds, type SecurityThresholds } from './FlowStore';
import {
  latestScansOf,
  SUMMARY_COLUMNS,
  type SecurityScan,
} from './SecurityScanStore';
import { queryPrepared } from './prepared';
import { toTrail, type Trail } from './TrailStore';

/** What a policy decision about one digest reads, besides the artifact's report and the flow. */
export interface DecisionInputs {
  trail?: Trail;
  /** The latest attestation of every (type, name), trail-wide or about the digest, oldest first. */
  latest: LatestAttestation[];
  /** The trail's approvals, newest first. */
  approvals: Approval[];
  thresholds?: SecurityThresholds;
  allowlist: AllowlistEntry[];
  snapshot?: Snapshot;
  /** Per name, the latest scan about the whole trail or the digest, oldest first. */
  scans: SecurityScan[];
}

export interface DecisionInputKeys {
  sha256: string;
  trailId?: string;
  flowId?: string;
  environmentId?: string;
}

/** SQL expressions (named bindings, or subqueries of a larger statement) a decision is read by. */
export interface DecisionInputExpressions {
  trail: string;
  artifact: string;
  flow: string;
  environment: string;
  /**
   * A boolean expression: whether a policy's input document is built from these reads. Where it
   * is false only what the flow's verdict reads (assertFactsOf) is read: the latest attestations,
   * the thresholds, the scans and, when the flow requires approval, the newest approval; the
   * trail, the environment's allow-list and its snapshot answer nothing. Omitted: all is read.
   */
  document?: string;
}

/**
 * PostgreSQL: every read of DecisionInputs as columns of one statement, each a subquery answering
 * JSON, so a decision costs one round trip (and one pool connection) for them instead of seven.
 * The subqueries are the stores' own reads; their rows are mapped by the stores' own mappers (JSON
 * gives timestamps as ISO strings, which they accept).
 */
export function decisionInputColumns(e: DecisionInputExpressions): string {
  const forDocument = e.document ? ` and ${e.document}` : '';
  const approvals = e.document
    ? `case when ${e.document} then 1000
      when (select requires_approval from flows where id = ${e.flow}) then 1 else 0 end`
    : '1000';
  return `(select row_to_json(t) from trails t where t.id = ${e.trail}${forDocument}) as trail,
  (select coalesce(json_agg(l), '[]') from (${latestAboutSql(e.trail, e.artifact)}) l) as latest,
  (select coalesce(json_agg(a order by a.requested_at desc), '[]') from (
    select * from approvals where trail_id = ${e.trail} order by requested_at desc limit ${approvals}) a
  ) as approvals,
  (select row_to_json(s) from security_thresholds s where s.flow_id = ${e.flow}) as thresholds,
  (select coalesce(json_agg(w order by w.created_at), '[]')
    from allowlist w where w.environment_id = ${e.environment}${forDocument}) as allowlist,
  (select row_to_json(n) from (
    select * from snapshots where environment_id = ${e.environment}${forDocument}
    order by snapshot_index desc limit 1) n
  ) as snapshot,
  (select coalesce(json_agg(c order by c.seq desc), '[]') from (
    select ${SUMMARY_COLUMNS.join(', ')} from security_scans
    where trail_id = ${e.trail} and (artifact_sha256 is null or artifact_sha256 = ${e.artifact})) c
  ) as scans`;
}

/** DecisionInputs from the JSON columns of decisionInputColumns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function decisionInputsOf(row: any): DecisionInputs {
  return {
    trail: row.trail ? toTrail(row.trail) : undefined,
    latest: latestAttestationsOf(row.latest),
    approvals: row.approvals.map(toApproval),
    thresholds: row.thresholds ? toThresholds(row.thresholds) : undefined,
    allowlist: row.allowlist.map(toAllow),
    snapshot: row.snapshot ? toSnapshot(row.snapshot) : undefined,
    scans: latestScansOf(row.scans),
  };
}

const DECISION_INPUTS_SQL = `select ${decisionInputColumns({
  trail: ':trail',
  artifact: ':artifact',
  flow: ':flow',
  environment: ':environment',
})}`;

export class DecisionInputStore {
  constructor(private readonly db: Knex) {}

  /** DecisionInputs in one statement on PostgreSQL; undefined elsewhere (read them one by one). */
  async readAtOnce(
    keys: DecisionInputKeys,
  ): Promise<DecisionInputs | undefined> {
    if (this.db.client.config.client !== 'pg') return undefined;
    const [row] = await queryPrepared(
      this.db,
      'factstore_decision_inputs',
      DECISION_INPUTS_SQL,
      {
        trail: keys.trailId ?? null,
        artifact: keys.sha256,
        flow: keys.flowId ?? null,
        environment: keys.environmentId ?? null,
      },
    );
    return decisionInputsOf(row);
  }
}
