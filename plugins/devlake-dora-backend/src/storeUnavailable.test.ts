import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import knexFactory, { type Knex } from 'knex';
import { devlakePlugin } from './plugin';
import { SECRETS, testConfig } from './test/signing';

/**
 * The plugin's own database going away under a running backend is a dependency down (503), as the
 * webhooks already answer, not a bug (500). PostgreSQL only: it is the database that can be made
 * unreachable from outside the process (SQLite test databases live inside it).
 */
const databases = createTestDatabases();
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id === 'POSTGRES_15');

(postgres.length > 0 ? describe : describe.skip)(
  'devlake read routes when their PostgreSQL database is unreachable',
  () => {
    let backend: PluginBackend;
    let admin: Knex;
    let name: string;
    const get = (path: string) =>
      backend.http.get(`/api/devlake${path}`).set(authHeaders.user());

    beforeAll(async () => {
      const knex = await databases.init('POSTGRES_15');
      backend = await startPluginBackend({
        features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
        knex,
        config: testConfig,
      });
      const connection = knex.client.config
        .connection as Knex.PgConnectionConfig;
      name = connection.database!;
      // A second client on the server's maintenance database, to lock the plugin's database out and let it back in.
      admin = knexFactory({
        client: 'pg',
        connection: { ...connection, database: 'postgres' },
        pool: { min: 0, max: 1 },
      });
    });

    afterAll(async () => {
      // Let the database be reached (and dropped) again, whatever the test did.
      await admin.raw('alter database ?? allow_connections true', [name]);
      await admin.destroy();
      await backend.stop();
    });

    const paths = [
      '/dora-metrics?project=payments',
      '/dora-metrics',
      '/dora/metrics?project=payments',
      '/dora/lead-time?project=payments',
      '/dora/series?project=payments&metric=deploymentFrequency',
      '/deployment-history?service=payments',
    ];

    it('answers every read route 503, then 200 again once the database is back', async () => {
      for (const path of paths)
        expect([path, (await get(path)).status]).toEqual([path, 200]);

      await admin.raw('alter database ?? allow_connections false', [name]);
      await admin.raw(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()',
        [name],
      );
      for (const path of paths) {
        const res = await get(path);
        expect([
          path,
          res.status,
          res.body.error?.message,
          res.body.error?.code,
        ]).toEqual([
          path,
          503,
          expect.stringMatching(
            /the event store is unavailable; try again later/,
          ),
          'SERVICE_UNAVAILABLE',
        ]);
      }
      // the same classification as webhook deliveries and health
      const delivery = await backend.http
        .post('/api/devlake/webhooks/argocd')
        .set({
          Authorization: `Bearer ${SECRETS.argocd}`,
          'Content-Type': 'application/json',
        })
        .send(
          JSON.stringify({
            type: 'sync',
            application: 'payments',
            status: 'Succeeded',
            revision: 'r1',
            timestamp: '2026-11-02T10:00:00Z',
          }),
        );
      expect([delivery.status, delivery.body.error?.message]).toEqual([
        503,
        expect.stringMatching(
          /the event store is unavailable; deliver the event again later/,
        ),
      ]);
      expect((await backend.http.get('/api/devlake/health')).status).toBe(503);

      await admin.raw('alter database ?? allow_connections true', [name]);
      for (const path of paths)
        expect([path, (await get(path)).status]).toEqual([path, 200]);
    });
  },
);
