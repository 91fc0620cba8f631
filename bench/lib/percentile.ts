/**
 * The nearest-rank percentile of ascending values: the smallest value with at least `p` (0–1)
 * of them at or below it. Undefined when there are none.
 */
export function nearestRank(
  ascending: readonly number[],
  p: number,
): number | undefined {
  if (ascending.length === 0) return undefined;
  return ascending[Math.max(0, Math.ceil(p * ascending.length) - 1)];
}
