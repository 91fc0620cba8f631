import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { readSettings } from './config';
import { devlakePlugin } from './plugin';
import { SECRETS, testConfig } from './test/signing';

/**
 * A metrics request may read at most `devlake.maxFactRows` rows into memory: above it, it is
 * refused with a 400 saying what to narrow, before any row is read.
 */
const databases = createTestDatabases();

const component = (name: string, project: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: { 'devlake.apache.org/project-name': project },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
});

const catalog = catalogServiceMock.factory({
  entities: [
    component('big-service', 'big'),
    component('small-service', 'small'),
  ],
});

const PERIOD = 'startDate=2026-10-05&endDate=2026-10-11';
const TOO_MANY =
  /query: the request would read more than 5 deployments, commits, incidents and pull requests \(devlake\.maxFactRows\) for (every project|2 project\(s\)) .*query\.project, query\.team.*query\.startDate\/query\.endDate, query\.timeRange/;

describe.each(databases.eachSupportedId())(
  'metrics requests bounded by devlake.maxFactRows on %s',
  databaseId => {
    let backend: PluginBackend;
    const get = (path: string) =>
      backend.http.get(`/api/devlake${path}`).set(authHeaders.user());
    const delivered = async (path: string, body: unknown) => {
      const res = await backend.http
        .post(`/api/devlake${path}`)
        .set({
          Authorization: `Bearer ${SECRETS[path.includes('pagerduty') ? 'pagerduty' : 'argocd']}`,
          'Content-Type': 'application/json',
        })
        .send(JSON.stringify(body));
      if (res.status !== 200)
        throw new Error(`delivery refused: ${res.status} ${res.text}`);
    };
    const sync = (application: string, revision: string, timestamp: string) =>
      delivered('/webhooks/argocd', {
        type: 'sync',
        application,
        status: 'Succeeded',
        revision,
        timestamp,
      });

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [devlakePlugin, catalog],
        knex,
        config: { devlake: { ...testConfig.devlake, maxFactRows: 5 } },
      });
      // big: five deployments, exactly the limit; small: a deployment and an incident
      for (let day = 5; day <= 9; day++)
        await sync('big', `b${day}`, `2026-10-0${day}T10:00:00Z`);
      await sync('small', 's1', '2026-10-06T10:00:00Z');
      const incident = {
        id: 'ev-1',
        event_type: 'incident.triggered',
        occurred_at: '2026-10-06T11:00:00Z',
        data: { id: 'PSMALL', title: 'errors', service: { summary: 'small' } },
      };
      await delivered('/webhooks/pagerduty', { event: incident });
    });

    afterAll(() => backend.stop());

    it.each([
      `/dora-metrics?${PERIOD}`,
      '/dora/metrics?timeRange=2026-10-05/2026-10-11',
      '/dora/lead-time?timeRange=2026-10-05/2026-10-11',
      `/dora/series?metric=deploymentFrequency&${PERIOD}`,
      `/dora-metrics?team=team-a&${PERIOD}`,
    ])(
      'refuses %s, which would read all seven rows, with a 400 saying what to narrow',
      async path => {
        const res = await get(path);
        expect([res.status, res.body.error?.name]).toEqual([400, 'InputError']);
        expect(res.body.error.message).toMatch(TOO_MANY);
      },
    );

    it('answers a project at the limit, a smaller one, and every project over a period with fewer rows', async () => {
      const big = await get(`/dora-metrics?project=big&${PERIOD}`);
      expect([
        big.status,
        big.body.metrics?.deploymentFrequency?.count,
      ]).toEqual([200, 5]);
      const small = await get(
        `/dora/metrics?project=small&timeRange=2026-10-05/2026-10-11`,
      );
      expect([
        small.status,
        small.body.metrics?.deploymentFrequency?.count,
      ]).toEqual([200, 1]);
      // every project, but a period whose reads (the period before it and 30 days' lookback included) hold none of the rows
      const later = await get(
        '/dora-metrics?startDate=2026-12-01&endDate=2026-12-07',
      );
      expect(later.status).toBe(200);
    });
  },
);

describe('devlake.maxFactRows', () => {
  it('defaults to 500,000 and must be a whole number of at least 1', () => {
    expect(readSettings(new ConfigReader({})).maxFactRows).toBe(500_000);
    expect(
      readSettings(new ConfigReader({ devlake: { maxFactRows: 1000 } }))
        .maxFactRows,
    ).toBe(1000);
    expect(() =>
      readSettings(new ConfigReader({ devlake: { maxFactRows: 0 } })),
    ).toThrow(
      'devlake.maxFactRows must be a whole number of at least 1, got 0',
    );
    expect(() =>
      readSettings(new ConfigReader({ devlake: { maxFactRows: 2.5 } })),
    ).toThrow(/devlake\.maxFactRows/);
  });
});
