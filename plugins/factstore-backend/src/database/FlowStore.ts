import type { Knex } from 'knex';

/** A flow as the API speaks of it (OpenFactstore's FlowResponse). */
export interface Flow {
  id: string;
  org: string;
  name: string;
  description: string;
  requiredAttestations: string[];
  tags: Record<string, string>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

interface FlowRow {
  id: string;
  org: string;
  name: string;
  description: string;
  required_attestations: string;
  tags: string;
  created_by: string;
  created_at: string | Date;
  updated_at: string | Date;
}

const toIso = (value: string | Date) => new Date(value).toISOString();

function toFlow(row: FlowRow): Flow {
  return {
    id: row.id,
    org: row.org,
    name: row.name,
    description: row.description,
    requiredAttestations: JSON.parse(row.required_attestations),
    tags: JSON.parse(row.tags),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** Flows in the plugin's database. */
export class FlowStore {
  constructor(private readonly db: Knex) {}

  async list(): Promise<Flow[]> {
    const rows: FlowRow[] = await this.db('flows').orderBy([{ column: 'org' }, { column: 'name' }]);
    return rows.map(toFlow);
  }

  /** Throws when the database cannot answer; used by the health route. */
  async ping(): Promise<void> {
    await this.db.raw('select 1');
  }
}
