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

export function deploymentFrequencyPerformance(
  days: DeploymentDays,
  year: BenchmarkYear,
): Performance {
  const bands = DORA_BENCHMARKS[year].deploymentDays;
  if (days.medianPerWeek >= bands.elitePerWeek) return 'elite';
  if (year === '2021') {
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

const hours = (ms: number) => ms / HOUR;
const bandsOf = (year: BenchmarkYear): BenchmarkBands => DORA_BENCHMARKS[year];

export const leadTimePerformance = (ms: number, year: BenchmarkYear) =>
  below(hours(ms), bandsOf(year).leadTimeHours);
export const recoveryPerformance = (ms: number) =>
  below(hours(ms), DORA_BENCHMARKS['2023'].timeToRestoreHours);

/** Change failure rate: at or below a bound (inclusive) is that tier. */
export function changeFailurePerformance(
  percent: number,
  year: BenchmarkYear,
): Performance {
  const [elite, high, medium] = bandsOf(year).changeFailureRatePercent;
  if (percent <= elite) return 'elite';
  if (percent <= high) return 'high';
  return percent <= medium ? 'medium' : 'low';
}
