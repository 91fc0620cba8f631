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
  Authorization: `Bearer ${SECRETS.devlake}`,
  'Content-Type': 'application/json',
};

const commit = (sha: string) => ({
  repoUrl: 'https://github.com/acme/payments',
  commitSha: sha,
  startedDate: '2026-10-01T10:00:00Z',
  finishedDate: '2026-10-01T10:05:00Z',
});
const deployment = (id: string) => ({
  id,
  startedDate: '2026-10-01T10:00:00Z',
  finishedDate: '2026-10-01T10:05:00Z',
  deploymentCommits: [commit(`sha-${id}`)],
});
const issue = (issueKey: string, type = 'INCIDENT') => ({
  issueKey,
  title: `Issue ${issueKey}`,
  type,
  status: 'TODO',
  originalStatus: 'open',
  createdDate: '2026-10-01T11:00:00Z',
});
const pullRequest = (key: number) => ({
  id: `pr-${key}`,
  displayTitle: `PR ${key}`,
  pullRequestKey: key,
  status: 'MERGED',
  createdDate: '2026-09-30T09:00:00Z',
  mergedDate: '2026-10-01T09:00:00Z',
  mergeCommitSha: `m${key}`,
});

describe.each(databases.eachSupportedId())(
  'DevLake webhook API on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;
    const post = (
      path: string,
      body: unknown = {},
      headers: Record<string, string> = bearer,
    ) =>
      backend.http
        .post(`/api/devlake/plugins/webhook${path}`)
        .set(headers)
        .send(typeof body === 'string' ? body : JSON.stringify(body));

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
        knex,
        config: testConfig,
      });
    });

    afterAll(() => backend.stop());

    describe('every route of DevLake’s webhook plugin (impl.go)', () => {
      it.each([
        ['/connections/1/deployments', 'devlake:1', 'payments'],
        [
          '/connections/by-name/checkout-conn/deployments',
          'devlake:2',
          'checkout',
        ],
        ['/1/deployments', 'devlake:1', 'payments'],
        [
          '/projects/storefront/deployments',
          'devlake:project:storefront',
          'storefront',
        ],
      ])('POST %s stores a deployment', async (path, source, project) => {
        const id = `route-${path}`;
        const res = await post(path, deployment(id));
        expect(res.status).toBe(200);
        expect(res.body.stored).toMatchObject({ deployments: 1, commits: 1 });
        const [row] = await knex('deployments').where({ external_id: id });
        expect(row).toMatchObject({
          source,
          project,
          environment: 'PRODUCTION',
          status: 'SUCCESS',
        });
      });

      it.each([
        '/connections/1/issues',
        '/connections/by-name/payments/issues',
        '/1/issues',
        '/by-name/payments/issues',
      ])('POST %s stores an issue', async path => {
        const key = `INC-${path}`;
        expect((await post(path, issue(key))).status).toBe(200);
        expect(
          await knex('incidents').where({
            source: 'devlake:1',
            external_id: key,
          }),
        ).toHaveLength(1);
      });

      it.each([
        '/connections/1',
        '/connections/by-name/payments',
        '/1',
        '/by-name/payments',
      ])('POST %s/issue/:issueKey/close closes it', async prefix => {
        const key = `CLOSE-${prefix}`;
        expect((await post('/1/issues', issue(key))).status).toBe(200);
        const res = await post(
          `${prefix}/issue/${encodeURIComponent(key)}/close`,
          '',
        );
        expect(res.status).toBe(200);
        const [row] = await knex('incidents').where({
          source: 'devlake:1',
          external_id: key,
        });
        expect(row.status).toBe('DONE');
        expect(row.resolved_at).not.toBeNull();
      });

      it.each([
        ['/connections/1/pull_requests', 1, 'webhook:1'],
        ['/connections/by-name/checkout-conn/pull_requests', 2, 'webhook:2'],
        ['/1/pull_requests', 3, 'webhook:1'],
      ])(
        'POST %s stores a merged pull request',
        async (path, key, repository) => {
          const res = await post(path, pullRequest(key));
          expect(res.status).toBe(200);
          expect(res.body.stored.pullRequests).toBe(1);
          const [row] = await knex('pull_requests').where({
            repository,
            number: key,
          });
          expect(row).toMatchObject({
            title: `PR ${key}`,
            merge_commit_sha: `m${key}`,
          });
        },
      );

      it('verifies every route with the devlake secret, and names the connection it does not know', async () => {
        expect(
          (
            await post('/projects/storefront/deployments', deployment('x'), {
              Authorization: 'Bearer nope',
            })
          ).status,
        ).toBe(401);
        expect(
          (
            await post('/connections/1/pull_requests', pullRequest(9), {
              Authorization: `Bearer ${SECRETS.argocd}`,
            })
          ).status,
        ).toBe(401);
        expect((await post('/1/issue/A/close', '', {})).status).toBe(401);
        expect(
          (await post('/connections/9/deployments', deployment('x'))).status,
        ).toBe(404);
        expect(
          (await post('/connections/by-name/nope/issue/A/close', '')).status,
        ).toBe(404);
        const notNumber = await post(
          '/connections/abc/deployments',
          deployment('x'),
        );
        expect(notNumber.status).toBe(400);
        expect(notNumber.body.error.message).toMatch(
          /connectionId: must be a positive integer/,
        );
        const longProject = await post(
          `/projects/${'p'.repeat(101)}/deployments`,
          deployment('x'),
        );
        expect(longProject.status).toBe(400);
        expect(longProject.body.error.message).toMatch(
          /projectName: must be at most 100 characters/,
        );
      });
    });

    describe('deployments validated as DevLake’s WebhookDeploymentReq', () => {
      it.each([
        ['id', { id: undefined }, /body\.id: is required/],
        ['id empty', { id: '' }, /body\.id: is required/],
        [
          'startedDate',
          { startedDate: undefined },
          /body\.startedDate: is required/,
        ],
        ['finishedDate', { finishedDate: null }, /body\.finishedDate: /],
        [
          'a bad date',
          { finishedDate: 'yesterday' },
          /body\.finishedDate: must be a date-time/,
        ],
        [
          'deploymentCommits missing',
          { deploymentCommits: undefined },
          /body\.deploymentCommits: must not be empty/,
        ],
        [
          'deploymentCommits empty',
          { deploymentCommits: [] },
          /body\.deploymentCommits: must not be empty/,
        ],
        [
          'commit repoUrl',
          { deploymentCommits: [{ ...commit('a'), repoUrl: '' }] },
          /body\.deploymentCommits\[0\]\.repoUrl: is required/,
        ],
        [
          'commit commitSha',
          { deploymentCommits: [{ ...commit('a'), commitSha: undefined }] },
          /body\.deploymentCommits\[0\]\.commitSha: is required/,
        ],
        [
          'commit startedDate',
          { deploymentCommits: [{ ...commit('a'), startedDate: undefined }] },
          /body\.deploymentCommits\[0\]\.startedDate: is required/,
        ],
        [
          'commit finishedDate',
          { deploymentCommits: [{ ...commit('a'), finishedDate: undefined }] },
          /body\.deploymentCommits\[0\]\.finishedDate: is required/,
        ],
        [
          'environment',
          { environment: 'production' },
          /body\.environment: must be one of PRODUCTION, STAGING, TESTING, DEVELOPMENT/,
        ],
        [
          'environment',
          { environment: 'prod' },
          /body\.environment: must be one of/,
        ],
      ])(
        'refuses a deployment without a valid %s with 400 naming the field',
        async (_, change, message) => {
          const res = await post('/connections/1/deployments', {
            ...deployment('invalid'),
            ...change,
          });
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(message);
          expect(
            await knex('deployments').where({ external_id: 'invalid' }),
          ).toHaveLength(0);
        },
      );

      it.each([
        [undefined, 'SUCCESS'],
        ['', 'SUCCESS'],
        ['SUCCESS', 'SUCCESS'],
        ['FAILURE', 'FAILURE'],
        // DevLake compares results with 'SUCCESS' in a binary collation: anything else counts as neither
        ['success', 'OTHER'],
        ['FAILED', 'OTHER'],
        ['ABORTED', 'OTHER'],
      ])(
        'takes result %j as free text and stores it as %s',
        async (result, status) => {
          const id = `result-${String(result)}`;
          expect(
            (
              await post('/connections/1/deployments', {
                ...deployment(id),
                result,
              })
            ).status,
          ).toBe(200);
          const [row] = await knex('deployments').where({
            source: 'devlake:1',
            external_id: id,
          });
          expect(row.status).toBe(status);
        },
      );

      it('takes DevLake’s optional fields, its date forms and a numeric id, and keeps the environment it names', async () => {
        const body = {
          ...deployment('x'),
          id: 4711,
          environment: 'STAGING',
          originalEnvironment: 'stage-eu',
          displayTitle: 'Release 4711',
          createdDate: '2026-10-01 09:59:00',
          startedDate: '2026-10-01 10:00:00',
          finishedDate: '2026-10-01T12:05:00+0200',
          deploymentCommits: [
            {
              ...commit('n1'),
              refName: 'v1.2.3',
              commitMsg: 'fix',
              repoId: 'r1',
              name: 'n',
              status: 'DONE',
            },
          ],
        };
        expect((await post('/connections/1/deployments', body)).status).toBe(
          200,
        );
        const [row] = await knex('deployments').where({
          source: 'devlake:1',
          external_id: '4711',
        });
        expect(row).toMatchObject({
          environment: 'STAGING',
          version: 'v1.2.3',
          triggered_by: 'Release 4711',
          commit_message: 'fix',
        });
        expect(new Date(row.started_at).toISOString()).toBe(
          '2026-10-01T10:00:00.000Z',
        );
        expect(new Date(row.finished_at).toISOString()).toBe(
          '2026-10-01T10:05:00.000Z',
        );
      });
    });

    describe('issues validated as DevLake’s WebhookIssueRequest', () => {
      it.each([
        ['issueKey', { issueKey: '' }, /body\.issueKey: is required/],
        ['title', { title: undefined }, /body\.title: is required/],
        [
          'originalStatus',
          { originalStatus: undefined },
          /body\.originalStatus: is required/,
        ],
        [
          'createdDate',
          { createdDate: undefined },
          /body\.createdDate: is required/,
        ],
        // oneof without omitempty: status is required
        [
          'status',
          { status: undefined },
          /body\.status: must be one of TODO, DONE, IN_PROGRESS/,
        ],
        [
          'status',
          { status: 'OPEN' },
          /body\.status: must be one of TODO, DONE, IN_PROGRESS/,
        ],
        ['status', { status: 'done' }, /body\.status: must be one of/],
      ])(
        'refuses an issue without a valid %s with 400 naming the field',
        async (_, change, message) => {
          const res = await post('/connections/1/issues', {
            ...issue('BAD-1'),
            ...change,
          });
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(message);
        },
      );

      it('stores an issue of another type as DevLake does (200), not as an incident, and closes it', async () => {
        const res = await post(
          '/connections/1/issues',
          issue('REQ-7', 'REQUIREMENT'),
        );
        expect(res.status).toBe(200);
        expect(res.body.stored).toMatchObject({ issues: 1, incidents: 0 });
        // exactly INCIDENT is an incident (DevLake's IsIncident); "incident" is not
        expect(
          (await post('/connections/1/issues', issue('BUG-8', 'incident')))
            .status,
        ).toBe(200);
        expect(
          await knex('incidents').whereIn('external_id', ['REQ-7', 'BUG-8']),
        ).toHaveLength(0);
        const stored = await knex('issues')
          .where({ source: 'devlake:1' })
          .whereIn('external_id', ['REQ-7', 'BUG-8'])
          .orderBy('external_id');
        expect(stored.map(r => [r.external_id, r.type, r.status])).toEqual([
          ['BUG-8', 'incident', 'TODO'],
          ['REQ-7', 'REQUIREMENT', 'TODO'],
        ]);
        expect(
          (await post('/connections/1/issue/REQ-7/close', '')).status,
        ).toBe(200);
        const [closed] = await knex('issues').where({
          source: 'devlake:1',
          external_id: 'REQ-7',
        });
        expect(closed.status).toBe('DONE');
        const missing = await post('/connections/1/issue/REQ-404/close', '');
        expect(missing.status).toBe(404);
        expect(missing.body.error.message).toMatch(/issue not found/);
      });

      it('reopens an incident sent again as not DONE, as DevLake’s CreateOrUpdate replaces its resolution', async () => {
        // the deployment the incident names exists (a link to none is refused)
        expect(
          (await post('/connections/1/deployments', deployment('dep-9')))
            .status,
        ).toBe(200);
        const resolved = {
          ...issue('REOPEN-1'),
          status: 'DONE',
          resolutionDate: '2026-10-01T12:00:00Z',
          deploymentId: 'dep-9',
        };
        expect((await post('/connections/1/issues', resolved)).status).toBe(
          200,
        );
        const reopened = {
          ...issue('REOPEN-1'),
          status: 'IN_PROGRESS',
          title: 'reopened',
          createdDate: '2026-10-01T11:30:00Z',
        };
        expect((await post('/connections/1/issues', reopened)).status).toBe(
          200,
        );
        const [row] = await knex('incidents').where({
          source: 'devlake:1',
          external_id: 'REOPEN-1',
        });
        expect(row).toMatchObject({
          status: 'IN_PROGRESS',
          resolved_at: null,
          title: 'reopened',
          deployment_ref: 'dep-9',
        });
        expect(new Date(row.created_at).toISOString()).toBe(
          '2026-10-01T11:30:00.000Z',
        );
        const [stored] = await knex('issues').where({
          source: 'devlake:1',
          external_id: 'REOPEN-1',
        });
        expect(stored).toMatchObject({
          status: 'IN_PROGRESS',
          resolved_at: null,
        });
      });

      it('keeps the latest delivery of an issue, as DevLake’s CreateOrUpdate', async () => {
        await post('/connections/1/issues', {
          ...issue('UPD-1'),
          title: 'first',
        });
        await post('/connections/1/issues', {
          ...issue('UPD-1'),
          title: 'second',
          status: 'IN_PROGRESS',
        });
        const rows = await knex('issues').where({
          source: 'devlake:1',
          external_id: 'UPD-1',
        });
        expect(rows.map(r => [r.title, r.status])).toEqual([
          ['second', 'IN_PROGRESS'],
        ]);
      });
    });

    describe('pull requests validated as DevLake’s WebhookPullRequestReq', () => {
      it.each([
        ['id', { id: undefined }, /body\.id: is required/],
        [
          'displayTitle',
          { displayTitle: '' },
          /body\.displayTitle: is required/,
        ],
        [
          'pullRequestKey',
          { pullRequestKey: undefined },
          /body\.pullRequestKey: is required/,
        ],
        [
          'pullRequestKey',
          { pullRequestKey: 0 },
          /body\.pullRequestKey: is required/,
        ],
        [
          'pullRequestKey',
          { pullRequestKey: 'seven' },
          /body\.pullRequestKey: must be a whole number/,
        ],
        [
          'createdDate',
          { createdDate: undefined },
          /body\.createdDate: is required/,
        ],
        [
          'status',
          { status: 'merged' },
          /body\.status: must be one of OPEN, CLOSED, MERGED/,
        ],
      ])(
        'refuses a pull request without a valid %s with 400 naming the field',
        async (_, change, message) => {
          const res = await post('/connections/1/pull_requests', {
            ...pullRequest(50),
            ...change,
          });
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(message);
        },
      );

      it('answers 200 for an open pull request but stores only merged ones', async () => {
        const open = await post('/connections/1/pull_requests', {
          ...pullRequest(60),
          status: 'OPEN',
          mergedDate: null,
        });
        expect(open.status).toBe(200);
        expect(open.body.stored.pullRequests).toBe(0);
        expect(
          await knex('pull_requests').where({
            repository: 'webhook:1',
            number: 60,
          }),
        ).toHaveLength(0);
        expect(
          (
            await post('/connections/1/pull_requests', {
              ...pullRequest(60),
              pullRequestKey: '60',
            })
          ).status,
        ).toBe(200);
        expect(
          await knex('pull_requests').where({
            repository: 'webhook:1',
            number: 60,
          }),
        ).toHaveLength(1);
      });
    });

    describe('data hygiene', () => {
      it('refuses a start after its finish, naming the start', async () => {
        const late = {
          ...deployment('hygiene-1'),
          startedDate: '2026-10-01T12:00:00Z',
          finishedDate: '2026-10-01T11:00:00Z',
        };
        const res = await post('/connections/1/deployments', late);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /body\.startedDate: must not be after finishedDate/,
        );
        const issueBack = await post('/connections/1/issues', {
          ...issue('HYG-1'),
          status: 'DONE',
          createdDate: '2026-10-02T10:00:00Z',
          resolutionDate: '2026-10-01T10:00:00Z',
        });
        expect(issueBack.status).toBe(400);
        expect(issueBack.body.error.message).toMatch(
          /body\.createdDate: must not be after resolutionDate/,
        );
        expect(
          await knex('deployments').where({ external_id: 'hygiene-1' }),
        ).toEqual([]);
      });

      it('refuses times before 2000 or more than a day in the future, naming the field', async () => {
        const old = await post('/connections/1/deployments', {
          ...deployment('hygiene-2'),
          startedDate: '1999-12-31T23:00:00Z',
        });
        expect(old.status).toBe(400);
        expect(old.body.error.message).toMatch(
          /body\.startedDate: must not be before 2000-01-01/,
        );
        const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString();
        const future = await post('/connections/1/deployments', {
          ...deployment('hygiene-3'),
          startedDate: ahead,
          finishedDate: ahead,
        });
        expect(future.status).toBe(400);
        expect(future.body.error.message).toMatch(
          /body\.finishedDate: must not be more than a day in the future/,
        );
      });

      it('refuses an incident whose explicit deploymentId names no deployment received', async () => {
        const res = await post('/connections/1/issues', {
          ...issue('HYG-2'),
          deploymentId: 'never-sent',
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /body\.deploymentId: no deployment never-sent of project payments was received/,
        );
        expect(await knex('incidents').where({ external_id: 'HYG-2' })).toEqual(
          [],
        );
      });
    });
  },
);
