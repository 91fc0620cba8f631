import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

/** Connects to the plugin's database and brings its schema up to date, unless migrations are skipped. */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@fawkes/plugin-che-launcher-backend',
        'migrations',
      ),
    });
  }
  return knex;
}
