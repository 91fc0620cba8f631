import type { Knex } from 'knex';

/**
 * A time column as epoch milliseconds, a number in either database: SQLite stores them so, and
 * PostgreSQL sends a float instead of a timestamp string (decoding thousands of timestamps was
 * most of a request's cost). `date_part` answers a float, where `extract` answers a numeric whose
 * arithmetic cost a third of a metrics statement's time; rounding to whole milliseconds keeps it
 * exact for the times the plugin stores, which come from JavaScript dates.
 */
export function epochMs(db: Knex, column: string): string {
  return db.client.config.client === 'pg'
    ? `round(date_part('epoch', ${column}) * 1000)`
    : column;
}
