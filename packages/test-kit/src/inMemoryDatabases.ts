import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import knexFactory, { type Knex } from 'knex';

/**
 * The database service of a test backend without a given database: each plugin gets its own
 * in-memory SQLite, as with the backend's default, but every one is closed when the backend
 * stops. The default leaves SQLite pools open at shutdown, and an open pool's reaping timer keeps
 * the Jest worker alive after its last test until Jest kills it.
 */
export const inMemoryDatabaseServiceFactory = createServiceFactory({
  service: coreServices.database,
  deps: { rootLifecycle: coreServices.rootLifecycle },
  createRootContext({ rootLifecycle }) {
    const opened: Knex[] = [];
    // Root shutdown runs after every plugin's own shutdown hooks, which may still use the database.
    rootLifecycle.addShutdownHook(async () => {
      await Promise.all(opened.map(knex => knex.destroy()));
    });
    return opened;
  },
  factory(_deps, opened) {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    opened.push(knex);
    return { getClient: async () => knex, migrations: { skip: false } };
  },
});
