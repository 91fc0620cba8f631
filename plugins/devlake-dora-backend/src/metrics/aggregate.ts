import type { Aggregation } from '@fawkes/plugin-devlake-dora-common';

export type { Aggregation };

const RANKS: Record<Exclude<Aggregation, 'mean'>, number> = {
  median: 0.5,
  p75: 0.75,
  p90: 0.9,
};

/**
 * DevLake's percentile: the largest sample whose percent_rank is at most p, i.e. an actual
 * sample, never interpolated (the "lower median" for an even count). Null for no samples.
 */
export function aggregate(
  values: number[],
  method: Aggregation,
): number | null {
  if (values.length === 0) return null;
  if (method === 'mean')
    return values.reduce((sum, v) => sum + v, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(RANKS[method] * (sorted.length - 1) + 1e-9)];
}
