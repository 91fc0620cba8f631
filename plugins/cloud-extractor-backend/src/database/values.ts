/** SQLite hands back timestamps as epoch milliseconds, PostgreSQL as Date; both become a Date. */
export function toDate(value: unknown): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  return new Date(String(value));
}

export function toIso(value: unknown): string | null {
  return toDate(value)?.toISOString() ?? null;
}

export function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  return JSON.parse(value) as T;
}
