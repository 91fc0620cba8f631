import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { readFileSync } from 'node:fs';
import { devlakePlugin } from './plugin';
import { SECRETS, testConfig } from './test/signing';

const databases = createTestDatabases();
const fixture = (name: string) =>
  readFileSync(fixturePath('webhooks', name), 'utf8');

describeWithFixtures().each(databases.eachSupportedId())(
  'GitLab webhooks on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;
    const post = (
      path: string,
      body: string,
      headers: Record<string, string>,
    ) => backend.http.post(`/api/devlake${path}`).set(headers).send(body);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
        knex,
        config: testConfig,
      });
    });

    afterAll(() => backend.stop());

    it('stores the real GitLab deployment, merge request and push hooks once, by X-Gitlab-Token', async () => {
      const gitlab = (event: string, body: string, token = SECRETS.gitlab) =>
        post('/webhooks/gitlab', body, {
          'Content-Type': 'application/json',
          'X-Gitlab-Event': event,
          'X-Gitlab-Token': token,
        });
      const deployed = fixture('gitlab-deployment.json');
      expect((await gitlab('Deployment Hook', deployed, 'nope')).status).toBe(
        401,
      );
      for (let i = 0; i < 2; i++)
        expect((await gitlab('Deployment Hook', deployed)).status).toBe(200);
      const [deployment] = await knex('deployments').where({
        source: 'gitlab',
      });
      expect(deployment).toMatchObject({
        external_id: '15',
        project: 'test-deployment-webhooks',
        environment: 'staging',
        status: 'SUCCESS',
        version: '1.0.0',
        commit_sha: '279484c09fbe69ededfced8c1bb6e6d24616b468',
        triggered_by: 'user1',
      });
      // "2021-04-28 21:50:00 +0200", as GitLab's hook writes it.
      expect(new Date(deployment.finished_at).toISOString()).toBe(
        '2021-04-28T19:50:00.000Z',
      );
      expect(
        await knex('deployments').where({ source: 'gitlab' }),
      ).toHaveLength(1);

      // The fixture's merge request is open: ignored, saying why. Merged, it is stored.
      const opened = fixture('gitlab-merge_request.json');
      const ignored = await gitlab('Merge Request Hook', opened);
      expect(ignored.status).toBe(202);
      expect(ignored.body.ignored).toMatch(/is opened: only merged/);
      const mr = JSON.parse(opened);
      mr.object_attributes.state = 'merged';
      mr.object_attributes.action = 'merge';
      mr.object_attributes.merge_commit_sha = 'c'.repeat(40);
      mr.object_attributes.updated_at = '2013-12-04 09:00:00 UTC';
      expect(
        (await gitlab('Merge Request Hook', JSON.stringify(mr))).status,
      ).toBe(200);
      const [pr] = await knex('pull_requests').where({
        repository: mr.project.path_with_namespace,
      });
      expect(pr).toMatchObject({
        number: 1,
        merge_commit_sha: 'c'.repeat(40),
      });
      expect(new Date(pr.merged_at).toISOString()).toBe(
        '2013-12-04T09:00:00.000Z',
      );
      // A later edit of the merged request says nothing about when it was merged.
      mr.object_attributes.action = 'update';
      mr.object_attributes.updated_at = '2013-12-09 09:00:00 UTC';
      const edited = await gitlab('Merge Request Hook', JSON.stringify(mr));
      expect(edited.status).toBe(202);
      expect(edited.body.ignored).toMatch(/action update\) says not when/);

      // A canceled deployment finished without an outcome: OTHER, counted by no metric.
      const canceled = JSON.parse(deployed);
      canceled.deployment_id = 16;
      canceled.status = 'running';
      expect(
        (await gitlab('Deployment Hook', JSON.stringify(canceled))).status,
      ).toBe(200);
      canceled.status = 'canceled';
      canceled.commit_url = 'https://gitlab.example.com/x/-/commit/279484c0';
      expect(
        (await gitlab('Deployment Hook', JSON.stringify(canceled))).status,
      ).toBe(200);
      expect(
        await knex('deployments')
          .where({ source: 'gitlab', external_id: '16' })
          .first('status'),
      ).toEqual({ status: 'OTHER' });

      // A push to the default branch: its commits; the pipeline hook feeds nothing.
      const push = JSON.stringify({
        object_kind: 'push',
        ref: 'refs/heads/main',
        after: 'd'.repeat(40),
        project: { name: 'gl-payments', default_branch: 'main' },
        commits: [
          {
            id: 'd'.repeat(40),
            timestamp: '2026-11-02T08:00:00+01:00',
            message: 'fix: rounding',
            author: { name: 'Jane', email: 'jane@acme.example' },
          },
        ],
      });
      expect((await gitlab('Push Hook', push)).status).toBe(200);
      expect(
        await knex('commits').where({ project: 'gl-payments' }),
      ).toHaveLength(1);
      const pipeline = await gitlab(
        'Pipeline Hook',
        fixture('gitlab-pipeline.json'),
      );
      expect(pipeline.status).toBe(202);
      expect(pipeline.body.ignored).toMatch(/Pipeline Hook does not feed/);
      const badTime = JSON.parse(deployed);
      badTime.status_changed_at = 'yesterday';
      const refused = await gitlab('Deployment Hook', JSON.stringify(badTime));
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(
        /body\.status_changed_at: must be a date-time with a zone/,
      );
    });
  },
);
