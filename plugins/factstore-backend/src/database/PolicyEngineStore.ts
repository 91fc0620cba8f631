import type { Knex } from 'knex';
import type { LedgerLeaf } from '../ledger/leaf';
import { auditEventRow, type AuditEventInput } from './AuditStore';
import { ledgerEntryRow } from './LedgerStore';
import { definedOnly, newId, parseJson, toIso, type Page } from './rows';
import { queryPrepared } from './prepared';

export type PolicyLanguage = 'cel' | 'rego';

export interface CelRule {
  name: string;
  expression: string;
  /** The violation reported when the rule is false; "<name> is false" when absent. */
  message?: string;
}

export interface Policy {
  id: string;
  name: string;
  description: string;
  orgSlug?: string;
  language: PolicyLanguage;
  rules: CelRule[];
  entrypoint?: string;
  bundleId?: string;
  enforceProvenance: boolean;
  enforceTrailCompliance: boolean;
  requiredAttestationTypes: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type PolicyInput = Omit<
  Policy,
  'id' | 'createdBy' | 'createdAt' | 'updatedAt'
>;

export interface PolicyAttachment {
  id: string;
  policyId: string;
  environmentId: string;
  createdBy: string;
  createdAt: string;
}

export type BundleEngine = 'wasm' | 'opa-server';

export interface OpaBundle {
  id: string;
  name: string;
  version: string;
  revision?: string;
  sha256: string;
  sizeBytes: number;
  status: 'ACTIVE' | 'INACTIVE';
  engine: BundleEngine;
  entrypoints: string[];
  regoFiles: Array<{ path: string; package?: string }>;
  orgSlug?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyDecision {
  id: string;
  policyId?: string;
  policyName?: string;
  bundleId?: string;
  language: PolicyLanguage;
  engine: 'cel' | 'wasm' | 'opa-server' | 'builtin';
  entrypoint?: string;
  allow: boolean;
  violations: string[];
  result?: unknown;
  error?: string;
  input: unknown;
  sha256?: string;
  environmentId?: string;
  gateResultId?: string;
  source: 'gate' | 'assert' | 'opa-evaluate';
  orgSlug?: string;
  evaluatedBy: string;
  evaluatedAt: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export const toPolicy = (row: any): Policy => ({
  id: row.id,
  name: row.name,
  description: row.description,
  orgSlug: row.org_slug ?? undefined,
  language: row.language,
  rules: parseJson(row.rules, []),
  entrypoint: row.entrypoint ?? undefined,
  bundleId: row.bundle_id ?? undefined,
  enforceProvenance: Boolean(row.enforce_provenance),
  enforceTrailCompliance: Boolean(row.enforce_trail_compliance),
  requiredAttestationTypes: parseJson(row.required_attestation_types, []),
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});
const toAttachment = (row: any): PolicyAttachment => ({
  id: row.id,
  policyId: row.policy_id,
  environmentId: row.environment_id,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
});
const toBundle = (row: any): OpaBundle => ({
  id: row.id,
  name: row.name,
  version: row.version,
  revision: row.revision ?? undefined,
  sha256: row.sha256,
  sizeBytes: Number(row.size_bytes),
  status: row.status,
  engine: row.engine,
  entrypoints: parseJson(row.entrypoints, []),
  regoFiles: parseJson(row.rego_files, []),
  orgSlug: row.org_slug ?? undefined,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});
const toDecision = (row: any): PolicyDecision => ({
  id: row.id,
  policyId: row.policy_id ?? undefined,
  policyName: row.policy_name ?? undefined,
  bundleId: row.bundle_id ?? undefined,
  language: row.language,
  engine: row.engine,
  entrypoint: row.entrypoint ?? undefined,
  allow: Boolean(row.allow),
  violations: parseJson(row.violations, []),
  result: parseJson(row.result, undefined),
  error: row.error ?? undefined,
  input: parseJson(row.input, {}),
  sha256: row.sha256 ?? undefined,
  environmentId: row.environment_id ?? undefined,
  gateResultId: row.gate_result_id ?? undefined,
  source: row.source,
  orgSlug: row.org_slug ?? undefined,
  evaluatedBy: row.evaluated_by,
  evaluatedAt: toIso(row.evaluated_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const BUNDLE_COLUMNS = [
  'id',
  'name',
  'version',
  'revision',
  'sha256',
  'size_bytes',
  'status',
  'engine',
  'entrypoints',
  'rego_files',
  'org_slug',
  'created_by',
  'created_at',
  'updated_at',
];

const policyColumns = (input: Partial<PolicyInput>) =>
  definedOnly({
    name: input.name,
    description: input.description,
    org_slug: input.orgSlug,
    language: input.language,
    rules: input.rules && JSON.stringify(input.rules),
    entrypoint: input.entrypoint,
    bundle_id: input.bundleId,
    enforce_provenance: input.enforceProvenance,
    enforce_trail_compliance: input.enforceTrailCompliance,
    required_attestation_types:
      input.requiredAttestationTypes &&
      JSON.stringify(input.requiredAttestationTypes),
  });

const decisionRow = (decision: Omit<PolicyDecision, 'id' | 'evaluatedAt'>) => ({
  id: newId(),
  policy_id: decision.policyId ?? null,
  policy_name: decision.policyName ?? null,
  bundle_id: decision.bundleId ?? null,
  language: decision.language,
  engine: decision.engine,
  entrypoint: decision.entrypoint ?? null,
  allow: decision.allow,
  violations: JSON.stringify(decision.violations),
  result:
    decision.result === undefined ? null : JSON.stringify(decision.result),
  error: decision.error ?? null,
  input: JSON.stringify(decision.input),
  sha256: decision.sha256 ?? null,
  environment_id: decision.environmentId ?? null,
  gate_result_id: decision.gateResultId ?? null,
  source: decision.source,
  org_slug: decision.orgSlug ?? null,
  evaluated_by: decision.evaluatedBy,
  evaluated_at: new Date(),
});

/** Policies, their attachments, OPA bundles and decisions. */
export class PolicyEngineStore {
  constructor(private readonly db: Knex) {}

  async createPolicy(input: PolicyInput, createdBy: string): Promise<Policy> {
    const now = new Date();
    const id = newId();
    await this.db('policies').insert({
      id,
      ...policyColumns(input),
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    });
    return (await this.getPolicy(id))!;
  }

  async getPolicy(id: string): Promise<Policy | undefined> {
    const row = await this.db('policies').where({ id }).first();
    return row && toPolicy(row);
  }

  async listPolicies(): Promise<Policy[]> {
    return (await this.db('policies').orderBy('name')).map(toPolicy);
  }

  /** Replaces the given fields; a null entrypoint or bundleId clears it. */
  async updatePolicy(
    id: string,
    patch: Partial<PolicyInput>,
    clear: Array<'entrypoint' | 'bundle_id' | 'org_slug'> = [],
  ): Promise<Policy | undefined> {
    await this.db('policies')
      .where({ id })
      .update({
        ...policyColumns(patch),
        ...Object.fromEntries(clear.map(c => [c, null])),
        updated_at: new Date(),
      });
    return this.getPolicy(id);
  }

  async deletePolicy(id: string): Promise<boolean> {
    return (await this.db('policies').where({ id }).delete()) > 0;
  }

  async attach(
    policyId: string,
    environmentId: string,
    createdBy: string,
  ): Promise<PolicyAttachment> {
    const row = {
      id: newId(),
      policy_id: policyId,
      environment_id: environmentId,
      created_by: createdBy,
      created_at: new Date(),
    };
    await this.db('policy_attachments').insert(row);
    return toAttachment(row);
  }

  async getAttachment(id: string): Promise<PolicyAttachment | undefined> {
    const row = await this.db('policy_attachments').where({ id }).first();
    return row && toAttachment(row);
  }

  async listAttachments(filter: {
    policyId?: string;
    environmentId?: string;
  }): Promise<PolicyAttachment[]> {
    const query = this.db('policy_attachments').orderBy('created_at');
    if (filter.policyId) query.where({ policy_id: filter.policyId });
    if (filter.environmentId)
      query.where({ environment_id: filter.environmentId });
    return (await query).map(toAttachment);
  }

  async detach(id: string): Promise<boolean> {
    return (await this.db('policy_attachments').where({ id }).delete()) > 0;
  }

  /** The policies attached to an environment, by name. */
  async attachedTo(environmentId: string): Promise<Policy[]> {
    const rows = await this.db('policies as p')
      .join('policy_attachments as a', 'a.policy_id', 'p.id')
      .where('a.environment_id', environmentId)
      .orderBy('p.name')
      .select('p.*');
    return rows.map(toPolicy);
  }

  async createBundle(
    bundle: Omit<OpaBundle, 'id' | 'createdAt' | 'updatedAt' | 'status'>,
    content: Buffer,
  ): Promise<OpaBundle> {
    const now = new Date();
    const id = newId();
    await this.db('opa_bundles').insert({
      id,
      name: bundle.name,
      version: bundle.version,
      revision: bundle.revision ?? null,
      sha256: bundle.sha256,
      size_bytes: bundle.sizeBytes,
      content,
      status: 'INACTIVE',
      engine: bundle.engine,
      entrypoints: JSON.stringify(bundle.entrypoints),
      rego_files: JSON.stringify(bundle.regoFiles),
      org_slug: bundle.orgSlug ?? null,
      created_by: bundle.createdBy,
      created_at: now,
      updated_at: now,
    });
    return (await this.getBundle(id))!;
  }

  async getBundle(id: string): Promise<OpaBundle | undefined> {
    const row = await this.db('opa_bundles')
      .where({ id })
      .first(BUNDLE_COLUMNS);
    return row && toBundle(row);
  }

  async bundleContent(id: string): Promise<Buffer | undefined> {
    const row = await this.db('opa_bundles').where({ id }).first('content');
    return row && Buffer.from(row.content);
  }

  async activeBundle(): Promise<OpaBundle | undefined> {
    const row = await this.db('opa_bundles')
      .where({ status: 'ACTIVE' })
      .first(BUNDLE_COLUMNS);
    return row && toBundle(row);
  }

  async listBundles(): Promise<OpaBundle[]> {
    return (
      await this.db('opa_bundles')
        .orderBy('created_at', 'desc')
        .select(BUNDLE_COLUMNS)
    ).map(toBundle);
  }

  /** Makes this bundle the only active one. */
  async activate(id: string): Promise<void> {
    const now = new Date();
    await this.db('opa_bundles')
      .where({ status: 'ACTIVE' })
      .whereNot({ id })
      .update({ status: 'INACTIVE', updated_at: now });
    await this.db('opa_bundles')
      .where({ id })
      .update({ status: 'ACTIVE', updated_at: now });
  }

  async recordDecision(
    decision: Omit<PolicyDecision, 'id' | 'evaluatedAt'>,
  ): Promise<PolicyDecision> {
    const row = decisionRow(decision);
    await this.db('policy_decisions').insert(row);
    return toDecision(row);
  }

  /**
   * Stores decisions, each with the audit event and the ledger leaf `companions` gives for it, all
   * or none: on PostgreSQL as ONE statement (data-modifying CTEs are atomic without an explicit
   * transaction, and an assert with a policy makes this write on every call), elsewhere in a
   * transaction (a savepoint inside the caller's).
   */
  async recordDecisionsWithAudit(
    decisions: Array<Omit<PolicyDecision, 'id' | 'evaluatedAt'>>,
    companions: (stored: PolicyDecision) => {
      audit: AuditEventInput;
      leaf: LedgerLeaf;
    },
  ): Promise<PolicyDecision[]> {
    if (decisions.length === 0) return [];
    const rows = decisions.map(decisionRow);
    const stored = rows.map(toDecision);
    const written = stored.map(companions);
    const audits = written.map(w => auditEventRow(w.audit));
    const leaves = written.map(w => ledgerEntryRow(w.leaf));
    if (this.db.client.config.client === 'pg') {
      const tables: Array<[string, Array<Record<string, unknown>>]> = [
        ['policy_decisions', rows],
        ['audit_events', audits],
        ['ledger_entries', leaves],
      ];
      const inserts = tables.map(([table, values]) => {
        const columns = Object.keys(values[0]);
        const tuple = `(${columns.map(() => '?').join(', ')})`;
        return `insert into ${table} (${columns.join(', ')}) values ${values.map(() => tuple).join(', ')}`;
      });
      const bindings = tables.flatMap(([, values]) =>
        values.flatMap(v => Object.values(v)),
      );
      // One statement text per number of decisions: prepared once per connection.
      await queryPrepared(
        this.db,
        `record_decisions_${rows.length}`,
        `with d as (${inserts[0]}), a as (${inserts[1]}) ${inserts[2]}`,
        bindings as Knex.RawBinding[],
      );
      return stored;
    }
    await this.db.transaction(async trx => {
      await trx('policy_decisions').insert(rows);
      await trx('audit_events').insert(audits);
      await trx('ledger_entries').insert(leaves);
    });
    return stored;
  }

  async linkDecisionsToGateResult(
    decisionIds: string[],
    gateResultId: string,
  ): Promise<void> {
    if (decisionIds.length === 0) return;
    await this.db('policy_decisions')
      .whereIn('id', decisionIds)
      .update({ gate_result_id: gateResultId });
  }

  async getDecision(id: string): Promise<PolicyDecision | undefined> {
    const row = await this.db('policy_decisions').where({ id }).first();
    return row && toDecision(row);
  }

  async listDecisions(
    filter: { policyId?: string; bundleId?: string; gateResultId?: string },
    page: Page,
  ): Promise<PolicyDecision[]> {
    const query = this.db('policy_decisions')
      .orderBy('evaluated_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset);
    if (filter.policyId) query.where({ policy_id: filter.policyId });
    if (filter.bundleId) query.where({ bundle_id: filter.bundleId });
    if (filter.gateResultId)
      query.where({ gate_result_id: filter.gateResultId });
    return (await query).map(toDecision);
  }
}
