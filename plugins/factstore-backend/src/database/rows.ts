import { randomUUID } from 'node:crypto';

/** Timestamps come back as Date (PostgreSQL), number or string (SQLite); the API speaks ISO 8601 UTC. */
export const toIso = (value: string | number | Date) =>
  new Date(value).toISOString();
export const toIsoOrUndefined = (
  value: string | number | Date | null | undefined,
) => (value === null || value === undefined ? undefined : toIso(value));

export const parseJson = <T>(
  text: string | null | undefined,
  fallback: T,
): T => (text ? (JSON.parse(text) as T) : fallback);

export const newId = () => randomUUID();

/** `<column> LIKE ?` with backslash as the escape character, on PostgreSQL and SQLite alike. */
export const likeSql = (column: string) => `${column} like ? escape '\\'`;

/** The LIKE pattern that finds `term` anywhere, lower-cased, its own %, _ and \ taken literally. */
export const containsPattern = (term: string) =>
  `%${term.toLowerCase().replace(/[\\%_]/g, c => `\\${c}`)}%`;

/** Drops undefined values so patches only touch the columns a caller gave. */
export function definedOnly<T extends Record<string, unknown>>(
  value: T,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

export interface Page {
  limit: number;
  offset: number;
}

/** True for unique-constraint violations on PostgreSQL and SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}
