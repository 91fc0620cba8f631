import { DAY, HOUR } from './calendar';

/** A DORA report's performance bands, as DevLake turned its clusters into contiguous ranges. */
export type Performance = 'elite' | 'high' | 'medium' | 'low';
export type BenchmarkYear = '2021' | '2023' | '2024';
export const BENCHMARK_YEARS: readonly BenchmarkYear[] = [
  '2021',
  '2023',
  '2024',
];

/** Deployment days: the medians DevLake classifies deployment frequency by. */
export interface DeploymentDays {
  medianPerWeek: number;
  medianPerMonth: number;
  /** Deployment days in the whole period (the 2021 report's once-per-six-months band). */
  total: number;
}

export function deploymentFrequencyPerformance(
  days: DeploymentDays,
  year: BenchmarkYear,
): Performance {
  if (days.medianPerWeek >= 5) return 'elite';
  if (year === '2021') {
    if (days.medianPerMonth >= 1) return 'high';
    return days.total >= 1 ? 'medium' : 'low';
  }
  if (days.medianPerWeek >= 1) return 'high';
  return days.medianPerMonth >= 1 ? 'medium' : 'low';
}

/** Upper bounds (exclusive) of elite, high and medium, in milliseconds. */
const LEAD_TIME: Record<BenchmarkYear, [number, number, number]> = {
  '2021': [HOUR, 7 * DAY, 180 * DAY],
  '2023': [DAY, 7 * DAY, 30 * DAY],
  '2024': [DAY, 7 * DAY, 30 * DAY],
};

const RECOVERY: [number, number, number] = [HOUR, DAY, 7 * DAY];

/**
 * Upper bounds (inclusive) in percent. 2024's clusters are not monotonic (high 20 %, medium 10 %),
 * so its bands end at the elite, high and low centroids.
 */
const FAILURE_RATE: Record<BenchmarkYear, [number, number, number]> = {
  '2021': [15, 20, 30],
  '2023': [5, 10, 15],
  '2024': [5, 20, 40],
};

function below(
  value: number,
  [elite, high, medium]: [number, number, number],
): Performance {
  if (value < elite) return 'elite';
  if (value < high) return 'high';
  return value < medium ? 'medium' : 'low';
}

export const leadTimePerformance = (ms: number, year: BenchmarkYear) =>
  below(ms, LEAD_TIME[year]);
export const recoveryPerformance = (ms: number) => below(ms, RECOVERY);

export function changeFailurePerformance(
  percent: number,
  year: BenchmarkYear,
): Performance {
  const [elite, high, medium] = FAILURE_RATE[year];
  if (percent <= elite) return 'elite';
  if (percent <= high) return 'high';
  return percent <= medium ? 'medium' : 'low';
}
