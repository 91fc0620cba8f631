import knexFactory, { type Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { connectReadOnly } from './DevLakeFactSource';

const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root' };
const database = `devlake_ro_${randomBytes(4).toString('hex')}`;

describe('the DevLake source connection (MariaDB)', () => {
  let admin: Knex;
  let readOnly: Knex;

  beforeAll(async () => {
    admin = knexFactory({ client: 'mysql2', connection: MARIADB });
    await admin.raw(`create database \`${database}\``);
    await admin.raw(
      `create table \`${database}\`.incidents (id varchar(255) primary key, title varchar(255))`,
    );
    await admin.raw(
      `insert into \`${database}\`.incidents values ('inc-1', 'Checkout errors')`,
    );
    // root may write anything: only the session makes the connection read only
    readOnly = connectReadOnly({ ...MARIADB, database });
  });

  afterAll(async () => {
    await readOnly?.destroy();
    await admin.raw(`drop database if exists \`${database}\``);
    await admin.destroy();
  });

  it('reads', async () => {
    expect(await readOnly('incidents').select('id')).toEqual([{ id: 'inc-1' }]);
  });

  it('is refused every write by the server, on every pooled connection', async () => {
    // several at once, so the pool opens more than one connection
    const writes = await Promise.allSettled([
      readOnly('incidents').insert({ id: 'inc-2', title: 'written' }),
      readOnly('incidents').update({ title: 'changed' }),
      readOnly('incidents').delete(),
      readOnly.raw('create table sneaky (id int)'),
    ]);
    for (const write of writes) {
      expect(write.status).toBe('rejected');
      expect(String((write as PromiseRejectedResult).reason)).toMatch(
        /READ ONLY transaction/i,
      );
    }
    await expect(
      readOnly.transaction(tx => tx('incidents').insert({ id: 'inc-3' })),
    ).rejects.toThrow(/READ ONLY transaction/i);
    expect(await admin(`${database}.incidents`).select('id', 'title')).toEqual([
      { id: 'inc-1', title: 'Checkout errors' },
    ]);
  });
});
