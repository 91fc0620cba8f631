import type { Knex } from 'knex';

/**
 * PostgreSQL: runs a statement as a named prepared statement, so each pooled connection plans it
 * once instead of on every call (a statement of many subqueries takes longer to plan than to
 * run). `sql` takes knex's named bindings; one name per statement text. On the caller's
 * connection when `db` is bound to a transaction.
 */
export async function queryPrepared(
  db: Knex,
  name: string,
  sql: string,
  bindings: Record<string, Knex.Value>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[]> {
  const native = db.raw(sql, bindings).toSQL().toNative();
  const connection = await db.client.acquireConnection();
  try {
    const result = await connection.query({
      name,
      text: native.sql,
      values: native.bindings,
    });
    return result.rows;
  } finally {
    await db.client.releaseConnection(connection);
  }
}
