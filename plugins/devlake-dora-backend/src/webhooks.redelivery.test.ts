import {
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
} from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { pluginOnFreshDatabase } from './__testUtils__/freshBackend';
import { SECRETS, hubSignature } from './test/signing';

/**
 * "The same delivery twice is stored once", for every source: a delivery sent again (as senders
 * do when an answer is lost) leaves every table exactly as the first one left it.
 */
const databases = createTestDatabases();

const TABLES: Array<[string, string[]]> = [
  ['deployments', ['source', 'external_id']],
  ['deployment_commits', ['deployment_id', 'commit_sha']],
  ['commits', ['project', 'sha']],
  ['pull_requests', ['repository', 'number']],
  ['incidents', ['source', 'external_id']],
  ['issues', ['source', 'external_id']],
];

interface Delivery {
  path: string;
  body: string;
  headers: Record<string, string>;
}

const bearer = (
  source: keyof typeof SECRETS,
  path: string,
  body: unknown,
): Delivery => ({
  path,
  body: JSON.stringify(body),
  headers: {
    Authorization: `Bearer ${SECRETS[source]}`,
    'Content-Type': 'application/json',
  },
});

const github = (event: string, body: string): Delivery => ({
  path: '/webhooks/github',
  body,
  headers: {
    'Content-Type': 'application/json',
    'X-GitHub-Event': event,
    'X-Hub-Signature-256': hubSignature(SECRETS.github, body),
  },
});

const issue = (issueKey: string, over: Record<string, unknown> = {}) =>
  bearer('devlake', '/plugins/webhook/1/issues', {
    issueKey,
    title: issueKey,
    originalStatus: 'x',
    status: 'TODO',
    type: 'INCIDENT',
    createdDate: '2026-10-01T11:00:00Z',
    ...over,
  });

const devlakeDeployment = {
  id: 'again-1',
  startedDate: '2026-10-01T10:00:00Z',
  finishedDate: '2026-10-01T10:05:00Z',
  deploymentCommits: [
    {
      repoUrl: 'https://github.com/acme/p',
      commitSha: 'a1',
      startedDate: '2026-10-01T10:00:00Z',
      finishedDate: '2026-10-01T10:05:00Z',
    },
  ],
};

const DELIVERIES: Array<[string, Delivery]> = [
  [
    'Argo CD (seed 000)',
    bearer('argocd', '/webhooks/argocd', {
      type: 'sync',
      application: 'again',
      status: 'Succeeded',
      revision: 'abc123',
      timestamp: '2026-10-01T10:00:00Z',
    }),
  ],
  [
    'Jenkins short (seed 000)',
    bearer('jenkins', '/webhooks/jenkins', {
      job: 'again',
      build: 42,
      status: 'SUCCESS',
      commit: 'abc123',
      timestamp: '2026-10-01T10:00:00Z',
    }),
  ],
  [
    'Jenkins notification (seed 000)',
    bearer('jenkins', '/webhooks/jenkins', {
      name: 'again',
      build: {
        number: 43,
        phase: 'COMPLETED',
        status: 'SUCCESS',
        timestamp: '2026-10-01T10:00:00Z',
        duration: 1000,
      },
    }),
  ],
  [
    'GitHub push without pushed_at',
    github(
      'push',
      JSON.stringify({
        ref: 'refs/heads/main',
        repository: {
          name: 'again',
          full_name: 'acme/again',
          default_branch: 'main',
        },
        commits: [{ id: 'p1', timestamp: '2026-10-01T09:00:00Z' }],
      }),
    ),
  ],
  [
    'DevLake deployment',
    bearer(
      'devlake',
      '/plugins/webhook/connections/1/deployments',
      devlakeDeployment,
    ),
  ],
  [
    'DevLake project deployment',
    bearer(
      'devlake',
      '/plugins/webhook/projects/again/deployments',
      devlakeDeployment,
    ),
  ],
  [
    'DevLake pull request',
    bearer('devlake', '/plugins/webhook/1/pull_requests', {
      id: 'pr',
      displayTitle: 'pr',
      pullRequestKey: 5,
      createdDate: '2026-10-01T09:00:00Z',
      mergedDate: '2026-10-01T09:30:00Z',
    }),
  ],
  ['DevLake incident', issue('AGAIN-1')],
  [
    'DevLake incident resolved at a given time',
    issue('AGAIN-2', {
      status: 'DONE',
      resolutionDate: '2026-10-01T12:00:00Z',
    }),
  ],
  // no resolutionDate: resolved when first told so, not again at every redelivery
  [
    'DevLake incident resolved without a time',
    issue('AGAIN-3', { status: 'DONE' }),
  ],
  [
    'DevLake issue of another type resolved without a time',
    issue('AGAIN-4', { status: 'DONE', type: 'BUG' }),
  ],
];

describe.each(databases.eachSupportedId())(
  'webhook redelivery on %s',
  databaseId => {
    const started = pluginOnFreshDatabase(databases, databaseId);

    const send = (d: Delivery) =>
      started.backend.http
        .post(`/api/devlake${d.path}`)
        .set(d.headers)
        .send(d.body);
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const [table, key] of TABLES) {
        const rows = await started
          .knex(table)
          .orderBy(key.map(column => ({ column })));
        tables[table] = rows.map(row =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, iso(v)])),
        );
      }
      return tables;
    };

    /** Sends a delivery, then the same again a little later: the answers and every table after each. */
    async function twice(delivery: Delivery) {
      const answers = [(await send(delivery)).status];
      const first = await snapshot();
      await new Promise(resolve => setTimeout(resolve, 20));
      answers.push((await send(delivery)).status);
      return { answers, first, second: await snapshot() };
    }

    it.each(DELIVERIES)('stores %s once', async (_, delivery) => {
      const { answers, first, second } = await twice(delivery);
      expect(answers).toEqual([200, 200]);
      expect(second).toEqual(first);
    });

    it('closes a DevLake issue once, however often the close is sent', async () => {
      expect((await send(issue('AGAIN-5'))).status).toBe(200);
      const { answers, first, second } = await twice({
        path: '/plugins/webhook/1/issue/AGAIN-5/close',
        body: '',
        headers: { Authorization: `Bearer ${SECRETS.devlake}` },
      });
      expect(answers).toEqual([200, 200]);
      expect(second).toEqual(first);
    });

    describeWithFixtures()(
      'with the real GitHub and PagerDuty payloads',
      () => {
        const fixture = (name: string) =>
          readFileSync(fixturePath('webhooks', name), 'utf8');
        const merged = () => {
          const pr = JSON.parse(fixture('github-pull_request.closed.json'));
          pr.pull_request.merged_at = '2019-05-15T15:21:18Z';
          return JSON.stringify(pr);
        };
        const pagerDuty = (name: string): Delivery => ({
          path: '/webhooks/pagerduty',
          body: fixture(name),
          headers: {
            Authorization: `Bearer ${SECRETS.pagerduty}`,
            'Content-Type': 'application/json',
          },
        });

        it.each([
          [
            'GitHub push',
            () => github('push', fixture('github-push.with-new-branch.json')),
          ],
          [
            'GitHub deployment',
            () =>
              github('deployment', fixture('github-deployment.created.json')),
          ],
          [
            'GitHub deployment_status',
            () =>
              github(
                'deployment_status',
                fixture('github-deployment_status.success.json'),
              ),
          ],
          [
            'GitHub merged pull_request',
            () => github('pull_request', merged()),
          ],
          [
            'PagerDuty incident.triggered',
            () => pagerDuty('pagerduty-v3-incident.triggered.json'),
          ],
          [
            'PagerDuty incident.resolved',
            () => pagerDuty('pagerduty-v3-incident.resolved.json'),
          ],
        ])('stores %s once', async (_, delivery) => {
          const { answers, first, second } = await twice(delivery());
          expect(answers).toEqual([200, 200]);
          expect(second).toEqual(first);
        });
      },
    );
  },
);
