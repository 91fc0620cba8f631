import { aggregate } from './aggregate';
import {
  type Benchmark,
  changeFailurePerformance,
  deploymentFrequencyPerformance,
  leadTimePerformance,
  type Performance,
  recoveryPerformance,
} from './benchmarks';
import {
  DAY,
  HOUR,
  addMonths,
  lengthInDays,
  type OffDays,
  startOfMonth,
  startOfWeek,
} from './calendar';
import type { Metric } from './metric';

/**
 * Each metric's answer from its figures (counts and aggregated spans), whether the figures were
 * computed in the backend from facts (`DoraCalculator`) or in the database (`SummaryMetrics`).
 */
export interface MetricContext {
  /** Lower-case production environments, named in reasons. */
  environments: string[];
  benchmark: Benchmark;
  off: OffDays;
  excludeWeekends: boolean;
}

export interface Window {
  from: number;
  to: number;
}

/** The unit deployment frequency is given in: deployments per this many days (weekdays with excludeWeekends). */
export interface FrequencyUnit {
  unit: string;
  days: number;
}

export const round = (v: number) => Math.round(v * 100) / 100;
export const iso = (t: number) => new Date(t).toISOString();
const describe = (window: Window) =>
  `between ${iso(window.from)} and ${iso(window.to)}`;
export const withDetails = (details?: unknown[]) =>
  details ? { details } : {};

export function noMetric(unit: string, reason: string): Metric {
  return {
    value: null,
    unit,
    trend: null,
    performance: null,
    count: 0,
    reason,
  };
}

/** Deployment frequency from the deployments' count and their distinct days (each day's 00:00 UTC). */
export function frequencyMetric(
  ctx: MetricContext,
  window: Window,
  count: number,
  days: ReadonlySet<number>,
  frequency?: FrequencyUnit,
  details?: unknown[],
): Metric {
  const { unit, days: unitDays } = frequency ?? {
    unit: 'deploys/week',
    days: ctx.excludeWeekends ? 5 : 7,
  };
  if (count === 0)
    return noMetric(
      unit,
      `no successful deployment to ${ctx.environments.join(', ')} ${describe(window)}`,
    );
  const daysIn = (from: number, to: number) =>
    [...days].filter(day => day >= from && day < to).length;
  const perWeek: number[] = [];
  for (let week = startOfWeek(window.from); week < window.to; week += 7 * DAY)
    perWeek.push(daysIn(week, week + 7 * DAY));
  const perMonth: number[] = [];
  for (
    let month = startOfMonth(window.from);
    month < window.to;
    month = addMonths(month, 1)
  )
    perMonth.push(daysIn(month, addMonths(month, 1)));
  const deploymentDays = {
    medianPerWeek: aggregate(perWeek, 'median')!,
    medianPerMonth: aggregate(perMonth, 'median')!,
    total: days.size,
  };
  const units = lengthInDays(window.from, window.to, ctx.off) / unitDays;
  return {
    value: round(count / units),
    unit,
    trend: null,
    performance: deploymentFrequencyPerformance(deploymentDays, ctx.benchmark),
    count,
    deploymentDays,
    ...withDetails(details),
  };
}

/** Merged → deployed and opened → merged of the pull requests deployed in the window (aggregated ms). */
export function pullRequestBreakdown(
  count: number,
  review: number | null,
  deploy: number | null,
): Record<string, unknown> {
  if (count === 0) return {};
  const hours = (v: number | null) => (v === null ? null : round(v / HOUR));
  return {
    pullRequests: {
      count,
      openToMergeHours: hours(review),
      mergeToDeployHours: hours(deploy),
    },
  };
}

/** How many samples a span stands on, and their aggregate (ms; null for none). */
export interface Span {
  count: number;
  value: number | null;
}

/** A span metric in hours; `reason(between)` says why there is none. */
function hoursMetric(
  span: Span,
  window: Window,
  reason: (between: string) => string,
  performance: (ms: number) => Performance,
  extra: Record<string, unknown>,
): Metric {
  if (span.value === null) return noMetric('hours', reason(describe(window)));
  return {
    value: round(span.value / HOUR),
    unit: 'hours',
    trend: null,
    performance: performance(span.value),
    count: span.count,
    ...extra,
  };
}

/**
 * Lead time for changes from the aggregated span of the changes, or with `pullRequests` DevLake's
 * `pr_cycle_time` from that of the pull requests (definitions=devlake).
 */
export const leadTimeMetric = (
  ctx: MetricContext,
  window: Window,
  span: Span,
  extra: Record<string, unknown>,
  pullRequests = false,
): Metric =>
  hoursMetric(
    span,
    window,
    between =>
      pullRequests
        ? `no merged pull request reached a successful deployment ${between} (definitions=devlake counts pull requests only)`
        : `no commit with a known commit time reached a successful deployment ${between}`,
    v => leadTimePerformance(v, ctx.benchmark),
    pullRequests ? { definition: 'pr_cycle_time', ...extra } : extra,
  );

export interface ChangeFailureFigures {
  /** Deployments counted (successful ones, and failed ones with countFailedDeployments). */
  count: number;
  failed: number;
  incidentsRecorded: boolean;
  /** Whether a counted deployment was rolled back, and whether one had failed. */
  anyRolledBack: boolean;
  anyFailedStatus: boolean;
  countFailed: boolean;
}

export function changeFailureMetric(
  ctx: MetricContext,
  window: Window,
  f: ChangeFailureFigures,
  details?: () => unknown[],
): Metric {
  const unit = 'percent';
  const what = f.countFailed ? 'deployment' : 'successful deployment';
  if (f.count === 0)
    return noMetric(
      unit,
      `no ${what} to ${ctx.environments.join(', ')} ${describe(window)}`,
    );
  const basis = [
    ...(f.incidentsRecorded ? ['incidents'] : []),
    ...(f.anyRolledBack ? ['rollbacks'] : []),
    ...(f.anyFailedStatus ? ['failed deployments'] : []),
  ];
  if (basis.length === 0) {
    return {
      ...noMetric(
        unit,
        `no incident recorded at any time for the project or team, and no rollback${f.countFailed ? ' or failed deployment' : ''} ${describe(window)}, to tell failed deployments from good ones`,
      ),
      count: f.count,
    };
  }
  const percent = (f.failed / f.count) * 100;
  return {
    value: round(percent),
    unit,
    trend: null,
    performance: changeFailurePerformance(percent, ctx.benchmark),
    count: f.count,
    failed: f.failed,
    basis,
    ...withDetails(details?.()),
  };
}

/** Time to restore (2021) or failed deployment recovery time, from the aggregated span. */
export function restoreMetric(
  ctx: MetricContext,
  window: Window,
  span: Span,
  details?: unknown[],
): Metric {
  const fromDeployment = ctx.benchmark.year !== '2021';
  return hoursMetric(
    span,
    window,
    between =>
      `${fromDeployment ? 'no incident linked to a deployment of the period was resolved' : 'no incident was resolved'} ${between}`,
    v => recoveryPerformance(v, ctx.benchmark),
    {
      definition: fromDeployment
        ? 'failed deployment recovery time'
        : 'time to restore service',
      ...withDetails(details),
    },
  );
}

export function reworkMetric(
  ctx: MetricContext,
  window: Window,
  count: number,
  rework: number,
  details?: () => unknown[],
): Metric {
  const unit = 'percent';
  if (count === 0)
    return noMetric(
      unit,
      `no successful deployment to ${ctx.environments.join(', ')} ${describe(window)}`,
    );
  return {
    value: round((rework / count) * 100),
    unit,
    trend: null,
    performance: null,
    count,
    rework,
    ...withDetails(details?.()),
  };
}
