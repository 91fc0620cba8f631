import type { Knex } from 'knex';
import type { IngestBatch } from '../../ingestion/events';
import { IngestionStore } from '../IngestionStore';
import { migrateDatabase } from '../migrateDatabase';

/** A small deterministic generator of numbers in [0, 1), so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export type FactBatch = Required<
  Pick<IngestBatch, 'deployments' | 'commits' | 'pullRequests' | 'incidents'>
>;

export const emptyBatch = (): FactBatch => ({
  deployments: [],
  commits: [],
  pullRequests: [],
  incidents: [],
});

/** A migrated test database holding a batch. */
export async function holding(knex: Knex, batch: IngestBatch): Promise<Knex> {
  await migrateDatabase({
    getClient: async () => knex,
    migrations: { skip: false },
  });
  await new IngestionStore(knex).ingest(batch);
  return knex;
}
