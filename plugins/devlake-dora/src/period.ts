/** The periods the picker offers, in days back from today. */
export const PERIODS = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 180, label: 'Last 180 days' },
] as const;

/** The first day of a period of `days` days ending today, as the API takes it (YYYY-MM-DD). */
export function startDateOf(days: number, today = new Date()): string {
  const start = new Date(today.getTime() - (days - 1) * 24 * 60 * 60 * 1000);
  return start.toISOString().slice(0, 10);
}
