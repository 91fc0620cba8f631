import { databaseFailureOf } from '@fawkes/backend-http';
import { createTestDatabases } from '@fawkes/test-kit';
import knexFactory, { type Knex } from 'knex';
import { queryPrepared } from './prepared';

const databases = createTestDatabases();
jest.setTimeout(120_000);

const pg = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

// Named prepared statements are PostgreSQL's; the stores use them nowhere else.
describe.each(pg)('queryPrepared on %s', databaseId => {
  let knex: Knex;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
  });

  it('answers the rows of a statement with named bindings, the same name with new values', async () => {
    const sql =
      'select cast(:a as int) + cast(:b as int) as sum, cast(:label as text) as label';
    const first = await queryPrepared(knex, 'test_sum', sql, {
      a: 1,
      b: 2,
      label: 'x',
    });
    const second = await queryPrepared(knex, 'test_sum', sql, {
      a: 40,
      b: 2,
      label: 'y',
    });
    expect([first, second]).toEqual([
      [{ sum: 3, label: 'x' }],
      [{ sum: 42, label: 'y' }],
    ]);
  });

  /** Runs `use` on a pool of one connection; answers its result and what that connection prepared. */
  async function onOneConnection<T>(use: (single: Knex) => Promise<T>) {
    const single = knexFactory({
      client: 'pg',
      connection: knex.client.config.connection,
      pool: { min: 1, max: 1 },
    });
    try {
      const result = await use(single);
      const { rows: prepared } = await single.raw(
        'select name, statement from pg_prepared_statements',
      );
      return { result, prepared };
    } finally {
      await single.destroy();
    }
  }

  it('answers the rows of a statement with positional bindings, prepared as the same text', async () => {
    const sql = 'select cast(? as int) * cast(? as int) as product';
    const answered = await onOneConnection(async single => [
      await queryPrepared(single, 'test_product', sql, [6, 7]),
      await queryPrepared(single, 'test_product', sql, [2, 3]),
    ]);
    expect(answered).toEqual({
      result: [[{ product: 42 }], [{ product: 6 }]],
      prepared: [
        {
          name: 'test_product',
          statement: 'select cast($1 as int) * cast($2 as int) as product',
        },
      ],
    });
  });

  it('prepares the statement on the connection under its name', async () => {
    const { prepared } = await onOneConnection(single =>
      queryPrepared(single, 'test_named', 'select cast(:a as int) as a', {
        a: 1,
      }),
    );
    expect(prepared).toEqual([
      { name: 'test_named', statement: 'select cast($1 as int) as a' },
    ]);
  });

  it("runs on the transaction's connection when bound to one", async () => {
    await knex.raw('create table if not exists prepared_t (n int)');
    await knex.transaction(async trx => {
      await trx('prepared_t').insert({ n: 7 });
      // Only the transaction's own connection sees the uncommitted row.
      const rows = await queryPrepared(
        trx,
        'test_count',
        'select cast(count(*) as int) as n from prepared_t where n = :n',
        { n: 7 },
      );
      expect(rows).toEqual([{ n: 1 }]);
      await trx.rollback();
    });
  });

  it('recovers when the server ends the session of a pooled connection', async () => {
    const sql = 'select pg_backend_pid() as pid';
    const [{ pid }] = await queryPrepared(knex, 'test_pid', sql, {});
    const admin = knexFactory({
      client: 'pg',
      connection: knex.client.config.connection,
    });
    try {
      await admin.raw('select pg_terminate_backend(?)', [pid]);
    } finally {
      await admin.destroy();
    }
    let answer: unknown[] | undefined;
    for (let attempt = 0; attempt < 3 && !answer; attempt++)
      answer = await queryPrepared(knex, 'test_pid', sql, {}).catch(
        () => undefined,
      );
    expect(answer).toHaveLength(1);
    expect((answer![0] as { pid: number }).pid).not.toBe(pid);
  });

  it('fails as the database being unavailable when the server cannot be reached', async () => {
    const down = knexFactory({
      client: 'pg',
      connection: 'postgresql://postgres@127.0.0.1:1/none',
      acquireConnectionTimeout: 2_000,
    });
    try {
      const error = await queryPrepared(down, 'test_down', 'select 1', {}).then(
        () => undefined,
        e => e,
      );
      // Both are answered 503 with Retry-After by backend-http's databaseErrorHandler.
      expect(['unavailable', 'unreachable']).toContain(
        databaseFailureOf(error),
      );
    } finally {
      await down.destroy();
    }
  });
});
