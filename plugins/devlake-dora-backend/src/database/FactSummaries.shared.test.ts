import { createTestDatabases } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import type { DeploymentEvent } from '../ingestion/events';
import type { SummaryQuery } from '../metrics/summaries';
import { emptyBatch, holding } from './__testUtils__/seeded';
import { FactSummaries } from './FactSummaries';
import { IngestionStore } from './IngestionStore';
import { SharedReads } from './SharedReads';

const databases = createTestDatabases();

const DAY = 86_400_000;
const START = Date.UTC(2025, 5, 2);

const deployment = (i: number): DeploymentEvent => ({
  source: 'argocd',
  externalId: `shop-${i}`,
  project: 'shop',
  environment: 'production',
  status: 'SUCCESS',
  finishedAt: new Date(START + i * DAY),
});

const query: SummaryQuery = {
  projects: ['shop'],
  environments: ['production'],
  from: new Date(START - 30 * DAY),
  to: new Date(START + 30 * DAY),
  windows: [{ from: START, to: START + 30 * DAY }],
  metrics: ['deploymentFrequency'],
  aggregation: 'median',
  definitions: 'dora',
  recoveryFromDeployment: true,
  countFailedDeployments: false,
  incidentWindowMs: null,
};

describe.each(databases.eachSupportedId())(
  'figures read once for identical concurrent queries on %s',
  databaseId => {
    let knex: Knex;
    let statements = 0;

    beforeAll(async () => {
      const batch = emptyBatch();
      batch.deployments.push(deployment(1), deployment(2));
      knex = await holding(await databases.init(databaseId), batch);
      knex.on('query', () => {
        statements += 1;
      });
    }, 60_000);

    it('answers concurrent identical queries from one read, and a query after a write from a new one', async () => {
      const shared = new SharedReads();
      const summaries = new FactSummaries(knex, { shared });
      const store = new IngestionStore(knex, () => shared.written());

      statements = 0;
      const alone = await summaries.summaries(query);
      const perRead = statements;
      expect(alone.windows[0].deployments).toBe(2);

      statements = 0;
      const together = await Promise.all(
        [1, 2, 3, 4].map(() => summaries.summaries(query)),
      );
      expect(statements).toBe(perRead);
      for (const answer of together) expect(answer).toEqual(alone);

      await store.ingest({ ...emptyBatch(), deployments: [deployment(3)] });
      const after = await summaries.summaries(query);
      expect(after.windows[0].deployments).toBe(3);
    });
  },
);
