import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { startPluginBackend } from './startPluginBackend';

/** A plugin that only hands out the database it was given. */
function pluginKeepingItsDatabase(
  pluginId: string,
  keep: (knex: Knex) => void,
) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { database: coreServices.database },
        async init({ database }) {
          keep(await database.getClient());
        },
      });
    },
  });
}

describe('the in-memory databases of a started backend', () => {
  it('gives each plugin its own database and closes them all when the backend stops', async () => {
    const databases: Knex[] = [];
    const backend = await startPluginBackend({
      features: [
        pluginKeepingItsDatabase('one', knex => databases.push(knex)),
        pluginKeepingItsDatabase('two', knex => databases.push(knex)),
      ],
    });
    const [one, two] = databases;
    await one.schema.createTable('things', table => table.string('name'));
    await two.schema.createTable('things', table => table.string('name'));
    await one('things').insert({ name: 'only in one' });
    expect(await two('things').count({ n: '*' })).toEqual([{ n: 0 }]);

    await backend.stop();
    // An open pool keeps a reaping timer, which holds the Jest worker open after its last test.
    for (const knex of databases) expect(knex.client.pool).toBeUndefined();
  });
});
