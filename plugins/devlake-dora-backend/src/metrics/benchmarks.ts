import {
  DORA_BENCHMARKS,
  type BenchmarkBands,
  type BenchmarkYear,
  type Performance,
  type TierBounds,
} from '@fawkes/plugin-devlake-dora-common';
import { HOUR } from './calendar';

export type { BenchmarkYear, Performance };

/** Deployment days: the medians DevLake classifies deployment frequency by. */
export interface DeploymentDays {
  medianPerWeek: number;
  medianPerMonth: number;
  /** Deployment days in the whole period (the 2021 report's once-per-six-months band). */
  total: number;
}

/** A report's bands, or a configured set of them (`custom`: the report's special rules do not apply). */
export interface Benchmark {
  year: BenchmarkYear;
  custom?: BenchmarkBands;
}

const hours = (ms: number) => ms / HOUR;
const bandsOf = ({ year, custom }: Benchmark): BenchmarkBands =>
  custom ?? DORA_BENCHMARKS[year];

export function deploymentFrequencyPerformance(
  days: DeploymentDays,
  benchmark: Benchmark,
): Performance {
  const bands = bandsOf(benchmark).deploymentDays;
  if (days.medianPerWeek >= bands.elitePerWeek) return 'elite';
  if (benchmark.year === '2021' && !benchmark.custom) {
    if (days.medianPerMonth >= 1) return 'high';
    return days.total >= 1 ? 'medium' : 'low';
  }
  if (days.medianPerWeek >= bands.highPerWeek) return 'high';
  return days.medianPerMonth >= bands.mediumPerMonth ? 'medium' : 'low';
}

/** Lead time and recovery: below a bound (exclusive) is that tier. */
function below(value: number, [elite, high, medium]: TierBounds): Performance {
  if (value < elite) return 'elite';
  if (value < high) return 'high';
  return value < medium ? 'medium' : 'low';
}

export const leadTimePerformance = (ms: number, benchmark: Benchmark) =>
  below(hours(ms), bandsOf(benchmark).leadTimeHours);
export const recoveryPerformance = (ms: number, benchmark: Benchmark) =>
  below(hours(ms), bandsOf(benchmark).timeToRestoreHours);

/** Change failure rate: at or below a bound (inclusive) is that tier. */
export function changeFailurePerformance(
  percent: number,
  benchmark: Benchmark,
): Performance {
  const [elite, high, medium] = bandsOf(benchmark).changeFailureRatePercent;
  if (percent <= elite) return 'elite';
  if (percent <= high) return 'high';
  return percent <= medium ? 'medium' : 'low';
}
