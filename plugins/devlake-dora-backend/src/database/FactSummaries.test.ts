import { createTestDatabases } from '@fawkes/test-kit';
import { METRIC_NAMES } from '@fawkes/plugin-devlake-dora-common';
import type { Knex } from 'knex';
import type { IngestBatch } from '../ingestion/events';
import type { Aggregation } from '../metrics/aggregate';
import type { BenchmarkYear } from '../metrics/benchmarks';
import { DoraCalculator, type Definitions } from '../metrics/DoraCalculator';
import { summaryMetrics } from '../metrics/summaryMetrics';
import { emptyBatch, holding, seeded } from './__testUtils__/seeded';
import { FactReader } from './FactReader';
import { FactSummaries } from './FactSummaries';

const databases = createTestDatabases();

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 2, 3);

/**
 * Three projects over 100 days with everything the rules tell apart: failed, staging and
 * rolled-back deployments, deployments whose start is unknown or long before their finish,
 * several on one instant, incidents linked explicitly (to a failed deployment too), in a window,
 * to the last earlier deployment or to none, incidents never resolved, listed and unlisted
 * commits, commits dated after their deployment, pull requests with and without a merge commit.
 */
function facts(): IngestBatch {
  const next = seeded(7);
  const batch = emptyBatch();
  for (const project of ['north', 'south', 'east']) {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      // Every seventh deployment finishes on the instant of the one before it.
      const finished =
        i % 7 === 6
          ? times[times.length - 1]
          : START + 5 * DAY + Math.floor(next() * 95 * DAY);
      times.push(finished);
      const shas = [0, 1, 2].map(k => `${project}${i}c${k}`.padEnd(40, 'a'));
      shas.forEach((sha, k) =>
        batch.commits.push({
          project,
          sha,
          committedAt:
            k === 2 && i % 11 === 0
              ? null
              : new Date(
                  finished -
                    Math.floor(next() * 4 * DAY) +
                    (i % 13 === 0 ? DAY : 0),
                ),
          landedAt: new Date(finished - Math.floor(next() * 2 * DAY) - HOUR),
        }),
      );
      const roll = next();
      const environment = roll < 0.55 ? 'prod' : 'Production';
      batch.deployments.push({
        source: 'argocd',
        externalId: `${project}-${i}`,
        project,
        environment: roll < 0.1 ? 'staging' : environment,
        status: next() < 0.15 ? 'FAILURE' : 'SUCCESS',
        rollback: next() < 0.1,
        startedAt:
          i % 5 === 0
            ? null
            : new Date(finished - Math.floor(next() * 30 * HOUR)),
        finishedAt: new Date(finished),
        commits: next() < 0.5 ? shas.slice(0, 2).map(sha => ({ sha })) : [],
      });
      if (i % 3 === 0)
        batch.pullRequests.push({
          project,
          repository: `acme/${project}`,
          number: i + 1,
          mergeCommitSha: i % 2 === 0 ? shas[0] : null,
          createdAt: new Date(
            finished - Math.floor(next() * 6 * DAY) - 2 * HOUR,
          ),
          mergedAt: new Date(finished - Math.floor(next() * 2 * DAY) - HOUR),
        });
    }
    for (let i = 0; i < 30; i++) {
      const created = START + Math.floor(next() * 105 * DAY);
      const resolved = next();
      batch.incidents.push({
        source: 'pagerduty',
        externalId: `${project}-inc${i}`,
        project,
        status: 'DONE',
        deploymentRef:
          i % 6 === 0 ? `${project}-${Math.floor(next() * 60)}` : null,
        createdAt: new Date(created),
        resolvedAt:
          resolved < 0.15
            ? null
            : new Date(created + Math.floor(next() * 3 * DAY)),
      });
    }
  }
  // A commit of north landed long before the periods, first listed by a deployment in one.
  const early = 'north-early'.padEnd(40, 'b');
  batch.commits.push({
    project: 'north',
    sha: early,
    committedAt: new Date(START + DAY),
    landedAt: new Date(START + DAY),
  });
  batch.deployments.push({
    source: 'argocd',
    externalId: 'north-late',
    project: 'north',
    environment: 'prod',
    status: 'SUCCESS',
    rollback: false,
    startedAt: new Date(START + 76 * DAY - HOUR),
    finishedAt: new Date(START + 76 * DAY),
    commits: [{ sha: early }],
  });
  // West never deployed to production successfully: its commits were never deployed.
  for (let i = 0; i < 10; i++) {
    const finished = START + 10 * DAY + i * 9 * DAY;
    batch.commits.push({
      project: 'west',
      sha: `west${i}`.padEnd(40, 'c'),
      committedAt: new Date(finished - DAY),
      landedAt: new Date(finished - HOUR),
    });
    batch.deployments.push({
      source: 'argocd',
      externalId: `west-${i}`,
      project: 'west',
      environment: i % 2 === 0 ? 'prod' : 'staging',
      status: i % 2 === 0 ? 'FAILURE' : 'SUCCESS',
      rollback: false,
      startedAt: null,
      finishedAt: new Date(finished),
      commits: [],
    });
  }
  return batch;
}

interface Options {
  aggregation: Aggregation;
  definitions: Definitions;
  benchmark: BenchmarkYear;
  countFailedDeployments: boolean;
  incidentWindowMs: number | null;
}

describe.each(databases.eachSupportedId())(
  'figures aggregated in the database on %s',
  databaseId => {
    let knex: Knex;

    beforeAll(async () => {
      knex = await holding(await databases.init(databaseId), facts());
    }, 120_000);

    /** The metrics of windows from facts read row by row, and from the database's figures. */
    const both = async (
      windows: Array<{ from: number; to: number }>,
      options: Options,
      projects?: string[],
    ) => {
      const range = DoraCalculator.factRange(windows[0]);
      const query = {
        projects,
        from: new Date(range.from),
        to: new Date(range.to),
        environments: ['prod', 'production'],
      };
      const calculator = new DoraCalculator(
        await new FactReader(knex).facts(query),
        {
          environments: query.environments,
          excludeWeekends: false,
          details: false,
          ...options,
        },
      );
      const summaries = await new FactSummaries(knex).summaries({
        ...query,
        windows,
        metrics: METRIC_NAMES,
        recoveryFromDeployment: options.benchmark !== '2021',
        ...options,
      });
      const context = {
        environments: query.environments,
        benchmark: { year: options.benchmark },
        off: { weekends: false, holidays: new Set<number>() },
        excludeWeekends: false,
      };
      return windows.map((window, i) => ({
        read: calculator.compute(window, false),
        summarized: summaryMetrics(context, window, summaries.windows[i], {
          ...options,
          incidentsRecorded: summaries.incidentsRecorded,
        }),
      }));
    };

    it.each<Options>([
      {
        aggregation: 'median',
        definitions: 'dora',
        benchmark: '2023',
        countFailedDeployments: false,
        incidentWindowMs: null,
      },
      {
        aggregation: 'p90',
        definitions: 'dora',
        benchmark: '2021',
        countFailedDeployments: true,
        incidentWindowMs: 24 * HOUR,
      },
      {
        aggregation: 'mean',
        definitions: 'devlake',
        benchmark: '2024',
        countFailedDeployments: false,
        incidentWindowMs: 2 * HOUR,
      },
      {
        aggregation: 'p75',
        definitions: 'devlake',
        benchmark: '2023',
        countFailedDeployments: true,
        incidentWindowMs: null,
      },
    ])(
      'gives the calculator’s figures for every metric and window (%o)',
      async options => {
        const period = { from: START + 50 * DAY, to: START + 85 * DAY };
        const weeks = Array.from({ length: 5 }, (_, w) => ({
          from: period.from + w * 7 * DAY,
          to: period.from + (w + 1) * 7 * DAY,
        }));
        const previous = {
          from: period.from - (period.to - period.from),
          to: period.from,
        };
        for (const projects of [['north'], ['north', 'south'], undefined]) {
          const results = await both(
            [period, previous, ...weeks],
            options,
            projects,
          );
          for (const { read, summarized } of results)
            expect(summarized).toEqual(read);
          // The figures stand on data: each metric has a value in the period.
          for (const name of METRIC_NAMES)
            expect([name, results[0].read[name].count]).not.toEqual([name, 0]);
          expect(results[0].read.changeFailureRate.failed).toBeGreaterThan(0);
          expect(results[0].read.deploymentReworkRate.rework).toBeGreaterThan(
            0,
          );
        }
      },
      120_000,
    );

    it('reads the commits of each project of a team as it reads them for that project alone', async () => {
      // North deployed before this range; west never did. North's early commit landed before its
      // own last deployment before the range: alone it is not read, and naming west beside it
      // does not read it either.
      const period = { from: START + 70 * DAY, to: START + 84 * DAY };
      const previous = { from: START + 56 * DAY, to: period.from };
      const options: Options = {
        aggregation: 'median',
        definitions: 'dora',
        benchmark: '2023',
        countFailedDeployments: false,
        incidentWindowMs: null,
      };
      const [alone] = await both([period, previous], options, ['north']);
      const [team] = await both([period, previous], options, ['north', 'west']);
      expect(alone.summarized).toEqual(alone.read);
      expect(team.summarized).toEqual(team.read);
      expect(alone.read.leadTimeForChanges.count).toBeGreaterThan(0);
      expect(team.read.leadTimeForChanges).toEqual(
        alone.read.leadTimeForChanges,
      );
      // West never deployed to production up to the range's end: none of its commits is read.
      const range = DoraCalculator.factRange(period);
      const read = await new FactReader(knex).facts({
        projects: ['north', 'west'],
        from: new Date(range.from),
        to: new Date(range.to),
        environments: ['prod', 'production'],
      });
      expect(read.changes.filter(c => c.project === 'north')).not.toEqual([]);
      expect(read.changes.filter(c => c.project === 'west')).toEqual([]);
    });
  },
);
