import {
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';

/**
 * Every database test runs on both engines a deployment may use: SQLite (the embedded default)
 * and PostgreSQL (production). `npm test` points PostgreSQL at the machine's server through
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING.
 */
export const TEST_DATABASE_IDS: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];

/** Call at the top of a test file: it registers the hooks that drop the databases afterwards. */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: TEST_DATABASE_IDS });
}
