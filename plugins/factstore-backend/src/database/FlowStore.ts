import type { Knex } from 'knex';
import { definedOnly, newId, parseJson, toIso } from './rows';

/** A flow as the API speaks of it (OpenFactstore's FlowResponse). */
export interface Flow {
  id: string;
  org: string;
  name: string;
  description: string;
  requiredAttestations: string[];
  tags: Record<string, string>;
  requiresApproval: boolean;
  hasTemplate: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Archived: hidden from lists and name lookups, still readable by id, restorable. */
  archived: boolean;
  archivedAt?: string;
  archivedBy?: string;
}

/** What still points at a flow: it is archived, not deleted, while any of it exists. */
export interface FlowHolders {
  trails: number;
  deploymentPolicies: string[];
}

export interface FlowInput {
  org: string;
  name: string;
  description: string;
  requiredAttestations: string[];
  tags: Record<string, string>;
  requiresApproval: boolean;
  templateYaml?: string;
}

export interface SecurityThresholds {
  flowId: string;
  maxCritical: number;
  maxHigh: number;
  maxMedium: number;
  maxLow: number | null;
  updatedBy: string;
  updatedAt: string;
}

/** What a flow requires of its trails. */
export interface FlowComplianceRules {
  requiredAttestations: string[];
  requiresApproval: boolean;
  templateYaml?: string;
}

export interface FlowRow {
  id: string;
  org: string;
  name: string;
  description: string;
  required_attestations: string;
  tags: string;
  requires_approval: boolean | number;
  template_yaml: string | null;
  created_by: string;
  created_at: string | Date;
  updated_at: string | Date;
  archived_at?: string | Date | null;
  archived_by?: string | null;
}

export function toFlow(row: FlowRow): Flow {
  return {
    id: row.id,
    org: row.org,
    name: row.name,
    description: row.description,
    requiredAttestations: parseJson(row.required_attestations, []),
    tags: parseJson(row.tags, {}),
    requiresApproval: Boolean(row.requires_approval),
    hasTemplate: row.template_yaml !== null,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    archived: !!row.archived_at,
    ...(row.archived_at
      ? { archivedAt: toIso(row.archived_at), archivedBy: row.archived_by! }
      : {}),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const toThresholds = (row: any): SecurityThresholds => ({
  flowId: row.flow_id,
  maxCritical: row.max_critical,
  maxHigh: row.max_high,
  maxMedium: row.max_medium,
  maxLow: row.max_low,
  updatedBy: row.updated_by,
  updatedAt: toIso(row.updated_at),
});

/** Flows and their security thresholds. */
export class FlowStore {
  constructor(private readonly db: Knex) {}

  async create(input: FlowInput, createdBy: string): Promise<Flow> {
    const now = new Date();
    const row = {
      id: newId(),
      org: input.org,
      name: input.name,
      description: input.description,
      required_attestations: JSON.stringify(input.requiredAttestations),
      tags: JSON.stringify(input.tags),
      requires_approval: input.requiresApproval,
      template_yaml: input.templateYaml ?? null,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    };
    await this.db('flows').insert(row);
    return toFlow(row);
  }

  async get(id: string): Promise<Flow | undefined> {
    const row = await this.db<FlowRow>('flows').where({ id }).first();
    return row && toFlow(row);
  }

  /** The live flow of that name (an archived one is found by id only). */
  async getByName(org: string, name: string): Promise<Flow | undefined> {
    const row = await this.db<FlowRow>('flows')
      .where({ org, name })
      .whereNull('archived_at')
      .first();
    return row && toFlow(row);
  }

  async templateYaml(id: string): Promise<string | undefined> {
    const row = await this.db<FlowRow>('flows')
      .where({ id })
      .first('template_yaml');
    return row?.template_yaml ?? undefined;
  }

  /** What decides the compliance of these flows' trails, in one query. */
  async complianceRules(
    ids: string[],
  ): Promise<Map<string, FlowComplianceRules>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db<FlowRow>('flows')
      .whereIn('id', ids)
      .select(
        'id',
        'required_attestations',
        'requires_approval',
        'template_yaml',
      );
    return new Map(
      rows.map(row => [
        row.id,
        {
          requiredAttestations: parseJson(row.required_attestations, []),
          requiresApproval: Boolean(row.requires_approval),
          templateYaml: row.template_yaml ?? undefined,
        },
      ]),
    );
  }

  async list(filter: { org?: string } = {}): Promise<Flow[]> {
    const query = this.db<FlowRow>('flows')
      .whereNull('archived_at')
      .orderBy([{ column: 'org' }, { column: 'name' }]);
    if (filter.org) query.where({ org: filter.org });
    return (await query).map(toFlow);
  }

  async update(
    id: string,
    patch: Partial<FlowInput>,
  ): Promise<Flow | undefined> {
    const columns = definedOnly({
      org: patch.org,
      name: patch.name,
      description: patch.description,
      required_attestations:
        patch.requiredAttestations &&
        JSON.stringify(patch.requiredAttestations),
      tags: patch.tags && JSON.stringify(patch.tags),
      requires_approval: patch.requiresApproval,
      template_yaml: patch.templateYaml,
    });
    await this.db('flows')
      .where({ id })
      .update({ ...columns, updated_at: new Date() });
    return this.get(id);
  }

  /** Deletes a flow nothing holds (see holders); its security thresholds go with it. */
  async delete(id: string): Promise<boolean> {
    return (await this.db('flows').where({ id }).delete()) > 0;
  }

  async archive(id: string, archivedBy: string): Promise<Flow> {
    const now = new Date();
    await this.db('flows')
      .where({ id })
      .update({ archived_at: now, archived_by: archivedBy, updated_at: now });
    return (await this.get(id))!;
  }

  async restore(id: string): Promise<Flow> {
    await this.db('flows')
      .where({ id })
      .update({ archived_at: null, archived_by: null, updated_at: new Date() });
    return (await this.get(id))!;
  }

  /** The evidence (trails) and policies that point at this flow. */
  async holders(id: string): Promise<FlowHolders> {
    // One after another: inside a transaction they share one connection.
    const trails = await this.db('trails')
      .where({ flow_id: id })
      .count({ n: '*' })
      .first();
    const policies = await this.db('deployment_policies')
      .where({ flow_id: id })
      .orderBy('name')
      .pluck('name');
    return { trails: Number(trails?.n ?? 0), deploymentPolicies: policies };
  }

  async setThresholds(
    flowId: string,
    t: Omit<SecurityThresholds, 'flowId' | 'updatedAt'>,
  ): Promise<SecurityThresholds> {
    const row = {
      flow_id: flowId,
      max_critical: t.maxCritical,
      max_high: t.maxHigh,
      max_medium: t.maxMedium,
      max_low: t.maxLow,
      updated_by: t.updatedBy,
      updated_at: new Date(),
    };
    await this.db('security_thresholds')
      .insert(row)
      .onConflict('flow_id')
      .merge();
    return { ...t, flowId, updatedAt: toIso(row.updated_at) };
  }

  async getThresholds(flowId: string): Promise<SecurityThresholds | undefined> {
    const row = await this.db('security_thresholds')
      .where({ flow_id: flowId })
      .first();
    return row && toThresholds(row);
  }

  async ping(): Promise<void> {
    await this.db.raw('select 1');
  }
}
