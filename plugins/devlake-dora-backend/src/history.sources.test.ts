import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { devlakePlugin } from './plugin';
import { SECRETS, hubSignature, testConfig } from './test/signing';

const databases = createTestDatabases();
const SHA = 'f'.repeat(40);

/** A component whose repository, Argo CD application and Jenkins job all have other names. */
const catalog = catalogServiceMock.factory({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'payments',
        namespace: 'default',
        annotations: {
          'github.com/project-slug': 'acme/payments-api',
          'argocd/app-name': 'payments-prod',
          'jenkins.io/job-full-name': 'deploy-payments',
        },
      },
      spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    },
  ],
});

describe.each(databases.eachSupportedId())(
  'one project across sources on %s',
  databaseId => {
    let backend: PluginBackend;
    const send = (path: string, body: object, headers: object) =>
      backend.http
        .post(`/api/devlake/webhooks/${path}`)
        .set({ 'Content-Type': 'application/json', ...headers })
        .send(JSON.stringify(body));

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [devlakePlugin, catalog],
        knex: await databases.init(databaseId),
        config: testConfig,
      });
      const push = JSON.stringify({
        ref: 'refs/heads/main',
        repository: {
          name: 'payments-api',
          full_name: 'acme/payments-api',
          default_branch: 'main',
          pushed_at: Date.parse('2025-03-04T09:00:00Z') / 1000,
        },
        commits: [
          {
            id: SHA,
            timestamp: '2025-03-04T08:00:00Z',
            message: 'Round amounts half-even',
            author: { name: 'Jane Doe', email: 'jane@acme.example' },
          },
        ],
      });
      const pushed = await backend.http
        .post('/api/devlake/webhooks/github')
        .set({
          'Content-Type': 'application/json',
          'X-GitHub-Event': 'push',
          'X-Hub-Signature-256': hubSignature(SECRETS.github, push),
        })
        .send(push);
      const synced = await send(
        'argocd',
        {
          type: 'sync',
          application: 'payments-prod',
          status: 'Succeeded',
          revision: SHA,
          timestamp: '2025-03-04T12:00:00Z',
        },
        { Authorization: `Bearer ${SECRETS.argocd}` },
      );
      const built = await send(
        'jenkins',
        {
          job: 'deploy-payments',
          build: 7,
          status: 'SUCCESS',
          timestamp: '2025-03-05T12:00:00Z',
        },
        { Authorization: `Bearer ${SECRETS.jenkins}` },
      );
      for (const res of [pushed, synced, built])
        if (res.status !== 200)
          throw new Error(`delivery refused: ${res.status} ${res.text}`);
    });
    afterAll(() => backend.stop());

    it("fills a deployment's commit message and author from the pushed commit", async () => {
      const res = await backend.http
        .get('/api/devlake/deployment-history?service=payments')
        .set(authHeaders.user());
      expect(res.status).toBe(200);
      const argo = res.body.deployments.find(
        (d: { triggeredBy: string }) => d.triggeredBy === 'Argo CD sync',
      );
      expect(argo).toMatchObject({
        version: SHA,
        commit: {
          sha: SHA,
          message: 'Round amounts half-even',
          author: 'jane@acme.example',
        },
      });
    });

    it("reads the component's repository, Argo CD application and Jenkins job as one project", async () => {
      const history = await backend.http
        .get('/api/devlake/deployment-history?service=payments')
        .set(authHeaders.user());
      expect(history.body.total).toBe(2);
      const res = await backend.http
        .get(
          '/api/devlake/dora-metrics?project=payments&startDate=2025-03-03&endDate=2025-03-09',
        )
        .set(authHeaders.user());
      expect(res.status).toBe(200);
      expect(res.body.metrics.deploymentFrequency.count).toBe(2);
      // the commit pushed to acme/payments-api reached the Argo CD sync of payments-prod: 4 h
      expect(res.body.metrics.leadTimeForChanges).toMatchObject({
        value: 4,
        count: 1,
      });
    });
  },
);
