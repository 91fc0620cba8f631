import type { Knex } from 'knex';
import { ApprovalStore } from './ApprovalStore';
import { ArtifactStore } from './ArtifactStore';
import { AssertReadStore } from './AssertReadStore';
import { AttestationStore } from './AttestationStore';
import { AttestationTypeStore } from './AttestationTypeStore';
import { AuditStore } from './AuditStore';
import { DecisionInputStore } from './DecisionInputStore';
import { EnvironmentStore } from './EnvironmentStore';
import { EvidenceStore } from './EvidenceStore';
import { FlowStore } from './FlowStore';
import { LedgerStore } from './LedgerStore';
import { PolicyEngineStore } from './PolicyEngineStore';
import { PolicyStore } from './PolicyStore';
import { NotificationStore } from './NotificationStore';
import { ReportStore } from './ReportStore';
import { SecurityScanStore } from './SecurityScanStore';
import { TrailStore } from './TrailStore';
import { AssessmentStore } from './AssessmentStore';
import { FrameworkStore } from './FrameworkStore';
import { ProvenanceStore } from './ProvenanceStore';
import { SlackStore } from './SlackStore';
import { AtlassianStore } from './AtlassianStore';
import { WebhookStore } from './WebhookStore';

class DryRunRollback extends Error {
  constructor(readonly value: unknown) {
    super('dry run');
  }
}

/** Every store, bound to one connection or one transaction. */
export class FactStore {
  readonly flows: FlowStore;
  readonly trails: TrailStore;
  readonly artifacts: ArtifactStore;
  readonly attestations: AttestationStore;
  readonly evidence: EvidenceStore;
  readonly environments: EnvironmentStore;
  readonly approvals: ApprovalStore;
  readonly policies: PolicyStore;
  readonly audit: AuditStore;
  readonly scans: SecurityScanStore;
  readonly ledger: LedgerStore;
  readonly engine: PolicyEngineStore;
  readonly reports: ReportStore;
  readonly notifications: NotificationStore;
  readonly provenance: ProvenanceStore;
  readonly frameworks: FrameworkStore;
  readonly assessments: AssessmentStore;
  readonly webhooks: WebhookStore;
  readonly slack: SlackStore;
  readonly atlassian: AtlassianStore;
  readonly attestationTypes: AttestationTypeStore;
  readonly decisionInputs: DecisionInputStore;
  readonly assertReads: AssertReadStore;

  /**
   * @param inTransaction - bound to one transaction, whose statements share one connection and
   *   so must run one after another; otherwise independent reads may run at once.
   */
  constructor(
    private readonly db: Knex,
    readonly inTransaction = false,
  ) {
    this.flows = new FlowStore(db);
    this.trails = new TrailStore(db);
    this.artifacts = new ArtifactStore(db);
    this.attestations = new AttestationStore(db);
    this.evidence = new EvidenceStore(db);
    this.environments = new EnvironmentStore(db);
    this.approvals = new ApprovalStore(db);
    this.policies = new PolicyStore(db);
    this.audit = new AuditStore(db);
    this.scans = new SecurityScanStore(db);
    this.ledger = new LedgerStore(db);
    this.engine = new PolicyEngineStore(db);
    this.reports = new ReportStore(db);
    this.notifications = new NotificationStore(db);
    this.provenance = new ProvenanceStore(db);
    this.frameworks = new FrameworkStore(db);
    this.assessments = new AssessmentStore(db);
    this.webhooks = new WebhookStore(db);
    this.slack = new SlackStore(db);
    this.atlassian = new AtlassianStore(db);
    this.attestationTypes = new AttestationTypeStore(db);
    this.decisionInputs = new DecisionInputStore(db);
    this.assertReads = new AssertReadStore(db);
  }

  /**
   * Runs `work` in one transaction. With `dryRun` everything is validated and written as usual,
   * then rolled back, so the answer is exactly what a real request would get and nothing stays.
   */
  async transaction<T>(
    dryRun: boolean,
    work: (tx: FactStore) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(async trx => {
        const value = await work(new FactStore(trx, true));
        if (dryRun) throw new DryRunRollback(value);
        return value;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.value as T;
      throw error;
    }
  }

  /**
   * Runs independent reads: at once on the pool, one after another in a transaction (pg refuses
   * overlapping queries on one connection).
   */
  async all<T extends readonly unknown[]>(reads: {
    [K in keyof T]: () => Promise<T[K]>;
  }): Promise<T> {
    if (!this.inTransaction)
      return (await Promise.all(reads.map(read => read()))) as unknown as T;
    const values: unknown[] = [];
    for (const read of reads) values.push(await read());
    return values as unknown as T;
  }
}
