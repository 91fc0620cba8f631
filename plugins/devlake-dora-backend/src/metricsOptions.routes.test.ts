import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { devlakePlugin } from './plugin';
import { SECRETS, testConfig } from './test/signing';

const databases = createTestDatabases();

/** A DevLake deployment of connection 1 (project payments) finished at `finished`. */
const devlakeDeployment = (id: string, finished: string) => ({
  id,
  startedDate: finished,
  finishedDate: finished,
  environment: 'PRODUCTION',
  deploymentCommits: [
    {
      repoUrl: 'https://github.com/acme/payments',
      commitSha: id.padEnd(40, '0'),
      startedDate: finished,
      finishedDate: finished,
    },
  ],
});

describe.each(databases.eachSupportedId())(
  'metrics options on %s',
  databaseId => {
    let backend: PluginBackend;
    const get = (query: string) =>
      backend.http
        .get(
          `/api/devlake/dora-metrics?project=payments&startDate=2025-03-03&endDate=2025-03-09&environments=PRODUCTION&${query}`,
        )
        .set(authHeaders.user());

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
        knex: await databases.init(databaseId),
        config: {
          devlake: {
            ...testConfig.devlake,
            // Wednesday 2025-03-05 is a holiday for every request
            holidays: ['2025-03-05'],
            benchmarks: {
              custom: { deploymentDays: { elitePerWeek: 1, highPerWeek: 1 } },
              strict: { changeFailureRatePercent: [0, 1, 2] },
            },
          },
        },
      });
      for (const [id, day] of [
        ['tue', '2025-03-04T10:00:00Z'],
        ['wed', '2025-03-05T10:00:00Z'],
        ['thu', '2025-03-06T10:00:00Z'],
      ]) {
        const res = await backend.http
          .post('/api/devlake/plugins/webhook/connections/1/deployments')
          .set({
            Authorization: `Bearer ${SECRETS.devlake}`,
            'Content-Type': 'application/json',
          })
          .send(devlakeDeployment(id, day));
        if (res.status !== 200)
          throw new Error(`deployment ${id}: ${res.status} ${res.text}`);
      }
    });
    afterAll(() => backend.stop());

    it('leaves out the configured holidays, and the holidays a request names as well', async () => {
      const configured = await get('');
      expect(configured.status).toBe(200);
      expect(configured.body.metrics.deploymentFrequency.count).toBe(2);
      const more = await get('holidays=2025-03-04,2025-03-06');
      expect(more.body.metrics.deploymentFrequency).toMatchObject({
        value: null,
        count: 0,
      });
    });

    it('refuses holidays that are not dates, naming the field', async () => {
      const res = await get('holidays=2025-03-04,next-friday');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /query\.holidays: must be dates as YYYY-MM-DD, comma-separated; item 2 is "next-friday"/,
      );
    });

    it('classifies with a configured set of bands, named by benchmark=', async () => {
      // 2 deployment days in the week: high in 2023, elite with custom's ≥ 1 a week
      expect((await get('')).body.metrics.deploymentFrequency.performance).toBe(
        'high',
      );
      const custom = await get('benchmark=custom');
      expect(custom.body.benchmark).toBe('custom');
      expect(custom.body.metrics.deploymentFrequency.performance).toBe('elite');
      const unknown = await get('benchmark=lenient');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(
        /query\.benchmark: must be one of 2021, 2023, 2024, custom, strict/,
      );
    });

    it("follows DevLake's definitions with definitions=devlake, and says so", async () => {
      expect((await get('')).body.definitions).toBe('dora');
      const res = await get('definitions=devlake');
      expect(res.body.definitions).toBe('devlake');
      // no pull request was sent: DevLake counts no commit without one
      expect(res.body.metrics.leadTimeForChanges.reason).toMatch(
        /no merged pull request/,
      );
      expect((await get('definitions=grafana')).body.error.message).toMatch(
        /query\.definitions: must be one of dora, devlake/,
      );
    });

    it('refuses a query parameter no route takes, naming it', async () => {
      const res = await get('holiday=2025-03-04');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /query\.holiday: is not a parameter of this route/,
      );
    });
  },
);
