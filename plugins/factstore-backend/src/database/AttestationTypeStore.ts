import type { Knex } from 'knex';
import { newId, parseJson, toIso } from './rows';

/** The jq rules that decide a custom attestation (Kosli's `evaluator`). */
export interface JqEvaluator {
  content_type: 'jq';
  rules: string[];
}

export interface SummaryEntry {
  name: string;
  expression: string;
}

export interface AttestationTypeVersion {
  version: number;
  typeSchema?: Record<string, unknown>;
  evaluator?: JqEvaluator;
  summary?: SummaryEntry[];
  createdBy: string;
  createdAt: string;
}

export interface AttestationType {
  id: string;
  org: string;
  name: string;
  description: string;
  archived: boolean;
  createdBy: string;
  createdAt: string;
  lastModifiedAt: string;
  /** Oldest first. */
  versions: AttestationTypeVersion[];
}

export type AttestationTypeDefinition = Pick<
  AttestationTypeVersion,
  'typeSchema' | 'evaluator' | 'summary'
> & { description: string };

const TYPES = 'custom_attestation_types';
const VERSIONS = 'custom_attestation_type_versions';

/* eslint-disable @typescript-eslint/no-explicit-any */
const toVersion = (row: any): AttestationTypeVersion => ({
  version: Number(row.version),
  typeSchema: parseJson(row.type_schema, undefined),
  evaluator: parseJson(row.evaluator, undefined),
  summary: parseJson(row.summary, undefined),
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
});

/** Kosli custom attestation types and their versions. */
export class AttestationTypeStore {
  constructor(private readonly db: Knex) {}

  private async withVersions(rows: any[]): Promise<AttestationType[]> {
    if (rows.length === 0) return [];
    const versions = await this.db(VERSIONS)
      .whereIn(
        'type_id',
        rows.map(r => r.id),
      )
      .orderBy('version', 'asc');
    return rows.map(row => ({
      id: row.id,
      org: row.org,
      name: row.name,
      description: row.description,
      archived: Boolean(row.archived),
      createdBy: row.created_by,
      createdAt: toIso(row.created_at),
      lastModifiedAt: toIso(row.last_modified_at),
      versions: versions.filter(v => v.type_id === row.id).map(toVersion),
    }));
  }

  async getByName(
    org: string,
    name: string,
  ): Promise<AttestationType | undefined> {
    const row = await this.db(TYPES).where({ org, name }).first();
    return row ? (await this.withVersions([row]))[0] : undefined;
  }

  /** The org's types by name, archived ones left out unless asked for. */
  async list(
    org: string,
    options: { archived?: boolean } = {},
  ): Promise<AttestationType[]> {
    const query = this.db(TYPES).where({ org }).orderBy('name', 'asc');
    if (!options.archived) query.andWhere({ archived: false });
    return this.withVersions(await query);
  }

  /**
   * Creates the type, or adds a version to it (an archived one comes back): Kosli's
   * `create attestation-type` with a name that exists makes its next version.
   */
  async createOrAddVersion(
    org: string,
    name: string,
    definition: AttestationTypeDefinition,
    actor: string,
  ): Promise<{ type: AttestationType; created: boolean }> {
    const now = new Date();
    let row = await this.db(TYPES).where({ org, name }).first();
    const created = !row;
    if (!row) {
      row = { id: newId() };
      await this.db(TYPES).insert({
        id: row.id,
        org,
        name,
        description: definition.description,
        archived: false,
        created_by: actor,
        created_at: now,
        last_modified_at: now,
      });
    } else {
      await this.db(TYPES)
        .where({ id: row.id })
        .update({
          description: definition.description || row.description,
          archived: false,
          last_modified_at: now,
        });
    }
    const latest = await this.db(VERSIONS)
      .where({ type_id: row.id })
      .max({ version: 'version' })
      .first();
    await this.db(VERSIONS).insert({
      type_id: row.id,
      version: Number(latest?.version ?? 0) + 1,
      type_schema: definition.typeSchema
        ? JSON.stringify(definition.typeSchema)
        : null,
      evaluator: definition.evaluator
        ? JSON.stringify(definition.evaluator)
        : null,
      summary: definition.summary ? JSON.stringify(definition.summary) : null,
      created_by: actor,
      created_at: now,
    });
    return { type: (await this.getByName(org, name))!, created };
  }

  /** Archives the type; false when there is none of that name. */
  async archive(org: string, name: string): Promise<boolean> {
    const updated = await this.db(TYPES)
      .where({ org, name })
      .update({ archived: true, last_modified_at: new Date() });
    return updated > 0;
  }
}
