import type { Knex } from 'knex';
import { newId, parseJson, toIso } from './rows';

export interface Control {
  id: string;
  frameworkId: string;
  controlId: string;
  title: string;
  description: string | null;
  requiredEvidenceTypes: string[];
  createdAt: string;
}

export interface Framework {
  id: string;
  /** Set for the frameworks the package ships (`soc2`, `slsa-build`, …). */
  key: string | null;
  name: string;
  version: string;
  description: string | null;
  isActive: boolean;
  orgSlug: string | null;
  createdBy: string;
  createdAt: string;
}

export type EvidenceKind =
  'ATTESTATION' | 'APPROVAL' | 'POLICY' | 'PROVENANCE' | 'SECURITY_SCAN';

export interface Mapping {
  id: string;
  regulatoryControlId: string;
  /** Only this flow's trails; every flow when null. */
  flowId: string | null;
  evidenceKind: EvidenceKind;
  attestationType: string | null;
  policyId: string | null;
  minSlsaLevel: number | null;
  isMandatory: boolean;
  createdBy: string;
  createdAt: string;
}

export type MappingInput = Omit<Mapping, 'id' | 'createdBy' | 'createdAt'>;

/* eslint-disable @typescript-eslint/no-explicit-any */
const toFramework = (row: any): Framework => ({
  id: row.id,
  key: row.key ?? null,
  name: row.name,
  version: row.version,
  description: row.description ?? null,
  isActive: Boolean(row.is_active),
  orgSlug: row.org_slug ?? null,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
});

const toControl = (row: any): Control => ({
  id: row.id,
  frameworkId: row.framework_id,
  controlId: row.control_id,
  title: row.title,
  description: row.description ?? null,
  requiredEvidenceTypes: parseJson(row.required_evidence_types, []),
  createdAt: toIso(row.created_at),
});

const toMapping = (row: any): Mapping => ({
  id: row.id,
  regulatoryControlId: row.control_id,
  flowId: row.flow_id ?? null,
  evidenceKind: row.evidence_kind,
  attestationType: row.attestation_type ?? null,
  policyId: row.policy_id ?? null,
  minSlsaLevel:
    row.min_slsa_level === null || row.min_slsa_level === undefined
      ? null
      : Number(row.min_slsa_level),
  isMandatory: Boolean(row.is_mandatory),
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface ShippedFramework {
  key: string;
  name: string;
  version: string;
  description?: string;
  controls: Array<{
    controlId: string;
    title: string;
    description?: string;
    requiredEvidenceTypes: string[];
  }>;
}

/** Regulatory frameworks, their controls, and the mappings of controls to evidence. */
export class FrameworkStore {
  constructor(private readonly db: Knex) {}

  /**
   * Brings the shipped frameworks up to date: inserted once (by key, so replicas starting together
   * agree), their controls inserted or refreshed from the files. Controls added over the API stay.
   */
  async loadShipped(frameworks: ShippedFramework[]): Promise<void> {
    const now = new Date();
    for (const f of frameworks) {
      await this.db('compliance_frameworks')
        .insert({
          id: newId(),
          key: f.key,
          name: f.name,
          version: f.version,
          description: f.description ?? null,
          is_active: true,
          org_slug: null,
          created_by: 'factstore',
          created_at: now,
        })
        .onConflict('key')
        .merge(['name', 'version', 'description']);
      const { id } = await this.db('compliance_frameworks')
        .where({ key: f.key })
        .first('id');
      for (const [position, c] of f.controls.entries())
        await this.db('compliance_controls')
          .insert({
            id: newId(),
            framework_id: id,
            control_id: c.controlId,
            title: c.title,
            description: c.description ?? null,
            required_evidence_types: JSON.stringify(c.requiredEvidenceTypes),
            position,
            created_at: now,
          })
          .onConflict(['framework_id', 'control_id'])
          .merge(['title', 'description', 'required_evidence_types']);
    }
  }

  async create(
    input: Pick<Framework, 'name' | 'version' | 'description' | 'orgSlug'>,
    createdBy: string,
  ): Promise<Framework> {
    const row = {
      id: newId(),
      key: null,
      name: input.name,
      version: input.version,
      description: input.description,
      is_active: true,
      org_slug: input.orgSlug,
      created_by: createdBy,
      created_at: new Date(),
    };
    await this.db('compliance_frameworks').insert(row);
    return toFramework(row);
  }

  /** By UUID, or by a shipped framework's key. */
  async get(ref: string): Promise<Framework | undefined> {
    const isUuid = /^[0-9a-f-]{36}$/i.test(ref);
    const row = await this.db('compliance_frameworks')
      .where(isUuid ? { id: ref.toLowerCase() } : { key: ref })
      .first();
    return row && toFramework(row);
  }

  async list(): Promise<Framework[]> {
    const rows = await this.db('compliance_frameworks').orderBy([
      { column: 'name' },
      { column: 'version' },
    ]);
    return rows.map(toFramework);
  }

  async controls(frameworkIds: string[]): Promise<Control[]> {
    if (frameworkIds.length === 0) return [];
    const rows = await this.db('compliance_controls')
      .whereIn('framework_id', frameworkIds)
      .orderBy([{ column: 'position' }, { column: 'control_id' }]);
    return rows.map(toControl);
  }

  async getControl(id: string): Promise<Control | undefined> {
    const row = await this.db('compliance_controls').where({ id }).first();
    return row && toControl(row);
  }

  async addControl(
    frameworkId: string,
    input: Pick<
      Control,
      'controlId' | 'title' | 'description' | 'requiredEvidenceTypes'
    >,
  ): Promise<Control> {
    const [{ next }] = await this.db('compliance_controls')
      .where({ framework_id: frameworkId })
      .select(this.db.raw('coalesce(max(position), -1) + 1 as next'));
    const row = {
      id: newId(),
      framework_id: frameworkId,
      control_id: input.controlId,
      title: input.title,
      description: input.description,
      required_evidence_types: JSON.stringify(input.requiredEvidenceTypes),
      position: Number(next),
      created_at: new Date(),
    };
    await this.db('compliance_controls').insert(row);
    return toControl(row);
  }

  async createMapping(
    input: MappingInput,
    createdBy: string,
  ): Promise<Mapping> {
    const row = {
      id: newId(),
      control_id: input.regulatoryControlId,
      flow_id: input.flowId,
      evidence_kind: input.evidenceKind,
      attestation_type: input.attestationType,
      policy_id: input.policyId,
      min_slsa_level: input.minSlsaLevel,
      is_mandatory: input.isMandatory,
      created_by: createdBy,
      created_at: new Date(),
    };
    await this.db('compliance_mappings').insert(row);
    return toMapping(row);
  }

  async listMappings(filter: {
    frameworkId?: string;
    flowId?: string;
  }): Promise<Mapping[]> {
    const query = this.db('compliance_mappings as m').select('m.*');
    if (filter.frameworkId)
      query
        .join('compliance_controls as c', 'c.id', 'm.control_id')
        .where('c.framework_id', filter.frameworkId);
    if (filter.flowId) query.where('m.flow_id', filter.flowId);
    const rows = await query.orderBy([
      { column: 'm.created_at' },
      { column: 'm.id' },
    ]);
    return rows.map(toMapping);
  }
}
