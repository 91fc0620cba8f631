import type { Knex } from 'knex';

/**
 * PostgreSQL: runs a statement as a named prepared statement (knex hands the query's `name` to
 * the pg driver), so each pooled connection plans it once instead of on every call: a statement
 * of many subqueries takes longer to plan than to run. `sql` takes knex's named bindings
 * (`:name`) or positional ones (`?`); one name per statement text. In the caller's transaction
 * when `db` is bound to one. Answers the statement's rows.
 */
export async function queryPrepared(
  db: Knex,
  name: string,
  sql: string,
  bindings: Record<string, Knex.Value> | readonly Knex.RawBinding[],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[]> {
  const result = await db.raw(sql, bindings).options({ name });
  return result.rows;
}
