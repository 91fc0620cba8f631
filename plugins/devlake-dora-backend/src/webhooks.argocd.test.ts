import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { devlakePlugin } from './plugin';
import { SECRETS, testConfig } from './test/signing';

const databases = createTestDatabases();
const bearer = {
  Authorization: `Bearer ${SECRETS.argocd}`,
  'Content-Type': 'application/json',
};

describe.each(databases.eachSupportedId())(
  'Argo CD deployments keyed by operation on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;
    const notify = async (body: Record<string, unknown>) => {
      const res = await backend.http
        .post('/api/devlake/webhooks/argocd')
        .set(bearer)
        .send(JSON.stringify(body));
      expect(res.status).toBe(200);
    };
    const rows = (application: string) =>
      knex('deployments')
        .where({ source: 'argocd', project: application })
        .orderBy('finished_at');
    const iso = (value: unknown) =>
      value === null ? null : new Date(value as string).toISOString();

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
        knex,
        config: testConfig,
      });
    });

    afterAll(() => backend.stop());

    it('turns Running then Succeeded of one sync into one successful deployment, started when it ran', async () => {
      const sync = { type: 'sync', application: 'cart', revision: 'c0ffee' };
      await notify({
        ...sync,
        status: 'Running',
        timestamp: '2026-10-01T10:00:00Z',
      });
      expect((await rows('cart')).map(r => r.status)).toEqual(['IN_PROGRESS']);
      await notify({
        ...sync,
        status: 'Succeeded',
        timestamp: '2026-10-01T10:03:00Z',
      });
      const [row, ...more] = await rows('cart');
      expect(more).toEqual([]);
      expect(row.status).toBe('SUCCESS');
      expect([iso(row.started_at), iso(row.finished_at)]).toEqual([
        '2026-10-01T10:00:00.000Z',
        '2026-10-01T10:03:00.000Z',
      ]);
    });

    it('stores the notifications of one sync (sync-succeeded, then deployed once healthy) as one deployment', async () => {
      const sync = { type: 'sync', application: 'search', revision: 'abc123' };
      await notify({
        ...sync,
        status: 'Succeeded',
        timestamp: '2026-10-02T10:00:00Z',
      });
      await notify({
        ...sync,
        status: 'Healthy',
        timestamp: '2026-10-02T10:01:30Z',
      });
      // a late Running notification changes nothing finished
      await notify({
        ...sync,
        status: 'Running',
        timestamp: '2026-10-02T09:58:00Z',
      });
      const all = await rows('search');
      expect(all.map(r => [r.status, iso(r.finished_at)])).toEqual([
        ['SUCCESS', '2026-10-02T10:01:30.000Z'],
      ]);
    });

    it('tells two syncs of one revision apart by the operation start, and a rollback from a sync', async () => {
      const sync = { type: 'sync', application: 'ledger', revision: 'r1' };
      await notify({
        ...sync,
        status: 'Running',
        startedAt: '2026-10-03T10:00:00Z',
        timestamp: '2026-10-03T10:00:05Z',
      });
      await notify({
        ...sync,
        status: 'Failed',
        startedAt: '2026-10-03T10:00:00Z',
        timestamp: '2026-10-03T10:02:00Z',
      });
      await notify({
        ...sync,
        status: 'Running',
        startedAt: '2026-10-03T11:00:00Z',
        timestamp: '2026-10-03T11:00:05Z',
      });
      await notify({
        ...sync,
        status: 'Succeeded',
        startedAt: '2026-10-03T11:00:00Z',
        timestamp: '2026-10-03T11:02:00Z',
      });
      await notify({
        type: 'rollback',
        application: 'ledger',
        revision: 'r1',
        status: 'Succeeded',
        timestamp: '2026-10-03T12:00:00Z',
      });
      const all = await rows('ledger');
      expect(
        all.map(r => [
          r.external_id,
          r.status,
          r.rollback === true || r.rollback === 1,
          iso(r.started_at),
        ]),
      ).toEqual([
        [
          'ledger@r1@2026-10-03T10:00:00.000Z',
          'FAILURE',
          false,
          '2026-10-03T10:00:00.000Z',
        ],
        [
          'ledger@r1@2026-10-03T11:00:00.000Z',
          'SUCCESS',
          false,
          '2026-10-03T11:00:00.000Z',
        ],
        ['ledger@r1@rollback', 'SUCCESS', true, null],
      ]);
    });

    it.each(['Unknown', 'OutOfSync', 'Suspended', 'Missing', 'Terminating'])(
      'ignores the %s notification of Argo CD (202 saying why) and stores nothing',
      async status => {
        const res = await backend.http
          .post('/api/devlake/webhooks/argocd')
          .set(bearer)
          .send(
            JSON.stringify({
              type: 'sync',
              application: 'ignored-app',
              status,
              revision: 'abc',
              timestamp: '2026-10-01T10:00:00Z',
            }),
          );
        expect(res.status).toBe(202);
        expect(res.body.ignored).toBe(
          `status ${status} is not a deployment's (succeeded, failed, running and the like are)`,
        );
        expect(await rows('ignored-app')).toEqual([]);
      },
    );

    it('refuses a status Argo CD does not have with 400 naming the field', async () => {
      const res = await backend.http
        .post('/api/devlake/webhooks/argocd')
        .set(bearer)
        .send(
          JSON.stringify({
            type: 'sync',
            application: 'x',
            status: 'Succeded',
            revision: 'abc',
            timestamp: '2026-10-01T10:00:00Z',
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/body\.status: must be one of/);
    });

    it('needs the revision that identifies the operation', async () => {
      const res = await backend.http
        .post('/api/devlake/webhooks/argocd')
        .set(bearer)
        .send(
          JSON.stringify({
            type: 'sync',
            application: 'x',
            status: 'Succeeded',
            timestamp: '2026-10-01T10:00:00Z',
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/body\.revision: is required/);
    });
  },
);
