import { DoraCalculator } from './DoraCalculator';
import type { DoraFacts } from './facts';
import {
  change,
  deployment,
  incident,
  options,
  t,
} from './__testUtils__/facts';

/** Monday 2026-11-02 to Monday 2026-11-16, as the hand-computed set of DoraCalculator.test.ts. */
const window = {
  from: t('2026-11-02T00:00:00Z'),
  to: t('2026-11-16T00:00:00Z'),
};

const facts: DoraFacts = {
  deployments: [
    deployment('d1', '2026-11-02T10:00:00Z'),
    deployment('d2', '2026-11-03T10:00:00Z'),
    deployment('d3', '2026-11-03T15:00:00Z'),
    deployment('d4', '2026-11-09T12:00:00Z'),
    deployment('d7', '2026-11-10T10:00:00Z', { rollback: true }),
  ],
  changes: [
    change('c1', '2026-11-01T08:00:00Z', '2026-11-01T09:00:00Z'), // → d1: 26 h
    change('c2', '2026-11-02T12:00:00Z', '2026-11-03T09:00:00Z'), // → d2: 22 h
    change('c3', '2026-11-03T11:00:00Z', '2026-11-03T12:00:00Z'), // → d3: 4 h
    change('c4', '2026-11-05T10:00:00Z', '2026-11-06T10:00:00Z'), // → d4: 98 h
  ],
  // i1 → d3; nothing links to d4, which d7 rolled back
  incidents: [incident('i1', '2026-11-03T16:00:00Z', '2026-11-03T18:00:00Z')],
  pullRequests: [
    // opened 11-01 10:00, merged before d1: cycle 24 h
    {
      project: 'payments',
      repository: 'acme/payments',
      number: 1,
      createdAt: t('2026-11-01T10:00:00Z'),
      mergedAt: t('2026-11-02T09:00:00Z'),
    },
    // opened 11-09 00:00:30, deployed by d4 at 12:00: 11 h 59 min 30 s, 12 h in whole minutes up
    {
      project: 'payments',
      repository: 'acme/payments',
      number: 2,
      createdAt: t('2026-11-09T00:00:30Z'),
      mergedAt: t('2026-11-09T11:00:00Z'),
    },
  ],
};

describe('definitions=devlake', () => {
  const dora = new DoraCalculator(facts, options()).metrics(window);
  const devlake = new DoraCalculator(
    facts,
    options({ definitions: 'devlake', details: true }),
  ).metrics(window);

  it('counts incidents only in the change failure rate, not rollbacks', () => {
    // 5 deployments: d3 (incident) and d4 (rolled back) failed here, only d3 in DevLake's dashboards
    expect(dora.changeFailureRate).toMatchObject({
      value: 40,
      failed: 2,
      basis: ['incidents', 'rollbacks'],
    });
    expect(devlake.changeFailureRate).toMatchObject({
      value: 20,
      failed: 1,
      performance: 'low',
      basis: ['incidents'],
    });
  });

  it("takes lead time per pull request, DevLake's pr_cycle_time, in whole minutes rounded up", () => {
    // commit-based: [4, 22, 26, 98] → 22 h
    expect(dora.leadTimeForChanges).toMatchObject({ value: 22, count: 4 });
    // per PR: [24 h, 12 h] → lower median 12 h
    expect(devlake.leadTimeForChanges).toMatchObject({
      value: 12,
      unit: 'hours',
      count: 2,
      definition: 'pr_cycle_time',
    });
    expect(devlake.leadTimeForChanges.details).toEqual([
      expect.objectContaining({ number: 1, deploymentId: 'd1', hours: 24 }),
      expect.objectContaining({ number: 2, deploymentId: 'd4', hours: 12 }),
    ]);
  });

  it('has no lead time without pull requests, as DevLake counts no commit without one', () => {
    const metric = new DoraCalculator(
      { ...facts, pullRequests: [] },
      options({ definitions: 'devlake' }),
    ).metrics(window).leadTimeForChanges;
    expect(metric).toMatchObject({ value: null, count: 0 });
    expect(metric.reason).toMatch(/no merged pull request/);
  });
});

describe('holidays', () => {
  it('takes them out of time like weekends: their deployments do not count and durations skip them', () => {
    const holiday = new DoraCalculator(
      facts,
      options({ holidays: new Set([t('2026-11-03T00:00:00Z')]) }),
    ).metrics(window);
    // d2 and d3 finished on the holiday: d1 d4 d7 in 13 days → 3 / (13 / 7) = 1.62 a week
    expect(holiday.deploymentFrequency).toMatchObject({
      value: 1.62,
      count: 3,
    });
    // c2 and c3 reached deployments of the holiday: [26, 98] → 26 h
    expect(holiday.leadTimeForChanges).toMatchObject({ value: 26, count: 2 });
    // c1 → d1 spans 11-01 and 11-02: a holiday on 11-01 takes its 16 hours out (26 → 10)
    const sunday = new DoraCalculator(
      facts,
      options({ holidays: new Set([t('2026-11-01T00:00:00Z')]) }),
    ).metrics(window).leadTimeForChanges;
    expect(sunday).toMatchObject({ value: 10, count: 4 });
  });
});

describe('custom benchmark bands', () => {
  it('classifies with the configured bands instead of the report year', () => {
    const custom = new DoraCalculator(
      facts,
      options({
        customBands: {
          deploymentDays: {
            elitePerWeek: 1,
            highPerWeek: 0.5,
            mediumPerMonth: 1,
          },
          leadTimeHours: [12, 48, 240],
          changeFailureRatePercent: [50, 60, 70],
          timeToRestoreHours: [0.5, 1, 2],
        },
      }),
    ).metrics(window);
    // 22 h: elite in 2023 (< 24 h), high under < 12 h elite
    expect(custom.leadTimeForChanges).toMatchObject({
      value: 22,
      performance: 'high',
    });
    // 40 %: low in 2023, elite at ≤ 50 %
    expect(custom.changeFailureRate).toMatchObject({
      value: 40,
      performance: 'elite',
    });
    // median 2 deployment days a week: high in 2023, elite at ≥ 1
    expect(custom.deploymentFrequency.performance).toBe('elite');
    // d3 → i1 resolved 3 h later: medium in 2023 (< 1 day), low above 2 h
    expect(custom.timeToRestoreService).toMatchObject({
      value: 3,
      performance: 'low',
    });
  });
});
