import type { Knex } from 'knex';
import { definedOnly, newId, parseJson, toIso, type Page } from './rows';

export interface DeploymentPolicy {
  id: string;
  name: string;
  /** Only artifacts of this flow; any flow when absent. */
  flowId?: string;
  /** Only deployments to this environment; any environment when absent. */
  environmentId?: string;
  enforceProvenance: boolean;
  enforceApprovals: boolean;
  requiredAttestationTypes: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentPolicyInput = Pick<
  DeploymentPolicy,
  | 'name'
  | 'flowId'
  | 'environmentId'
  | 'enforceProvenance'
  | 'enforceApprovals'
  | 'requiredAttestationTypes'
>;

export interface GateResult {
  id: string;
  sha256: string;
  environmentId?: string;
  allowed: boolean;
  reasons: Array<{
    policyId?: string;
    policyName?: string;
    rule: string;
    passed: boolean;
    message: string;
    /** The stored decision of an attached policy (GET /api/v1/opa/decisions/{id}). */
    decisionId?: string;
  }>;
  evaluatedBy: string;
  evaluatedAt: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toPolicy = (row: any): DeploymentPolicy => ({
  id: row.id,
  name: row.name,
  flowId: row.flow_id ?? undefined,
  environmentId: row.environment_id ?? undefined,
  enforceProvenance: Boolean(row.enforce_provenance),
  enforceApprovals: Boolean(row.enforce_approvals),
  requiredAttestationTypes: parseJson(row.required_attestation_types, []),
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});
const toGateResult = (row: any): GateResult => ({
  id: row.id,
  sha256: row.sha256,
  environmentId: row.environment_id ?? undefined,
  allowed: Boolean(row.allowed),
  reasons: parseJson(row.reasons, []),
  evaluatedBy: row.evaluated_by,
  evaluatedAt: toIso(row.evaluated_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A change to a policy: a null flowId or environmentId clears it (the policy then applies to all). */
export type DeploymentPolicyPatch = Partial<
  Omit<DeploymentPolicyInput, 'flowId' | 'environmentId'>
> & {
  flowId?: string | null;
  environmentId?: string | null;
};

const policyColumns = (input: DeploymentPolicyPatch) =>
  definedOnly({
    name: input.name,
    flow_id: input.flowId,
    environment_id: input.environmentId,
    enforce_provenance: input.enforceProvenance,
    enforce_approvals: input.enforceApprovals,
    required_attestation_types:
      input.requiredAttestationTypes &&
      JSON.stringify(input.requiredAttestationTypes),
  });

/** Deployment policies and the gate's recorded decisions. */
export class PolicyStore {
  constructor(private readonly db: Knex) {}

  async create(
    input: DeploymentPolicyInput,
    createdBy: string,
  ): Promise<DeploymentPolicy> {
    const now = new Date();
    const id = newId();
    await this.db('deployment_policies').insert({
      id,
      flow_id: null,
      environment_id: null,
      ...policyColumns(input),
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<DeploymentPolicy | undefined> {
    const row = await this.db('deployment_policies').where({ id }).first();
    return row && toPolicy(row);
  }

  async getByNames(names: string[]): Promise<DeploymentPolicy[]> {
    return (
      await this.db('deployment_policies')
        .whereIn('name', names)
        .orderBy('name')
    ).map(toPolicy);
  }

  async list(): Promise<DeploymentPolicy[]> {
    return (await this.db('deployment_policies').orderBy('name')).map(toPolicy);
  }

  /** Policies that apply to a deployment of an artifact of `flowId` to `environmentId`. */
  async applicable(
    flowId: string | undefined,
    environmentId: string | undefined,
  ): Promise<DeploymentPolicy[]> {
    const rows = await this.db('deployment_policies')
      .where(q =>
        flowId
          ? q.whereNull('flow_id').orWhere('flow_id', flowId)
          : q.whereNull('flow_id'),
      )
      .andWhere(q =>
        environmentId
          ? q
              .whereNull('environment_id')
              .orWhere('environment_id', environmentId)
          : q.whereNull('environment_id'),
      )
      .orderBy('name');
    return rows.map(toPolicy);
  }

  async update(
    id: string,
    patch: DeploymentPolicyPatch,
  ): Promise<DeploymentPolicy | undefined> {
    await this.db('deployment_policies')
      .where({ id })
      .update({ ...policyColumns(patch), updated_at: new Date() });
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    return (await this.db('deployment_policies').where({ id }).delete()) > 0;
  }

  async recordGateResult(
    result: Omit<GateResult, 'id' | 'evaluatedAt'>,
  ): Promise<GateResult> {
    const row = {
      id: newId(),
      sha256: result.sha256,
      environment_id: result.environmentId ?? null,
      allowed: result.allowed,
      reasons: JSON.stringify(result.reasons),
      evaluated_by: result.evaluatedBy,
      evaluated_at: new Date(),
    };
    await this.db('gate_results').insert(row);
    return toGateResult(row);
  }

  /** The gate's results, newest first: every one, or those about one artifact or environment. */
  async gateResults(
    page: Page,
    about: { sha256?: string; environmentId?: string } = {},
  ): Promise<GateResult[]> {
    const rows = await this.db('gate_results')
      .where(
        definedOnly({
          sha256: about.sha256,
          environment_id: about.environmentId,
        }),
      )
      .orderBy('evaluated_at', 'desc')
      .limit(page.limit)
      .offset(page.offset);
    return rows.map(toGateResult);
  }
}
