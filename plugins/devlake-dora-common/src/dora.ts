/*
 * DORA's vocabulary as the devlake plugin answers it: the metrics, the performance tiers and the
 * benchmark bands of the State of DevOps reports, for a frontend that colours or explains them.
 */

/** The five metrics every metrics route answers, in this order. */
export const METRIC_NAMES = [
  'deploymentFrequency',
  'leadTimeForChanges',
  'changeFailureRate',
  'timeToRestoreService',
  'deploymentReworkRate',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** A DORA report's performance tiers, best first. */
export const PERFORMANCE_TIERS = ['elite', 'high', 'medium', 'low'] as const;
export type Performance = (typeof PERFORMANCE_TIERS)[number];

/** How lead times and recovery times become one figure. */
export const AGGREGATIONS = ['median', 'p75', 'p90', 'mean'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** The reports whose bands the plugin ships. */
export const BENCHMARK_YEARS = ['2021', '2023', '2024'] as const;
export type BenchmarkYear = (typeof BENCHMARK_YEARS)[number];

/** Upper bounds of elite, high and medium; above the last is low. */
export type TierBounds = [elite: number, high: number, medium: number];

/**
 * One set of performance bands, as DevLake turned a report's clusters into contiguous ranges.
 * Lead time and recovery: a value below a bound is in that tier. Change failure rate: at or
 * below. Deployment frequency: the median deployment days per week (elite, high) and per month
 * (medium) must reach the figure.
 */
export interface BenchmarkBands {
  deploymentDays: {
    elitePerWeek: number;
    highPerWeek: number;
    mediumPerMonth: number;
  };
  leadTimeHours: TierBounds;
  changeFailureRatePercent: TierBounds;
  timeToRestoreHours: TierBounds;
}

/**
 * The bands of each report. 2021 differs in deployment frequency beyond these figures: high is
 * a deployment day in the median month, medium one in the period (once per six months).
 * 2024's change failure clusters are not monotonic (high 20 %, medium 10 %), so its bands end at
 * the elite, high and low centroids.
 */
export const DORA_BENCHMARKS: Record<BenchmarkYear, BenchmarkBands> = {
  '2021': {
    deploymentDays: {
      elitePerWeek: 5,
      highPerWeek: Infinity,
      mediumPerMonth: 1,
    },
    leadTimeHours: [1, 7 * 24, 180 * 24],
    changeFailureRatePercent: [15, 20, 30],
    timeToRestoreHours: [1, 24, 7 * 24],
  },
  '2023': {
    deploymentDays: { elitePerWeek: 5, highPerWeek: 1, mediumPerMonth: 1 },
    leadTimeHours: [24, 7 * 24, 30 * 24],
    changeFailureRatePercent: [5, 10, 15],
    timeToRestoreHours: [1, 24, 7 * 24],
  },
  '2024': {
    deploymentDays: { elitePerWeek: 5, highPerWeek: 1, mediumPerMonth: 1 },
    leadTimeHours: [24, 7 * 24, 30 * 24],
    changeFailureRatePercent: [5, 20, 40],
    timeToRestoreHours: [1, 24, 7 * 24],
  },
};
