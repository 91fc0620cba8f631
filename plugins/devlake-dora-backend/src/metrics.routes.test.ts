import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { devlakePlugin } from './plugin';
import { SECRETS, hubSignature, testConfig } from './test/signing';

/**
 * The metrics routes over HTTP on hand-computed data, with `devlake.incidentWindowHours: 24`
 * configured. Every deployment and incident comes in through the DevLake webhook of a connection
 * per project, commits through GitHub pushes.
 */
const databases = createTestDatabases();

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const component = (
  name: string,
  namespace: string,
  owner: string,
  ownerRef: string,
  project?: string,
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace,
    ...(project
      ? { annotations: { 'devlake.apache.org/project-name': project } }
      : {}),
  },
  spec: { type: 'service', lifecycle: 'production', owner },
  // what the catalog's processing derives from spec.owner
  relations: [{ type: 'ownedBy', targetRef: ownerRef }],
});

const catalog = catalogServiceMock.factory({
  entities: [
    component(
      'orders-service',
      'default',
      'default/team-b',
      'group:default/team-b',
      'orders',
    ),
    component('billing', 'default', 'team-b', 'group:default/team-b'),
    // `team-b` relative to namespace other: another group of the same name
    component('intruder', 'other', 'team-b', 'group:other/team-b'),
    component(
      'history-service',
      'default',
      'group:default/team-c',
      'group:default/team-c',
      'history',
    ),
  ],
});

const CONNECTIONS = {
  orders: 7,
  bands: 8,
  recent: 9,
  history: 10,
  intruder: 11,
  recovery: 12,
} as const;

const config = {
  devlake: {
    ...testConfig.devlake,
    incidentWindowHours: 24,
    connections: [
      ...testConfig.devlake.connections,
      ...Object.entries(CONNECTIONS).map(([project, id]) => ({
        id,
        name: `${project}-conn`,
        project,
      })),
    ],
  },
};

const bearer = {
  Authorization: `Bearer ${SECRETS.devlake}`,
  'Content-Type': 'application/json',
};

describe.each(databases.eachSupportedId())(
  'devlake metrics routes on %s',
  databaseId => {
    let backend: PluginBackend;
    const get = (path: string) =>
      backend.http.get(`/api/devlake${path}`).set(authHeaders.user());
    const delivered = async (
      path: string,
      body: unknown,
      headers: Record<string, string> = bearer,
    ) => {
      const res = await backend.http
        .post(`/api/devlake${path}`)
        .set(headers)
        .send(JSON.stringify(body));
      if (res.status !== 200)
        throw new Error(
          `delivery to ${path} refused: ${res.status} ${res.text}`,
        );
    };
    const deploy = (
      project: keyof typeof CONNECTIONS,
      id: string,
      finished: string,
      over: { shas?: string[]; environment?: string; result?: string } = {},
    ) => {
      const startedDate = new Date(
        Date.parse(finished) - 10 * 60_000,
      ).toISOString();
      const commits = (over.shas ?? [`${id}-head`]).map(commitSha => ({
        repoUrl: `https://github.com/acme/${project}`,
        commitSha,
        startedDate,
        finishedDate: finished,
      }));
      return delivered(
        `/plugins/webhook/connections/${CONNECTIONS[project]}/deployments`,
        {
          id,
          startedDate,
          finishedDate: finished,
          deploymentCommits: commits,
          ...(over.environment ? { environment: over.environment } : {}),
          ...(over.result ? { result: over.result } : {}),
        },
      );
    };
    const incident = (
      project: keyof typeof CONNECTIONS,
      issueKey: string,
      created: string,
      resolved: string,
      deploymentId?: string,
    ) =>
      delivered(`/plugins/webhook/${CONNECTIONS[project]}/issues`, {
        issueKey,
        title: issueKey,
        originalStatus: 'resolved',
        status: 'DONE',
        type: 'INCIDENT',
        createdDate: created,
        resolutionDate: resolved,
        ...(deploymentId ? { deploymentId } : {}),
      });
    const push = (
      repository: string,
      pushedAt: string,
      commits: Array<[string, string]>,
    ) => {
      const body = JSON.stringify({
        ref: 'refs/heads/main',
        repository: {
          name: repository,
          full_name: `acme/${repository}`,
          default_branch: 'main',
          pushed_at: Date.parse(pushedAt) / 1000,
        },
        commits: commits.map(([id, timestamp]) => ({
          id,
          timestamp,
          message: id,
        })),
      });
      return delivered('/webhooks/github', JSON.parse(body), {
        'Content-Type': 'application/json',
        'X-GitHub-Event': 'push',
        'X-Hub-Signature-256': hubSignature(SECRETS.github, body),
      });
    };

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [devlakePlugin, catalog],
        knex,
        config,
      });

      // orders, week Mon 2025-03-03 .. Sun 2025-03-09 (hand-computed figures in the tests below).
      await push('orders', '2025-03-02T21:00:00Z', [
        ['v', '2025-03-02T20:00:00Z'],
      ]);
      await push('orders', '2025-03-03T09:00:00Z', [
        ['x', '2025-03-03T08:00:00Z'],
        ['y', '2025-03-03T08:00:00Z'],
      ]);
      await push('orders', '2025-03-05T09:00:00Z', [
        ['z', '2025-03-05T08:00:00Z'],
      ]);
      await deploy('orders', 'o1', '2025-03-03T10:00:00Z', { shas: ['y'] });
      // x landed before o1 but o1 does not list it: o2 is the first deployment containing it
      await deploy('orders', 'o2', '2025-03-04T10:00:00Z', { shas: ['x'] });
      await deploy('orders', 'o3', '2025-03-05T12:00:00Z', { shas: ['w'] });
      await incident(
        'orders',
        'INC-A',
        '2025-03-04T11:00:00Z',
        '2025-03-04T13:00:00Z',
        'o1',
      );
      await incident(
        'orders',
        'INC-B',
        '2025-03-05T14:00:00Z',
        '2025-03-05T15:00:00Z',
      );
      await incident(
        'orders',
        'INC-C',
        '2025-03-09T12:00:00Z',
        '2025-03-09T13:00:00Z',
      );
      await deploy('intruder', 'i1', '2025-03-04T10:00:00Z');

      // bands: a deployment every weekday, one incident: change failure rate 20 %
      for (const day of ['03', '04', '05', '06', '07'])
        await deploy('bands', `b${day}`, `2025-03-${day}T10:00:00Z`);
      await incident(
        'bands',
        'INC-1',
        '2025-03-03T11:00:00Z',
        '2025-03-03T12:00:00Z',
      );

      // recovery: a deployment in March, two in April (the last late on 04-30) and one in May. An
      // incident opens after April ended, before anything else was deployed: DevLake lays it on
      // f1. Both incidents are resolved in May.
      for (const [id, finished] of [
        ['f00', '2025-03-14T10:00:00Z'],
        ['f0', '2025-04-10T10:00:00Z'],
        ['f1', '2025-04-30T22:00:00Z'],
        ['f2', '2025-05-05T10:00:00Z'],
      ]) {
        await deploy('recovery', id, finished);
      }
      await incident(
        'recovery',
        'LATE-1',
        '2025-05-01T01:00:00Z',
        '2025-05-01T03:00:00Z',
      );
      await incident(
        'recovery',
        'MAY-1',
        '2025-05-05T11:00:00Z',
        '2025-05-05T21:00:00Z',
      );

      // recent: relative to now, for the default and named time ranges
      const now = Date.now();
      for (const [id, daysAgo] of [
        ['r3', 3],
        ['r20', 20],
        ['r60', 60],
        ['r100', 100],
      ] as const) {
        await deploy('recent', id, new Date(now - daysAgo * DAY).toISOString());
      }

      // history: 22 production deployments and 2 to STAGING
      for (let i = 0; i < 22; i++)
        await deploy(
          'history',
          `h${i}`,
          new Date(Date.parse('2025-02-01T00:00:00Z') + i * HOUR).toISOString(),
        );
      for (const i of [0, 1])
        await deploy('history', `s${i}`, `2025-02-03T0${i}:00:00Z`, {
          environment: 'STAGING',
        });
    });

    afterAll(() => backend.stop());

    const ordersWeek = 'project=orders&startDate=2025-03-03&endDate=2025-03-09';

    it('takes a commit to the first production deployment that lists it, by time only when it has no link', async () => {
      const res = await get(`/dora-metrics?${ordersWeek}&details=true`);
      expect(res.status).toBe(200);
      // v 03-02 20:00 → o1 03-03 10:00 (time) 14 h; x 08:00 → o2 03-04 10:00 (link) 26 h;
      // y 08:00 → o1 (link) 2 h; z 03-05 08:00 → o3 12:00 (time) 4 h. Lower median of [2, 4, 14, 26] = 4 h.
      expect(res.body.metrics.leadTimeForChanges).toMatchObject({
        value: 4,
        unit: 'hours',
        count: 4,
      });
      const rows = res.body.metrics.leadTimeForChanges.details.map((d: any) => [
        d.sha,
        d.deploymentId,
        d.matchedBy,
        d.hours,
      ]);
      expect(rows.sort()).toEqual([
        ['v', 'o1', 'time', 14],
        ['x', 'o2', 'link', 26],
        ['y', 'o1', 'link', 2],
        ['z', 'o3', 'time', 4],
      ]);
    });

    it('honours aggregation=p75 and excludeWeekends=true over HTTP', async () => {
      // p75 of [2, 4, 14, 26] = 14 h; without the Sunday, v waits 03-03 00:00 → 10:00 = 10 h
      expect(
        (await get(`/dora-metrics?${ordersWeek}&aggregation=p75`)).body.metrics
          .leadTimeForChanges.value,
      ).toBe(14);
      const weekdays = await get(
        `/dora-metrics?${ordersWeek}&aggregation=p75&excludeWeekends=true`,
      );
      expect(weekdays.body).toMatchObject({ aggregation: 'p75' });
      expect(weekdays.body.metrics.leadTimeForChanges.value).toBe(10);
      // 3 weekday deployments in 5 working days = 1 working week
      expect(weekdays.body.metrics.deploymentFrequency).toMatchObject({
        value: 3,
        count: 3,
      });
    });

    it('links incidents by explicit link, else within incidentWindowHours from config, else to the last earlier deployment', async () => {
      const res = await get(`/dora-metrics?${ordersWeek}&details=true`);
      const recovery = res.body.metrics.timeToRestoreService;
      // A names o1; B is 2 h after o3 (within 24 h); C is 96 h after o3 (outside, still o3).
      // Recovery from deployment finish: A o1 → 03-04 13:00 = 27 h, B 3 h, C 97 h → lower median 27 h.
      expect(
        recovery.details
          .map((d: any) => [d.id, d.deploymentId, d.linkedBy, d.hours])
          .sort(),
      ).toEqual([
        ['INC-A', 'o1', 'explicit', 27],
        ['INC-B', 'o3', 'window', 3],
        ['INC-C', 'o3', 'last earlier', 97],
      ]);
      expect(recovery).toMatchObject({
        value: 27,
        count: 3,
        definition: 'failed deployment recovery time',
      });
      // o1 and o3 of 3 successful deployments caused incidents
      expect(res.body.metrics.changeFailureRate).toMatchObject({
        value: 66.67,
        count: 3,
        failed: 2,
        basis: ['incidents'],
      });
    });

    it('fails a deployment by an incident opened after the period, as DevLake links every incident to the last deployment before it', async () => {
      const april = await get(
        '/dora-metrics?project=recovery&startDate=2025-04-01&endDate=2025-04-30&details=true',
      );
      // f0 and f1 in April; LATE-1 (05-01 01:00) goes to f1: 1 of 2
      expect(april.body.metrics.changeFailureRate).toMatchObject({
        value: 50,
        count: 2,
        failed: 1,
        basis: ['incidents'],
      });
      expect(
        april.body.metrics.changeFailureRate.details
          .filter((d: any) => d.failed)
          .map((d: any) => [d.id, d.incidents]),
      ).toEqual([['f1', ['LATE-1']]]);
      // the 30 days before (03-02 .. 03-31) had f00, which caused nothing: 0 % → increasing
      expect(april.body.metrics.changeFailureRate.trend).toBe('increasing');
    });

    it('gives a 0 % change failure rate for a period without incidents once the project has any recorded', async () => {
      // March: f00 alone; the project's incidents open in May, long after, and link to April's and May's deployments
      const march = await get(
        '/dora-metrics?project=recovery&startDate=2025-03-01&endDate=2025-03-31',
      );
      expect(march.body.metrics.changeFailureRate).toMatchObject({
        value: 0,
        count: 1,
        failed: 0,
        performance: 'elite',
        basis: ['incidents'],
      });
      // history has no incident recorded at all: its deployments cannot be told failed or not
      const history = await get(
        '/dora-metrics?project=history&startDate=2025-02-01&endDate=2025-02-07',
      );
      expect(history.body.metrics.changeFailureRate).toMatchObject({
        value: null,
        performance: null,
        count: 22,
      });
    });

    it("measures failed deployment recovery time for the period's deployments only, time to restore for every incident", async () => {
      const may = async (benchmark: string) =>
        (
          await get(
            `/dora-metrics?project=recovery&startDate=2025-05-01&endDate=2025-05-31&benchmark=${benchmark}`,
          )
        ).body.metrics.timeToRestoreService;
      // 2023: LATE-1 was caused by f1, an April deployment: DevLake's May figure joins May's
      // deployments only, so MAY-1 alone, f2 10:00 → 21:00 = 11 h (counting LATE-1, f1 → 03:00 = 5 h, gives 5 h)
      expect(await may('2023')).toMatchObject({
        value: 11,
        count: 1,
        performance: 'high',
        definition: 'failed deployment recovery time',
      });
      // 2021: every incident resolved in May, opened → resolved: [2, 10] → 2 h
      expect(await may('2021')).toMatchObject({
        value: 2,
        count: 2,
        performance: 'high',
        definition: 'time to restore service',
      });
    });

    it('classifies by the 2021, 2023 and 2024 bands', async () => {
      const performance = async (benchmark: string) => {
        const res = await get(
          `/dora-metrics?project=bands&startDate=2025-03-03&endDate=2025-03-09&benchmark=${benchmark}`,
        );
        expect(res.body.benchmark).toBe(benchmark);
        return Object.fromEntries(
          Object.entries(res.body.metrics).map(([name, m]: [string, any]) => [
            name,
            [m.value, m.performance],
          ]),
        );
      };
      // 5 deployment days in the week: elite in all. CFR 1 of 5 = 20 %: 2023 > 15 low; 2024 ≤ 20 high; 2021 ≤ 20 high.
      // Recovery 10:00 → 12:00 = 2 h (< 1 day, high); 2021 measures opened → resolved, 1 h (high as well).
      expect(await performance('2023')).toMatchObject({
        deploymentFrequency: [5, 'elite'],
        changeFailureRate: [20, 'low'],
        timeToRestoreService: [2, 'high'],
      });
      expect(await performance('2024')).toMatchObject({
        deploymentFrequency: [5, 'elite'],
        changeFailureRate: [20, 'high'],
        timeToRestoreService: [2, 'high'],
      });
      expect(await performance('2021')).toMatchObject({
        deploymentFrequency: [5, 'elite'],
        changeFailureRate: [20, 'high'],
        timeToRestoreService: [1, 'high'],
      });
      expect(
        (
          await get(
            '/dora/change-failure-rate?project=bands&timeRange=2025-03-03/2025-03-09&benchmark=2024',
          )
        ).body,
      ).toMatchObject({ value: 20, performance: 'high' });
    });

    it('counts only the environments asked for', async () => {
      const staging = await get(
        '/dora-metrics?project=history&startDate=2025-02-01&endDate=2025-02-07&environments=staging',
      );
      expect(staging.body.environments).toEqual(['staging']);
      expect(staging.body.metrics.deploymentFrequency).toMatchObject({
        count: 2,
      });
      const both = await get(
        '/dora-metrics?project=history&startDate=2025-02-01&endDate=2025-02-07&environments=Production,STAGING',
      );
      expect(both.body.metrics.deploymentFrequency).toMatchObject({
        count: 24,
      });
    });

    it('resolves a team through the ownedBy relations, whatever form spec.owner takes', async () => {
      // orders-service (owner default/team-b) and billing (owner team-b) are team-b's; intruder's
      // team-b is group:other/team-b
      const res = await get(
        '/dora-metrics?team=team-b&startDate=2025-03-03&endDate=2025-03-09',
      );
      expect(res.status).toBe(200);
      expect(res.body.metrics.deploymentFrequency).toMatchObject({ count: 3 });
      const other = await get(
        '/dora-metrics?team=group:other/team-b&startDate=2025-03-03&endDate=2025-03-09',
      );
      expect(other.body.metrics.deploymentFrequency).toMatchObject({
        count: 1,
      });
    });

    describe('periods', () => {
      const day = (t: number) => new Date(t).toISOString().slice(0, 10);

      it('echoes date-only defaults for /dora-metrics: today and 30 days before', async () => {
        const res = await get('/dora-metrics?project=recent');
        const today = Date.parse(`${day(Date.now())}T00:00:00Z`);
        expect(res.body.period).toEqual({
          startDate: day(today - 30 * DAY),
          endDate: day(today),
        });
        expect(res.body.metrics.deploymentFrequency.count).toBe(2);
        // an endDate alone: 30 days before it
        expect(
          (await get('/dora-metrics?project=recent&endDate=2024-12-01')).body
            .period,
        ).toEqual({ startDate: '2024-11-01', endDate: '2024-12-01' });
      });

      it.each([
        ['', 'last30days', 2],
        ['&timeRange=last7days', 'last7days', 1],
        ['&timeRange=last30days', 'last30days', 2],
        ['&timeRange=last90days', 'last90days', 3],
      ])(
        'answers /dora/metrics?project=recent%s over %s',
        async (param, timeRange, count) => {
          const res = await get(`/dora/metrics?project=recent${param}`);
          expect(res.status).toBe(200);
          expect(res.body.timeRange).toBe(timeRange);
          expect(res.body.metrics.deploymentFrequency.count).toBe(count);
          expect(
            (await get(`/dora/deployment-frequency?project=recent${param}`))
              .body,
          ).toMatchObject({ metric: 'deploymentFrequency', count });
        },
      );
    });

    describe('/dora/series', () => {
      const points = async (query: string) => {
        const res = await get(`/dora/series?${query}`);
        expect(res.status).toBe(200);
        return res.body;
      };

      it('gives weekly deployment frequency in deploys/week', async () => {
        const body = await points(
          'project=orders&metric=deploymentFrequency&interval=week&timeRange=2025-03-03/2025-03-16',
        );
        expect(
          body.points.map((p: any) => [
            p.start.slice(0, 10),
            p.value,
            p.unit,
            p.count,
          ]),
        ).toEqual([
          ['2025-03-03', 3, 'deploys/week', 3],
          ['2025-03-10', null, 'deploys/week', 0],
        ]);
      });

      it('gives monthly deployment frequency in deploys/month, scaled up for a month the period cuts short', async () => {
        const full = await points(
          'project=orders&metric=deploymentFrequency&interval=month&timeRange=2025-03-01/2025-04-30',
        );
        expect(
          full.points.map((p: any) => [p.start.slice(0, 10), p.value, p.unit]),
        ).toEqual([
          ['2025-03-01', 3, 'deploys/month'],
          ['2025-04-01', null, 'deploys/month'],
        ]);
        // 3 deployments in 7 of March's 31 days
        const cut = await points(
          'project=orders&metric=deploymentFrequency&interval=month&timeRange=2025-03-03/2025-03-09',
        );
        expect(cut.points.map((p: any) => [p.start, p.end, p.value])).toEqual([
          ['2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z', 13.29],
        ]);
        const lead = await points(
          'project=orders&metric=leadTimeForChanges&interval=month&timeRange=2025-03-01/2025-03-31',
        );
        expect(lead.points[0]).toMatchObject({
          value: 4,
          unit: 'hours',
          count: 4,
        });
      });

      it('gives a daily point for each of the 731 days of the longest period', async () => {
        // More windows than SQLite takes terms in one compound select (500).
        const body = await points(
          'project=orders&metric=leadTimeForChanges&interval=day&timeRange=2024-03-10/2026-03-10',
        );
        expect(body.points).toHaveLength(731);
        expect(
          body.points.filter((p: any) => p.count > 0).map((p: any) => p.start),
        ).toEqual([
          '2025-03-03T00:00:00.000Z',
          '2025-03-04T00:00:00.000Z',
          '2025-03-05T00:00:00.000Z',
        ]);
      });

      it('defaults to weekly points over the last 90 days', async () => {
        const body = await points('project=recent&metric=deploymentFrequency');
        expect(body.interval).toBe('week');
        const span =
          Date.parse(body.period.endDate) - Date.parse(body.period.startDate);
        expect(span).toBe(90 * DAY);
        expect(body.points.length).toBeGreaterThanOrEqual(13);
        expect(body.points.every((p: any) => p.unit === 'deploys/week')).toBe(
          true,
        );
        // r3, r20 and r60 are within the last 90 days, r100 is not
        expect(body.points.reduce((n: number, p: any) => n + p.count, 0)).toBe(
          3,
        );
      });
    });

    describe('/deployment-history', () => {
      it('pages 20 by default, resolving the service through the catalog', async () => {
        const res = await get('/deployment-history?service=history-service');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          service: 'history-service',
          total: 24,
        });
        expect(res.body.deployments).toHaveLength(20);
        expect(res.body.nextCursor).not.toBeNull();
        const rest = await get(
          `/deployment-history?service=history-service&cursor=${res.body.nextCursor}`,
        );
        expect(rest.body.deployments).toHaveLength(4);
        expect(rest.body.nextCursor).toBeNull();
      });

      it('filters by environment case-insensitively', async () => {
        const staging = await get(
          '/deployment-history?service=history-service&environment=staging',
        );
        expect(staging.body.total).toBe(2);
        expect(
          staging.body.deployments.map((d: any) => [d.id, d.environment]),
        ).toEqual([
          ['s1', 'STAGING'],
          ['s0', 'STAGING'],
        ]);
        expect(
          (
            await get(
              '/deployment-history?service=history&environment=Production&limit=1',
            )
          ).body.total,
        ).toBe(22);
      });

      it("takes seed 001's environment names: prod is every production environment (here DevLake's PRODUCTION)", async () => {
        const prod = await get(
          '/deployment-history?service=history-service&environment=prod&limit=1',
        );
        expect(prod.body.total).toBe(22);
        expect(prod.body.deployments[0].environment).toBe('PRODUCTION');
      });
    });
  },
);
