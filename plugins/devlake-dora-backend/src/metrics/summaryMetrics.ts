import type { Definitions } from '@fawkes/plugin-devlake-dora-common';
import type { DoraMetrics } from './DoraCalculator';
import * as m from './metricOf';
import type { WindowSummary } from './summaries';

export interface SummaryOptions {
  definitions: Definitions;
  countFailedDeployments: boolean;
  incidentsRecorded: boolean;
}

/** The metrics of a window from the figures the database aggregated (see `DoraSummarySource`). */
export function summaryMetrics(
  ctx: m.MetricContext,
  window: m.Window,
  summary: WindowSummary,
  options: SummaryOptions,
  frequency?: m.FrequencyUnit,
): DoraMetrics {
  const { leadTime, pullRequests, prCycle, changeFailure, restore, rework } =
    summary;
  return {
    deploymentFrequency: m.frequencyMetric(
      ctx,
      window,
      summary.deployments,
      new Set(summary.deploymentDays),
      frequency,
    ),
    leadTimeForChanges:
      options.definitions === 'devlake'
        ? m.leadTimeMetric(ctx, window, prCycle, {}, true)
        : m.leadTimeMetric(
            ctx,
            window,
            leadTime,
            m.pullRequestBreakdown(
              pullRequests.count,
              pullRequests.review,
              pullRequests.deploy,
            ),
          ),
    changeFailureRate: m.changeFailureMetric(ctx, window, {
      ...changeFailure,
      incidentsRecorded: options.incidentsRecorded,
      countFailed: options.countFailedDeployments,
    }),
    timeToRestoreService: m.restoreMetric(ctx, window, restore),
    deploymentReworkRate: m.reworkMetric(
      ctx,
      window,
      rework.count,
      rework.rework,
    ),
  };
}
