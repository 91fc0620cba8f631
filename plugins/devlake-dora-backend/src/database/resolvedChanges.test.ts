import { createTestDatabases } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import type { Aggregation } from '../metrics/aggregate';
import { DoraCalculator, type Definitions } from '../metrics/DoraCalculator';
import type { IngestBatch } from '../ingestion/events';
import { emptyBatch, holding, seeded } from './__testUtils__/seeded';
import { FactReader } from './FactReader';

const databases = createTestDatabases();

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6);

/**
 * Two projects over 120 days: deployments (some failed, some in staging, some rollbacks) that list
 * some of the commits pushed before them, commits never listed (matched by time), a commit dated
 * after its deployment, merged pull requests with and without a known merge commit, incidents.
 */
function dataSet(): IngestBatch {
  const next = seeded(15);
  const batch = emptyBatch();
  for (const project of ['alpha', 'beta']) {
    let pending: string[] = [];
    for (let i = 0; i < 300; i++) {
      const landed = START + Math.floor(next() * 120 * DAY);
      const sha = `${project}-${i}`.padEnd(40, '0');
      const committed =
        landed - Math.floor(next() * 5 * DAY) + (i % 37 === 0 ? 9 * DAY : 0);
      batch.commits.push({
        project,
        sha,
        committedAt: i % 29 === 0 ? null : new Date(committed),
        landedAt: new Date(landed),
      });
      if (i % 4 === 0)
        batch.pullRequests.push({
          project,
          repository: `acme/${project}`,
          number: i,
          mergeCommitSha: i % 8 === 0 ? sha : null,
          createdAt: new Date(landed - Math.floor(next() * 3 * DAY)),
          mergedAt: new Date(landed),
        });
    }
    const commitsByLanding = batch.commits
      .filter(c => c.project === project)
      .sort((a, b) => a.landedAt.getTime() - b.landedAt.getTime());
    let c = 0;
    for (let i = 0; i < 80; i++) {
      const finished = START + 10 * DAY + Math.floor((i / 80) * 120 * DAY);
      while (
        c < commitsByLanding.length &&
        commitsByLanding[c].landedAt.getTime() <= finished - 3_600_000
      )
        pending.push(commitsByLanding[c++].sha);
      const status = next() < 0.15 ? 'FAILURE' : 'SUCCESS';
      const listed = next() < 0.6;
      batch.deployments.push({
        source: 'argocd',
        externalId: `${project}-d${i}`,
        project,
        environment: next() < 0.1 ? 'staging' : 'Production',
        status,
        rollback: next() < 0.05,
        startedAt: new Date(finished - 600_000),
        finishedAt: new Date(finished),
        commits: listed ? pending.map(sha => ({ sha })) : [],
      });
      if (listed && status === 'SUCCESS') pending = [];
    }
    for (let i = 0; i < 25; i++) {
      const created = START + Math.floor(next() * 130 * DAY);
      batch.incidents.push({
        source: 'pagerduty',
        externalId: `${project}-i${i}`,
        project,
        status: 'DONE',
        createdAt: new Date(created),
        resolvedAt:
          next() < 0.8
            ? new Date(created + Math.floor(next() * 2 * DAY))
            : null,
      });
    }
  }
  return batch;
}

describe.each(databases.eachSupportedId())(
  'changes matched to deployments in the database on %s',
  databaseId => {
    let knex: Knex;

    beforeAll(async () => {
      knex = await holding(await databases.init(databaseId), dataSet());
    }, 120_000);

    const figures = async (
      resolveDeployments: boolean,
      window: { from: number; to: number },
      options: {
        aggregation: Aggregation;
        definitions: Definitions;
        excludeWeekends: boolean;
      },
      projects?: string[],
    ) => {
      const range = DoraCalculator.factRange(window);
      const facts = await new FactReader(knex).facts({
        projects,
        from: new Date(range.from),
        to: new Date(range.to),
        environments: ['production'],
        resolveDeployments,
      });
      return {
        changes: facts.changes.length,
        metrics: new DoraCalculator(facts, {
          environments: ['production'],
          benchmark: '2023',
          incidentWindowMs: 3_600_000 * 24,
          details: false,
          ...options,
        }).metrics(window),
      };
    };

    it.each([
      ['median', 'dora', false],
      ['p90', 'dora', true],
      ['mean', 'devlake', false],
      ['p75', 'devlake', true],
    ] as const)(
      'gives the figures of the changes read one by one (%s, definitions=%s, excludeWeekends=%s)',
      async (aggregation, definitions, excludeWeekends) => {
        const options = { aggregation, definitions, excludeWeekends };
        for (const window of [
          { from: START + 45 * DAY, to: START + 75 * DAY },
          { from: START + 30 * DAY, to: START + 120 * DAY },
        ]) {
          for (const projects of [['alpha'], undefined]) {
            const read = await figures(false, window, options, projects);
            const resolved = await figures(true, window, options, projects);
            // Enough changes (or pull requests with definitions=devlake) for the figure to tell.
            expect(read.metrics.leadTimeForChanges.count).toBeGreaterThan(10);
            // The PR breakdown (dora) or the PR-based definition (devlake) was computed too.
            expect(
              read.metrics.leadTimeForChanges[
                definitions === 'dora' ? 'pullRequests' : 'definition'
              ],
            ).toBeDefined();
            // Only the changes deployed in the range come back, not every commit read.
            expect(resolved.changes).toBeLessThan(read.changes);
            expect(resolved.metrics).toEqual(read.metrics);
          }
        }
      },
      120_000,
    );
  },
);
