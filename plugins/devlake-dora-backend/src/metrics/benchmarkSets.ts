import type { Config } from '@backstage/config';
import {
  BENCHMARK_YEARS,
  DORA_BENCHMARKS,
  type BenchmarkBands,
  type BenchmarkYear,
  type TierBounds,
} from '@fawkes/plugin-devlake-dora-common';

/** A named set of bands from `devlake.benchmarks`, computed with the 2023 report's definitions. */
export interface BenchmarkSet {
  name: string;
  /** Whose definitions apply (2021 measures recovery from the incident's start, others from the deployment). */
  year: BenchmarkYear;
  bands: BenchmarkBands;
}

function bounds(config: Config, key: string, fallback: TierBounds): TierBounds {
  const values = config.getOptional<number[]>(key);
  if (values === undefined) return fallback;
  if (
    !Array.isArray(values) ||
    values.length !== 3 ||
    values.some(v => typeof v !== 'number' || !Number.isFinite(v) || v < 0) ||
    !(values[0] <= values[1] && values[1] <= values[2])
  )
    throw new Error(
      `${key} must be three non-negative numbers in order (elite, high, medium bounds), got ${JSON.stringify(values)}`,
    );
  return values as TierBounds;
}

function positive(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${key} must be a non-negative number, got ${value}`);
  return value;
}

/**
 * The sets of `devlake.benchmarks.<name>` (`benchmark=<name>`; `custom` is the conventional one).
 * A bound left out is the 2023 report's. Names of the built-in years are refused.
 */
export function readBenchmarkSets(config: Config | undefined): BenchmarkSet[] {
  const root = config?.getOptionalConfig('benchmarks');
  if (!root) return [];
  const base = DORA_BENCHMARKS['2023'];
  return root.keys().map(name => {
    const key = `devlake.benchmarks.${name}`;
    if ((BENCHMARK_YEARS as readonly string[]).includes(name))
      throw new Error(
        `${key}: ${name} is a built-in benchmark; name the set otherwise`,
      );
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(name))
      throw new Error(
        `${key}: a name is letters, digits, - and _ (at most 64)`,
      );
    const set = root.getConfig(name);
    const elitePerWeek = positive(
      set,
      'deploymentDays.elitePerWeek',
      base.deploymentDays.elitePerWeek,
    );
    const highPerWeek = positive(
      set,
      'deploymentDays.highPerWeek',
      base.deploymentDays.highPerWeek,
    );
    if (highPerWeek > elitePerWeek)
      throw new Error(
        `${key}.deploymentDays: highPerWeek must not exceed elitePerWeek`,
      );
    return {
      name,
      year: '2023',
      bands: {
        deploymentDays: {
          elitePerWeek,
          highPerWeek,
          mediumPerMonth: positive(
            set,
            'deploymentDays.mediumPerMonth',
            base.deploymentDays.mediumPerMonth,
          ),
        },
        leadTimeHours: bounds(set, 'leadTimeHours', base.leadTimeHours),
        changeFailureRatePercent: bounds(
          set,
          'changeFailureRatePercent',
          base.changeFailureRatePercent,
        ),
        timeToRestoreHours: bounds(
          set,
          'timeToRestoreHours',
          base.timeToRestoreHours,
        ),
      },
    };
  });
}
