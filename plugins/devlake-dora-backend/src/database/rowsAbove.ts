import type { Knex } from 'knex';

/**
 * Whether the row sets hold more than `limit` rows together, in one statement of counts over the
 * indexes their reads use. Each count stops after `limit + 1` rows, so even a query over every
 * project costs a bounded scan, never a read into memory.
 */
export async function rowsAbove(
  db: Knex,
  sets: Array<() => Knex.QueryBuilder>,
  limit: number,
): Promise<boolean> {
  const counts = sets.map((set, i) =>
    db
      .from(
        set()
          .select(db.raw('1 as one'))
          .limit(limit + 1)
          .as('bounded'),
      )
      .count({ n: '*' })
      .as(`set${i}`),
  );
  const [row] = await db.select(counts);
  return (
    Object.values(row as Record<string, string | number>).reduce<number>(
      (sum, n) => sum + Number(n),
      0,
    ) > limit
  );
}
