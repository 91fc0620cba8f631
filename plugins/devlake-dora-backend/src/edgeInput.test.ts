import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { devlakePlugin } from './plugin';
import { SECRETS, hubSignature, testConfig } from './test/signing';

/** Values a sender or client may send that no store or clock can hold: each answers 400 naming the field, never 500. */
const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('odd input on %s', databaseId => {
  let backend: PluginBackend;
  let knex: Knex;
  const get = (path: string) =>
    backend.http.get(`/api/devlake${path}`).set(authHeaders.user());
  const post = (
    path: string,
    source: keyof typeof SECRETS,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    backend.http
      .post(`/api/devlake${path}`)
      .set({
        Authorization: `Bearer ${SECRETS[source]}`,
        'Content-Type': 'application/json',
        ...headers,
      })
      .send(JSON.stringify(body));
  const github = (event: string, body: unknown) => {
    const raw = JSON.stringify(body);
    return backend.http
      .post('/api/devlake/webhooks/github')
      .set({
        'Content-Type': 'application/json',
        'X-GitHub-Event': event,
        'X-Hub-Signature-256': hubSignature(SECRETS.github, raw),
      })
      .send(raw);
  };

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    backend = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      knex,
      config: testConfig,
    });
  });

  afterAll(() => backend.stop());

  const argo = {
    type: 'sync',
    application: 'odd',
    status: 'Succeeded',
    revision: 'r1',
    timestamp: '2026-01-01T10:00:00Z',
  };
  const repository = {
    name: 'odd',
    full_name: 'acme/odd',
    default_branch: 'main',
  };
  const deploymentEvent = (state: string) => ({
    repository,
    deployment: {
      id: 77,
      sha: 'abc',
      environment: 'production',
      created_at: '2026-01-01T10:00:00Z',
    },
    deployment_status: { state, created_at: '2026-01-01T10:05:00Z' },
  });

  describe('names that are also properties of every JavaScript object', () => {
    it.each(['constructor', '__proto__', 'toString'])(
      'refuses Argo CD status %j with 400',
      async status => {
        const res = await post('/webhooks/argocd', 'argocd', {
          ...argo,
          status,
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/body\.status: must be one of/);
      },
    );

    it.each(['constructor', '__proto__'])(
      'ignores GitHub deployment state %j as it ignores other unknown states',
      async state => {
        const res = await github('deployment_status', deploymentEvent(state));
        expect(res.status).toBe(202);
        expect(
          await knex('deployments').where({
            source: 'github',
            external_id: '77',
          }),
        ).toHaveLength(0);
      },
    );

    it.each(['constructor', '__proto__'])(
      'refuses Jenkins status %j with 400',
      async status => {
        const res = await post('/webhooks/jenkins', 'jenkins', {
          job: 'odd',
          build: 1,
          status,
          timestamp: '2026-01-01T10:00:00Z',
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/body\.status: must be one of/);
      },
    );
  });

  describe('times no clock can hold', () => {
    it('refuses a Jenkins build whose duration ends beyond any date', async () => {
      const res = await post('/webhooks/jenkins', 'jenkins', {
        name: 'odd',
        build: { number: 1, timestamp: 1_700_000_000_000, duration: 1e300 },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /body\.build\.duration: must be at most/,
      );
    });

    it('refuses a Jenkins timestamp beyond any date', async () => {
      const res = await post('/webhooks/jenkins', 'jenkins', {
        name: 'odd',
        build: { number: 2, timestamp: 9_000_000_000_000_000 },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/body\.build\.timestamp: /);
    });

    it('refuses a push whose pushed_at is beyond any date', async () => {
      const res = await github('push', {
        ref: 'refs/heads/main',
        repository: { ...repository, pushed_at: 1e20 },
        commits: [{ id: 'c-far', timestamp: '2026-01-01T10:00:00Z' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/body\.repository\.pushed_at: /);
      expect(await knex('commits').where({ sha: 'c-far' })).toHaveLength(0);
    });

    it('reads a pushed_at text only when it is an ISO 8601 date-time, else the time of receipt', async () => {
      const before = Date.now();
      // V8 reads "1" as the year 2001
      const res = await github('push', {
        ref: 'refs/heads/main',
        repository: { ...repository, pushed_at: '1' },
        commits: [{ id: 'c-one', timestamp: '2026-01-01T10:00:00Z' }],
      });
      expect(res.status).toBe(200);
      const [row] = await knex('commits').where({ sha: 'c-one' });
      expect(new Date(row.landed_at).getTime()).toBeGreaterThanOrEqual(
        before - 1000,
      );
    });

    it('refuses a history cursor pointing beyond any date with 400', async () => {
      const cursor = Buffer.from(
        JSON.stringify([8_640_000_000_000_001, 1]),
      ).toString('base64url');
      const res = await get(`/deployment-history?service=odd&cursor=${cursor}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/query\.cursor: is not a cursor/);
    });
  });

  describe('days no calendar has', () => {
    // V8's Date.parse rolls 2026-02-30 over to March 2 instead of refusing it.
    it.each([
      [
        '/webhooks/argocd',
        'argocd',
        { ...argo, timestamp: '2026-02-30T10:00:00Z' },
        /body\.timestamp: is not a valid date/,
      ],
      [
        '/webhooks/jenkins',
        'jenkins',
        {
          job: 'odd',
          build: 3,
          status: 'SUCCESS',
          timestamp: '2026-04-31T10:00:00Z',
        },
        /body\.timestamp: is not a valid date/,
      ],
      [
        '/plugins/webhook/1/issues',
        'devlake',
        {
          issueKey: 'ODD-1',
          title: 't',
          originalStatus: 'o',
          status: 'TODO',
          type: 'INCIDENT',
          createdDate: '2025-02-29 10:00:00',
        },
        /body\.createdDate: must be a date-time/,
      ],
    ] as const)(
      'refuses %s with an impossible day',
      async (path, source, body, message) => {
        const res = await post(path, source, body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      },
    );

    it.each([
      [
        '/dora-metrics?startDate=2026-02-30',
        /query\.startDate: must be an ISO 8601 date/,
      ],
      [
        '/dora-metrics?startDate=2026-01-01&endDate=2026-02-29T00:00:00Z',
        /query\.endDate: must be an ISO 8601 date/,
      ],
      [
        '/dora/metrics?timeRange=2026-01-01/2026-06-31',
        /query\.timeRange: must be an ISO 8601 date/,
      ],
    ])('refuses %s with 400', async (path, message) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('takes 29 February of a leap year', async () => {
      expect(
        (await get('/dora-metrics?startDate=2024-02-29&endDate=2024-03-01'))
          .status,
      ).toBe(200);
    });
  });

  describe('numbers beyond their column', () => {
    it('refuses a GitHub pull request number beyond a 32-bit integer with 400 on every database', async () => {
      const res = await github('pull_request', {
        action: 'closed',
        repository,
        pull_request: {
          number: 2 ** 31,
          created_at: '2026-01-01T10:00:00Z',
          merged_at: '2026-01-01T11:00:00Z',
        },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /body\.pull_request\.number: must be at most 2147483647/,
      );
    });

    const issue = {
      issueKey: 'ODD-2',
      title: 't',
      originalStatus: 'o',
      status: 'TODO',
      type: 'INCIDENT',
      createdDate: '2026-01-01T10:00:00Z',
    };
    it.each([
      [
        '/plugins/webhook/1/pull_requests',
        {
          id: 'pr-big',
          displayTitle: 'big',
          pullRequestKey: '99999999999',
          createdDate: '2026-01-01T10:00:00Z',
          mergedDate: '2026-01-01T11:00:00Z',
        },
        /body\.pullRequestKey: must be between -2147483648 and 2147483647/,
      ],
      [
        '/plugins/webhook/1/issues',
        { ...issue, deploymentId: 'd'.repeat(600) },
        /body\.deploymentId: must be at most 255 characters/,
      ],
    ])(
      'refuses %s with a value beyond its column with 400 on every database',
      async (path, body, message) => {
        const res = await post(path, 'devlake', body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      },
    );
  });

  describe('a field of the wrong type', () => {
    const pagerDuty = (data: Record<string, unknown>) => ({
      event: {
        id: 'e-odd',
        event_type: 'incident.triggered',
        resource_type: 'incident',
        occurred_at: '2026-01-01T10:00:00Z',
        data: { id: 'P-odd', service: { summary: 'odd' }, ...data },
      },
    });
    it.each([
      [
        '/webhooks/argocd',
        'argocd',
        { ...argo, application: 5 },
        /body\.application: must be a string/,
      ],
      [
        '/webhooks/argocd',
        'argocd',
        { ...argo, revision: 123 },
        /body\.revision: must be a string/,
      ],
      [
        '/webhooks/argocd',
        'argocd',
        { ...argo, status: true },
        /body\.status: must be a string/,
      ],
      [
        '/webhooks/jenkins',
        'jenkins',
        {
          job: ['odd'],
          build: 1,
          status: 'SUCCESS',
          timestamp: argo.timestamp,
        },
        /body\.job: must be a string/,
      ],
      [
        '/webhooks/pagerduty',
        'pagerduty',
        pagerDuty({ id: 7 }),
        /body\.event\.data\.id: must be a string/,
      ],
      [
        '/webhooks/pagerduty',
        'pagerduty',
        pagerDuty({ service: { summary: 7 } }),
        /body\.event\.data\.service\.summary: must be a string/,
      ],
    ] as const)(
      '%s answers 400 saying what the value must be, not that it is missing',
      async (path, source, body, message) => {
        const res = await post(path, source, body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        expect(res.body.error.message).not.toMatch(/is required/);
      },
    );
  });

  describe('a NUL character, which PostgreSQL cannot hold in text', () => {
    it.each([
      ['/dora-metrics?project=%00', 'query.project'],
      ['/dora/series?metric=leadTimeForChanges&team=a%00', 'query.team'],
      ['/deployment-history?service=%00', 'query.service'],
      ['/deployment-history?service=a&environment=%00', 'query.environment'],
    ])('GET %s answers 400 naming %s', async (path, field) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        `${field}: must not contain a NUL character`,
      );
    });

    it.each([
      [
        '/webhooks/argocd',
        'argocd',
        { ...argo, application: 'odd\u0000' },
        'body.application',
      ],
      [
        '/plugins/webhook/1/deployments',
        'devlake',
        {
          id: 'nul',
          startedDate: '2026-01-01T10:00:00Z',
          finishedDate: '2026-01-01T10:05:00Z',
          deploymentCommits: [
            {
              repoUrl: 'https://github.com/acme/odd',
              commitSha: 'a1',
              commitMsg: 'fix\u0000',
              startedDate: '2026-01-01T10:00:00Z',
              finishedDate: '2026-01-01T10:05:00Z',
            },
          ],
        },
        'body.deploymentCommits[0].commitMsg',
      ],
    ] as const)(
      'POST %s answers 400 naming the field on every database',
      async (path, source, body, field) => {
        const res = await post(path, source, body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          `${field}: must not contain a NUL character (\\u0000)`,
        );
      },
    );

    it.each([
      ['/plugins/webhook/1/issue/%00/close', 'issueKey'],
      ['/plugins/webhook/projects/odd%00/deployments', 'projectName'],
    ])('POST %s answers 400 naming %s', async (path, param) => {
      const res = await post(path, 'devlake', {});
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        `${param}: must not contain a NUL character (%00)`,
      );
    });
  });

  describe('a series metric', () => {
    it('answers an unknown series metric with the metrics there are, not as missing', async () => {
      const res = await get('/dora/series?metric=leadTime');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /query\.metric: must be one of deploymentFrequency, leadTimeForChanges/,
      );
    });
  });
});
