import type { Performance } from './benchmarks';

/** Which way a figure moved against the period before. */
export type Trend = 'increasing' | 'decreasing' | 'stable';

/** One DORA figure as the routes answer it, whichever way it was computed. */
export interface Metric {
  /** Null when the period has no data for it; `reason` then says why. */
  value: number | null;
  unit: string;
  trend: Trend | null;
  performance: Performance | null;
  /** How many deployments, changes or incidents the value stands on. */
  count: number;
  reason?: string;
  details?: unknown[];
  [extra: string]: unknown;
}
