import { DoraCalculator, type CalculationOptions } from './DoraCalculator';
import type { DoraFacts } from './facts';
import {
  change,
  deployment,
  incident,
  options,
  t,
} from './__testUtils__/facts';

/** Two ISO weeks, Monday 2026-11-02 to Monday 2026-11-16; the previous period is 2026-10-19 to 11-02. */
const window = {
  from: t('2026-11-02T00:00:00Z'),
  to: t('2026-11-16T00:00:00Z'),
};

/** The hand-computed data set; each figure below is worked out in the comments of its test. */
const facts: DoraFacts = {
  deployments: [
    deployment('d0', '2026-10-30T10:00:00Z'),
    deployment('d1', '2026-11-02T10:00:00Z'),
    deployment('d2', '2026-11-03T10:00:00Z'),
    deployment('d3', '2026-11-03T15:00:00Z'),
    deployment('staging', '2026-11-04T10:00:00Z', { environment: 'staging' }),
    deployment('d4', '2026-11-09T12:00:00Z'),
    deployment('d7', '2026-11-10T10:00:00Z', { rollback: true }),
    deployment('d5', '2026-11-11T09:00:00Z', { status: 'FAILURE' }),
  ],
  changes: [
    change('c5', '2026-10-29T10:00:00Z', '2026-10-29T12:00:00Z'), // → d0: 24 h (previous period)
    change('c1', '2026-11-01T08:00:00Z', '2026-11-01T09:00:00Z'), // → d1: 26 h
    change('c2', '2026-11-02T12:00:00Z', '2026-11-03T09:00:00Z'), // → d2: 22 h
    change('c3', '2026-11-03T11:00:00Z', '2026-11-03T12:00:00Z'), // → d3: 4 h
    change('c4', '2026-11-05T10:00:00Z', '2026-11-06T10:00:00Z'), // → d4: 98 h
    change('c6', '2026-11-12T00:00:00Z', '2026-11-12T00:00:00Z'), // not deployed yet
    change('c7', null, '2026-11-02T09:00:00Z'), // no commit time
  ],
  incidents: [
    incident('i1', '2026-11-03T16:00:00Z', '2026-11-03T18:00:00Z'), // after d3: 2 h open, 3 h from d3
    incident('i2', '2026-11-10T08:00:00Z', '2026-11-10T20:00:00Z'), // after d4: 12 h open, 32 h from d4
  ],
  pullRequests: [],
};

describe('DoraCalculator on a hand-computed data set', () => {
  const metrics = new DoraCalculator(facts, options()).metrics(window);

  it('counts successful production deployments per week and classifies by median deployment days', () => {
    // d1 d2 d3 d4 d7 = 5 in 2 weeks; deployment days: week 1 {11-02, 11-03}, week 2 {11-09, 11-10}.
    expect(metrics.deploymentFrequency).toMatchObject({
      value: 2.5,
      unit: 'deploys/week',
      count: 5,
      performance: 'high',
      deploymentDays: { medianPerWeek: 2, medianPerMonth: 4, total: 4 },
      // previous period: d0 alone, 0.5 a week
      trend: 'increasing',
    });
  });

  it('takes the lower median of first commit → first production deployment containing it', () => {
    // [4, 22, 26, 98] → lower median 22 h (elite in 2023); previous period [24] → decreasing
    expect(metrics.leadTimeForChanges).toMatchObject({
      value: 22,
      unit: 'hours',
      count: 4,
      performance: 'elite',
      trend: 'decreasing',
    });
    const calc = (aggregation: CalculationOptions['aggregation']) =>
      new DoraCalculator(facts, options({ aggregation })).metrics(window)
        .leadTimeForChanges.value;
    expect(calc('mean')).toBe(37.5);
    expect(calc('p75')).toBe(26);
    expect(calc('p90')).toBe(26);
    expect(
      new DoraCalculator(facts, options({ benchmark: '2021' })).metrics(window)
        .leadTimeForChanges.performance,
    ).toBe('high');
  });

  it('counts a successful deployment failed when it was rolled back or caused an incident (DevLake basis)', () => {
    // 5 successful production deployments (d1 d2 d3 d4 d7); failed: d3 (i1), d4 (i2 and rolled back by d7) → 40 %.
    // The previous period has d0, which caused no incident: with incidents recorded, 0 % as DevLake
    // computes it (not "no data"), so the trend is increasing.
    expect(metrics.changeFailureRate).toMatchObject({
      value: 40,
      unit: 'percent',
      count: 5,
      failed: 2,
      performance: 'low',
      trend: 'increasing',
      basis: ['incidents', 'rollbacks'],
    });
    expect(
      new DoraCalculator(facts, options({ benchmark: '2021' })).metrics(window)
        .changeFailureRate.performance,
    ).toBe('low');
    // countFailedDeployments: d5 (FAILURE) joins both sides → 3 of 6
    const withFailed = new DoraCalculator(
      facts,
      options({ countFailedDeployments: true }),
    ).metrics(window).changeFailureRate;
    expect(withFailed).toMatchObject({
      value: 50,
      count: 6,
      failed: 3,
      basis: ['incidents', 'rollbacks', 'failed deployments'],
    });
  });

  it('gives no change failure rate when nothing tells a failed deployment from a good one, and computes one from rollbacks or failed deployments alone', () => {
    const quiet = { ...facts, incidents: [] };
    const none = new DoraCalculator(
      { ...quiet, deployments: quiet.deployments.filter(d => !d.rollback) },
      options(),
    ).metrics(window).changeFailureRate;
    expect(none).toMatchObject({ value: null, performance: null, count: 4 });
    expect(none.reason).toMatch(
      /^no incident recorded at any time for the project or team, and no rollback between .*, to tell failed deployments from good ones$/,
    );
    // without incidents, d7's rollback of d4 still says 1 of 5 failed
    expect(
      new DoraCalculator(quiet, options()).metrics(window).changeFailureRate,
    ).toMatchObject({ value: 20, failed: 1, basis: ['rollbacks'] });
    const failedOnly = {
      ...quiet,
      deployments: quiet.deployments.filter(d => !d.rollback),
    };
    expect(
      new DoraCalculator(
        failedOnly,
        options({ countFailedDeployments: true }),
      ).metrics(window).changeFailureRate,
    ).toMatchObject({
      value: 20,
      count: 5,
      failed: 1,
      basis: ['failed deployments'],
    });
  });

  it('gives 0 % for a period without incidents once incidents are recorded for the project, as DevLake does', () => {
    // d1 d2 d3 d4 without the rollback; the only incident opened weeks before, with no deployment to link to.
    const calm: DoraFacts = {
      ...facts,
      deployments: facts.deployments.filter(d => !d.rollback),
      incidents: [
        incident('old', '2026-10-01T10:00:00Z', '2026-10-01T11:00:00Z'),
      ],
    };
    // 0 of 4 failed: a real 0 %, elite (DevLake: 0/4 with incidents collected)
    expect(
      new DoraCalculator(calm, options()).metrics(window).changeFailureRate,
    ).toMatchObject({
      value: 0,
      count: 4,
      failed: 0,
      performance: 'elite',
      basis: ['incidents'],
    });
    // the source says incidents are recorded, though none falls in the facts read
    const recorded = { ...calm, incidents: [], incidentsRecorded: true };
    expect(
      new DoraCalculator(recorded, options()).metrics(window).changeFailureRate,
    ).toMatchObject({ value: 0, performance: 'elite' });
    // none recorded at all: nothing tells a failed deployment from a good one
    expect(
      new DoraCalculator(
        { ...recorded, incidentsRecorded: false },
        options(),
      ).metrics(window).changeFailureRate,
    ).toMatchObject({ value: null, performance: null });
  });

  it("counts an incident opened after the period against the period's last deployment before it", () => {
    // 'late' opens 11-17, after the period; the last successful deployment before it is d7
    // (11-10, in the period): d3, d4 and d7 of 5 failed → 60 %
    const late = {
      ...facts,
      incidents: [
        ...facts.incidents,
        incident('late', '2026-11-17T10:00:00Z', '2026-11-17T12:00:00Z'),
      ],
    };
    expect(
      new DoraCalculator(late, options()).metrics(window).changeFailureRate,
    ).toMatchObject({ value: 60, failed: 3 });
  });

  it('measures failed deployment recovery time only for deployments of the period, as DevLake joins them', () => {
    // i0 opens 11-01 10:00 after d0 (10-30 10:00, previous period) and is resolved in the period, 11-02 01:00.
    const carried = {
      ...facts,
      incidents: [
        incident('i0', '2026-11-01T10:00:00Z', '2026-11-02T01:00:00Z'),
        ...facts.incidents,
      ],
    };
    // 2023: i0's deployment finished before the period, so only i1 (3 h) and i2 (32 h): lower median 3 h.
    // Counting i0 (d0 → 11-02 01:00 = 63 h) would give [3, 32, 63] → 32 h.
    expect(
      new DoraCalculator(carried, options()).metrics(window)
        .timeToRestoreService,
    ).toMatchObject({ value: 3, count: 2 });
    // 2021 counts every incident resolved in the period, opened → resolved: [2, 12, 15] → 12 h
    expect(
      new DoraCalculator(carried, options({ benchmark: '2021' })).metrics(
        window,
      ).timeToRestoreService,
    ).toMatchObject({ value: 12, count: 3 });
  });

  it('measures recovery as the benchmark defines it', () => {
    // 2023: deployment finished → incident resolved: i1 3 h, i2 32 h → lower median 3 h
    expect(metrics.timeToRestoreService).toMatchObject({
      value: 3,
      unit: 'hours',
      count: 2,
      performance: 'high',
      definition: 'failed deployment recovery time',
    });
    // 2021: incident opened → resolved: i1 2 h, i2 12 h → 2 h
    const y2021 = new DoraCalculator(
      facts,
      options({ benchmark: '2021' }),
    ).metrics(window).timeToRestoreService;
    expect(y2021).toMatchObject({
      value: 2,
      count: 2,
      performance: 'high',
      definition: 'time to restore service',
    });
    // mean of 2 h and 12 h
    expect(
      new DoraCalculator(
        facts,
        options({ benchmark: '2021', aggregation: 'mean' }),
      ).metrics(window).timeToRestoreService.value,
    ).toBe(7);
  });

  it('counts rollbacks and deployments during an open incident as rework', () => {
    // d7 is a rollback made while i2 was open: 1 of 5 successful deployments
    expect(metrics.deploymentReworkRate).toMatchObject({
      value: 20,
      unit: 'percent',
      count: 5,
      rework: 1,
      performance: null,
    });
  });

  it('lists what each figure stands on when details are asked for', () => {
    const detailed = new DoraCalculator(
      facts,
      options({ details: true }),
    ).metrics(window);
    expect(
      (detailed.leadTimeForChanges.details as any[]).map(d => [
        d.sha,
        d.deploymentId,
        d.hours,
      ]),
    ).toEqual([
      ['c1', 'd1', 26],
      ['c2', 'd2', 22],
      ['c3', 'd3', 4],
      ['c4', 'd4', 98],
    ]);
    expect(
      (detailed.leadTimeForChanges.details as any[]).every(
        d => d.matchedBy === 'time',
      ),
    ).toBe(true);
    expect(
      (detailed.changeFailureRate.details as any[])
        .filter(d => d.failed)
        .map(d => [d.id, d.reasons]),
    ).toEqual([
      ['d3', ['incident']],
      ['d4', ['rolled back', 'incident']],
    ]);
    expect(metrics.leadTimeForChanges.details).toBeUndefined();
  });

  it('only counts the environments asked for', () => {
    const staging = new DoraCalculator(
      facts,
      options({ environments: ['staging'] }),
    ).metrics(window);
    expect(staging.deploymentFrequency).toMatchObject({ value: 0.5, count: 1 });
  });

  it('links an incident by explicit link, else within the configured window, else to the last earlier deployment', () => {
    const links = (
      incidentWindowMs: number | null,
      incidents = facts.incidents,
    ) =>
      (
        new DoraCalculator(
          { ...facts, incidents },
          options({ details: true, incidentWindowMs }),
        ).metrics(window).timeToRestoreService.details as any[]
      ).map(d => [d.id, d.deploymentId, d.linkedBy]);
    // i1 names d1 although d3 finished after it
    expect(
      links(12 * 3_600_000, [
        incident('i1', '2026-11-03T16:00:00Z', '2026-11-03T18:00:00Z', {
          deploymentRef: 'd1',
        }),
      ]),
    ).toEqual([['i1', 'd1', 'explicit']]);
    // i1 is 1 h after d3: within a 12 h window; i2 is 20 h after d4: outside it, so still the last earlier deployment
    expect(links(12 * 3_600_000)).toEqual([
      ['i1', 'd3', 'window'],
      ['i2', 'd4', 'last earlier'],
    ]);
    expect(links(null)).toEqual([
      ['i1', 'd3', 'last earlier'],
      ['i2', 'd4', 'last earlier'],
    ]);
    // an explicit link to a deployment that is not known falls back to the rules
    expect(
      links(null, [
        incident('i1', '2026-11-03T16:00:00Z', null, {
          deploymentRef: 'nope',
          resolvedAt: t('2026-11-03T18:00:00Z'),
        }),
      ]),
    ).toEqual([['i1', 'd3', 'last earlier']]);
  });

  it('links by window to a rollout still in progress when the incident opened, which the last earlier deployment cannot be', () => {
    const rollouts: DoraFacts = {
      ...facts,
      deployments: [
        ...facts.deployments,
        // started 30 min before i1 (16:00) and finished after it opened
        deployment('d3b', '2026-11-03T17:00:00Z', {
          startedAt: t('2026-11-03T15:30:00Z'),
        }),
        // no start time: taken as started when it finished, after i1 opened, so not i1's
        deployment('late', '2026-11-03T16:30:00Z'),
        // started long before i2 (11-10 08:00) and before d4, still rolling out when i2 opened
        deployment('slow', '2026-11-10T09:00:00Z', {
          startedAt: t('2026-11-09T06:00:00Z'),
        }),
      ],
    };
    const links = (incidentWindowMs: number | null) =>
      (
        new DoraCalculator(
          rollouts,
          options({ details: true, incidentWindowMs }),
        ).metrics(window).timeToRestoreService.details as any[]
      ).map(d => [d.id, d.deploymentId, d.linkedBy, d.hours]);
    // 12 h window: i1 → d3b (started last before 16:00; late starts after), 17:00 → 18:00 = 1 h.
    // i2's window starts 11-09 20:00: d4 (started 11-09 12:00) finished before it; slow, started
    // earlier, is still rolling out at 08:00 → slow, 09:00 → 20:00 = 11 h.
    expect(links(12 * 3_600_000)).toEqual([
      ['i1', 'd3b', 'window', 1],
      ['i2', 'slow', 'window', 11],
    ]);
    // without a window only deployments finished before the incident qualify: d3 (3 h) and d4 (32 h)
    expect(links(null)).toEqual([
      ['i1', 'd3', 'last earlier', 3],
      ['i2', 'd4', 'last earlier', 32],
    ]);
    // a 1 h window for i2 (from 07:00): slow still qualifies by finishing after it; d4 does not
    expect(links(3_600_000)).toEqual([
      ['i1', 'd3b', 'window', 1],
      ['i2', 'slow', 'window', 11],
    ]);
  });

  it('takes a commit to the first production deployment that lists it, and matches by time only without links', () => {
    // x lands 11-03 09:00; d2 (10:00) does not list it, d4 (11-09 12:00) does: 11-03 08:00 → d4 = 148 h.
    // y has no link: the first deployment after it landed, d2: 2 h. Mean of [2, 148] = 75 h.
    const linked: DoraFacts = {
      ...facts,
      changes: [
        {
          ...change('x', '2026-11-03T08:00:00Z', '2026-11-03T09:00:00Z'),
          deployment: { id: 'd4', finishedAt: t('2026-11-09T12:00:00Z') },
        },
        change('y', '2026-11-03T08:00:00Z', '2026-11-03T09:00:00Z'),
      ],
    };
    const m = new DoraCalculator(
      linked,
      options({ details: true, aggregation: 'mean' }),
    ).metrics(window).leadTimeForChanges;
    expect(m).toMatchObject({ value: 75, count: 2 });
    expect(
      (m.details as any[]).map(d => [
        d.sha,
        d.deploymentId,
        d.matchedBy,
        d.hours,
      ]),
    ).toEqual([
      ['x', 'd4', 'link', 148],
      ['y', 'd2', 'time', 2],
    ]);
  });

  it("takes a PR to its merge commit's deployment, and leaves out PRs deployed on a weekend when weekends are excluded", () => {
    const pr = {
      project: 'payments',
      repository: 'org/payments',
      number: 7,
      createdAt: t('2026-11-02T09:00:00Z'),
      mergedAt: t('2026-11-03T09:00:00Z'),
      mergeCommitSha: 'm',
    };
    const linked: DoraFacts = {
      ...facts,
      changes: [
        {
          ...change('m', '2026-11-03T08:00:00Z', '2026-11-03T09:00:00Z'),
          deployment: { id: 'd4', finishedAt: t('2026-11-09T12:00:00Z') },
        },
      ],
      pullRequests: [pr],
    };
    // merged 11-03 09:00 → d4 11-09 12:00 = 147 h (by time it would be d2, 1 h later)
    expect(
      new DoraCalculator(linked, options()).metrics(window).leadTimeForChanges
        .pullRequests,
    ).toEqual({ count: 1, openToMergeHours: 24, mergeToDeployHours: 147 });
    const unknownSha = {
      ...linked,
      pullRequests: [{ ...pr, mergeCommitSha: 'other' }],
    };
    expect(
      new DoraCalculator(unknownSha, options()).metrics(window)
        .leadTimeForChanges.pullRequests,
    ).toMatchObject({ mergeToDeployHours: 1 });
    const saturday: DoraFacts = {
      ...linked,
      deployments: [
        ...facts.deployments,
        deployment('sat', '2026-11-07T10:00:00Z'),
      ],
      changes: [
        {
          ...change('m', '2026-11-03T08:00:00Z', '2026-11-03T09:00:00Z'),
          deployment: { id: 'sat', finishedAt: t('2026-11-07T10:00:00Z') },
        },
      ],
    };
    expect(
      new DoraCalculator(saturday, options()).metrics(window).leadTimeForChanges
        .pullRequests,
    ).toMatchObject({ count: 1 });
    expect(
      new DoraCalculator(saturday, options({ excludeWeekends: true })).metrics(
        window,
      ).leadTimeForChanges.pullRequests,
    ).toBeUndefined();
  });
});

describe('DoraCalculator on thin data', () => {
  const empty: DoraFacts = {
    deployments: [],
    changes: [],
    incidents: [],
    pullRequests: [],
  };

  it('answers null with a reason, never 0, for an empty period', () => {
    const m = new DoraCalculator(empty, options()).metrics(window);
    for (const metric of Object.values(m)) {
      expect(metric.value).toBeNull();
      expect(metric.performance).toBeNull();
      expect(metric.trend).toBeNull();
      expect(metric.reason).toMatch(/^no /);
    }
    expect(m.deploymentFrequency.reason).toBe(
      'no successful deployment to prod, production between 2026-11-02T00:00:00.000Z and 2026-11-16T00:00:00.000Z',
    );
  });

  it('computes one deployment', () => {
    const one = {
      ...empty,
      deployments: [deployment('only', '2026-11-04T10:00:00Z')],
      changes: [change('c', '2026-11-04T08:00:00Z', '2026-11-04T09:00:00Z')],
    };
    const m = new DoraCalculator(one, options()).metrics(window);
    // 1 deployment in 2 weeks; weeks [1, 0] → lower median 0 days/week, month 1 → medium
    expect(m.deploymentFrequency).toMatchObject({
      value: 0.5,
      performance: 'medium',
      trend: null,
    });
    expect(m.leadTimeForChanges).toMatchObject({
      value: 2,
      count: 1,
      performance: 'elite',
    });
    // no incident and no rollback: nothing to call it failed or not by
    expect(m.changeFailureRate).toMatchObject({
      value: null,
      count: 1,
      performance: null,
    });
    expect(m.timeToRestoreService.value).toBeNull();
  });

  it('handles incidents without deployments: restored in 2021, no failed deployment to recover from in 2023', () => {
    const outage = {
      ...empty,
      incidents: [
        incident('cloud', '2026-11-05T10:00:00Z', '2026-11-05T10:30:00Z', {
          project: 'search',
        }),
      ],
    };
    const y2021 = new DoraCalculator(
      outage,
      options({ benchmark: '2021' }),
    ).metrics(window);
    expect(y2021.timeToRestoreService).toMatchObject({
      value: 0.5,
      count: 1,
      performance: 'elite',
    });
    expect(y2021.changeFailureRate.value).toBeNull();
    const y2023 = new DoraCalculator(outage, options()).metrics(window);
    expect(y2023.timeToRestoreService.value).toBeNull();
    expect(y2023.timeToRestoreService.reason).toMatch(
      /no incident linked to a deployment of the period was resolved/,
    );
  });

  it('takes weekends out of counts and durations when asked', () => {
    const weekend: DoraFacts = {
      ...empty,
      deployments: [
        deployment('sat', '2026-11-07T10:00:00Z', { project: 'search' }),
        deployment('mon', '2026-11-09T09:00:00Z'),
      ],
      // Friday 17:00 → Monday 09:00: 64 h, of which 16 h on weekdays
      changes: [change('fri', '2026-11-06T17:00:00Z', '2026-11-06T18:00:00Z')],
    };
    const all = new DoraCalculator(weekend, options()).metrics(window);
    expect(all.deploymentFrequency).toMatchObject({ value: 1, count: 2 });
    expect(all.leadTimeForChanges.value).toBe(64);
    const weekdays = new DoraCalculator(
      weekend,
      options({ excludeWeekends: true }),
    ).metrics(window);
    // 1 weekday deployment in 10 working days = 2 working weeks
    expect(weekdays.deploymentFrequency).toMatchObject({
      value: 0.5,
      count: 1,
    });
    expect(weekdays.leadTimeForChanges.value).toBe(16);
  });

  it('classifies daily deployers elite and counts a PR breakdown when PRs are known', () => {
    const days = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
    const daily: DoraFacts = {
      ...empty,
      deployments: days.map(d => deployment(`d${d}`, `2026-11-${d}T12:00:00Z`)),
      pullRequests: [
        {
          project: 'payments',
          repository: 'org/payments',
          number: 1,
          createdAt: t('2026-11-02T08:00:00Z'),
          mergedAt: t('2026-11-02T10:00:00Z'),
        },
      ],
      changes: [change('a', '2026-11-02T07:00:00Z', '2026-11-02T10:00:00Z')],
    };
    const m = new DoraCalculator(daily, options()).metrics(window);
    expect(m.deploymentFrequency).toMatchObject({
      value: 5,
      performance: 'elite',
      deploymentDays: { medianPerWeek: 5 },
    });
    expect(m.leadTimeForChanges).toMatchObject({
      value: 5,
      pullRequests: { count: 1, openToMergeHours: 2, mergeToDeployHours: 2 },
    });
  });
});
