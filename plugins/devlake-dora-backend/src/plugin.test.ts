import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { readFileSync } from 'node:fs';
import { devlakePlugin } from './plugin';
import { poisonTrigger } from './test/poison';
import {
  SECRETS,
  hubSignature,
  pagerDutySignature,
  testConfig,
} from './test/signing';

const databases = createTestDatabases();

const catalog = catalogServiceMock.factory({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'checkout-service',
        namespace: 'default',
        annotations: { 'devlake.apache.org/project-name': 'checkout' },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/team-a',
      },
      // as the catalog's processing writes it; teams are resolved through it
      relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
    },
  ],
});

const bearer = (secret: string) => ({
  Authorization: `Bearer ${secret}`,
  'Content-Type': 'application/json',
});

describe.each(databases.eachSupportedId())(
  'devlake plugin on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;
    const get = (path: string) =>
      backend.http.get(`/api/devlake${path}`).set(authHeaders.user());
    const post = (
      path: string,
      body: unknown,
      headers: Record<string, string>,
    ) =>
      backend.http
        .post(`/api/devlake${path}`)
        .set(headers)
        .send(typeof body === 'string' ? body : JSON.stringify(body));
    const github = (event: string, body: string, secret = SECRETS.github) =>
      post('/webhooks/github', body, {
        'Content-Type': 'application/json',
        'X-GitHub-Event': event,
        'X-Hub-Signature-256': hubSignature(secret, body),
      });

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [devlakePlugin, catalog],
        knex,
        config: testConfig,
      });
    });

    afterAll(() => backend.stop());

    it('serves health without credentials', async () => {
      const res = await backend.http.get('/api/devlake/health');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('healthy');
    });

    it.each([
      '/deployment-history?service=payments',
      '/dora-metrics',
      '/dora/metrics',
      '/dora/lead-time',
      '/dora/series?metric=deploymentFrequency',
    ])('refuses %s without credentials', async path => {
      expect((await backend.http.get(`/api/devlake${path}`)).status).toBe(401);
    });

    describe('webhooks', () => {
      const argo = {
        type: 'sync',
        application: 'payment-service',
        status: 'Succeeded',
        revision: 'abc123',
        timestamp: '2024-12-16T10:00:00Z',
      };

      it('stores the seed Argo CD deployment once however often it is delivered', async () => {
        for (let i = 0; i < 2; i++) {
          const res = await post(
            '/webhooks/argocd',
            argo,
            bearer(SECRETS.argocd),
          );
          expect(res.status).toBe(200);
          expect(res.body.stored.deployments).toBe(1);
        }
        const rows = await knex('deployments').where({
          source: 'argocd',
          project: 'payment-service',
        });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          environment: 'production',
          status: 'SUCCESS',
          commit_sha: 'abc123',
        });
      });

      it('refuses a wrong, missing or foreign secret with 401 and stores nothing', async () => {
        const other = { ...argo, application: 'intruder' };
        expect(
          (await post('/webhooks/argocd', other, bearer('wrong'))).status,
        ).toBe(401);
        expect(
          (
            await post('/webhooks/argocd', other, {
              'Content-Type': 'application/json',
            })
          ).status,
        ).toBe(401);
        expect(
          (await post('/webhooks/argocd', other, bearer(SECRETS.jenkins)))
            .status,
        ).toBe(401);
        expect(
          await knex('deployments').where({ project: 'intruder' }),
        ).toHaveLength(0);
      });

      it('answers 400 naming the field for a bad signed payload, and for a body that is not JSON', async () => {
        const res = await post(
          '/webhooks/argocd',
          { ...argo, timestamp: 'yesterday' },
          bearer(SECRETS.argocd),
        );
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /body\.timestamp: must be an ISO 8601 date-time/,
        );
        const missing = await post(
          '/webhooks/argocd',
          { type: 'sync', status: 'Succeeded', timestamp: argo.timestamp },
          bearer(SECRETS.argocd),
        );
        expect(missing.body.error.message).toMatch(
          /body\.application: is required/,
        );
        const notJson = await post(
          '/webhooks/argocd',
          '{not json',
          bearer(SECRETS.argocd),
        );
        expect(notJson.status).toBe(400);
        expect(notJson.body.error.message).toMatch(
          /body: must be a JSON document/,
        );
      });

      it('answers concurrent deliveries each once committed, and only a refused one with 400', async () => {
        await poisonTrigger(knex);
        const deliveries = Array.from({ length: 12 }, (_, i) => ({
          ...argo,
          application: i === 5 ? 'poison' : 'concurrent',
          revision: `rev${i}`,
        }));
        deliveries.push(deliveries[3]);
        const answers = await Promise.all(
          deliveries.map(async d => {
            const res = await post(
              '/webhooks/argocd',
              d,
              bearer(SECRETS.argocd),
            );
            // Read as soon as the answer arrives: an acknowledged delivery is already committed.
            const visible = (
              await knex('deployments').where({
                source: 'argocd',
                version: d.revision,
              })
            ).length;
            return [res.status, visible];
          }),
        );
        expect(answers).toEqual(
          deliveries.map(d =>
            d.application === 'poison' ? [400, 0] : [200, 1],
          ),
        );
        expect(
          await knex('deployments').where({ project: 'concurrent' }),
        ).toHaveLength(11);
        const refused = await post(
          '/webhooks/argocd',
          deliveries[5],
          bearer(SECRETS.argocd),
        );
        expect(refused.body.error.message).toMatch(/poisoned project/);
      });

      it('stores both Jenkins shapes of seed 000, keyed by job and build', async () => {
        const short = {
          job: 'payment-service-pipeline',
          build: 42,
          status: 'SUCCESS',
          commit: 'abc123',
          timestamp: '2024-12-16T10:00:00Z',
        };
        const notification = {
          name: 'payment-service-pipeline',
          build: {
            number: 43,
            phase: 'COMPLETED',
            status: 'FAILURE',
            full_url:
              'https://jenkins.fawkes.local/job/payment-service-pipeline/43/',
            timestamp: '2024-12-16T11:00:00Z',
            duration: 120000,
            parameters: { BRANCH: 'main', ENVIRONMENT: 'staging' },
            scm: {
              commit: 'def456',
              branch: 'main',
              url: 'https://github.com/paruff/payment-service',
            },
          },
        };
        expect(
          (await post('/webhooks/jenkins', short, bearer(SECRETS.jenkins)))
            .status,
        ).toBe(200);
        expect(
          (
            await post(
              '/webhooks/jenkins',
              notification,
              bearer(SECRETS.jenkins),
            )
          ).status,
        ).toBe(200);
        expect(
          (await post('/webhooks/jenkins', short, bearer(SECRETS.jenkins)))
            .status,
        ).toBe(200);
        const rows = await knex('deployments')
          .where({ source: 'jenkins' })
          .orderBy('external_id');
        expect(rows.map(r => [r.external_id, r.status, r.environment])).toEqual(
          [
            ['payment-service-pipeline#42', 'SUCCESS', 'production'],
            ['payment-service-pipeline#43', 'FAILURE', 'staging'],
          ],
        );
        expect(new Date(rows[1].finished_at).toISOString()).toBe(
          '2024-12-16T11:02:00.000Z',
        );
        const aborted = await post(
          '/webhooks/jenkins',
          { ...short, build: 44, status: 'ABORTED' },
          bearer(SECRETS.jenkins),
        );
        expect(aborted.status).toBe(202);
      });

      describeWithFixtures()(
        'with the real GitHub and PagerDuty payloads',
        () => {
          const fixture = (name: string) =>
            readFileSync(fixturePath('webhooks', name), 'utf8');

          it('stores the commits of a push to the default branch once, verified over the raw body', async () => {
            const body = fixture('github-push.with-new-branch.json');
            expect((await github('push', body, 'not-the-secret')).status).toBe(
              401,
            );
            const bearerOnly = await post('/webhooks/github', body, {
              ...bearer(SECRETS.github),
              'X-GitHub-Event': 'push',
            });
            expect(bearerOnly.status).toBe(401);
            for (let i = 0; i < 2; i++)
              expect((await github('push', body)).status).toBe(200);
            const rows = await knex('commits').where({
              project: 'Hello-World',
            });
            expect(rows).toHaveLength(1);
            expect(rows[0].sha).toBe(
              '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
            );
            expect(new Date(rows[0].committed_at).toISOString()).toBe(
              '2019-05-15T15:19:25.000Z',
            );
            // pushed_at of the push event, epoch seconds
            expect(new Date(rows[0].landed_at).toISOString()).toBe(
              '2019-05-15T15:20:57.000Z',
            );
          });

          it("stores a push sent as GitHub's default form content type, verified over the form", async () => {
            const form = `payload=${encodeURIComponent(fixture('github-push.with-new-branch.json'))}`;
            const sendForm = (body: string, secret = SECRETS.github) =>
              post('/webhooks/github', body, {
                'Content-Type': 'application/x-www-form-urlencoded',
                'X-GitHub-Event': 'push',
                'X-Hub-Signature-256': hubSignature(secret, body),
              });
            expect((await sendForm(form, 'not-the-secret')).status).toBe(401);
            for (let i = 0; i < 2; i++) {
              const res = await sendForm(form);
              expect(res.status).toBe(200);
            }
            expect(
              await knex('commits').where({
                project: 'Hello-World',
                sha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
              }),
            ).toHaveLength(1);
            const noPayload = await sendForm('zen=keep+it+logically+awesome');
            expect(noPayload.status).toBe(400);
            expect(noPayload.body.error.message).toBe(
              'body: must be a form whose payload field is a JSON document',
            );
          });

          it('stores a GitHub deployment and its success status, in either order', async () => {
            expect(
              (
                await github(
                  'deployment_status',
                  fixture('github-deployment_status.success.json'),
                )
              ).status,
            ).toBe(200);
            expect(
              (
                await github(
                  'deployment',
                  fixture('github-deployment.created.json'),
                )
              ).status,
            ).toBe(200);
            const rows = await knex('deployments').where({ source: 'github' });
            expect(rows).toHaveLength(1);
            expect(rows[0]).toMatchObject({
              external_id: '145988746',
              project: 'Hello-World',
              environment: 'production',
              status: 'SUCCESS',
            });
            expect(new Date(rows[0].finished_at).toISOString()).toBe(
              '2019-05-15T15:20:55.000Z',
            );
          });

          it('ignores a closed pull request that was not merged, and events that do not feed metrics, saying why', async () => {
            const ignored = async (event: string, body: string) => {
              const res = await github(event, body);
              expect(res.status).toBe(202);
              return res.body.ignored;
            };
            expect(
              await ignored(
                'pull_request',
                fixture('github-pull_request.closed.json'),
              ),
            ).toBe(
              'pull request #2 was closed without being merged: only merged pull requests feed the metrics',
            );
            expect(await knex('pull_requests')).toHaveLength(0);
            expect(
              await ignored(
                'workflow_run',
                fixture('github-workflow_run.completed.json'),
              ),
            ).toBe('GitHub event workflow_run does not feed the metrics');
            const push = JSON.parse(
              fixture('github-push.with-new-branch.json'),
            );
            push.ref = 'refs/heads/feature';
            expect(await ignored('push', JSON.stringify(push))).toBe(
              `a push to refs/heads/feature: commits count once they reach the default branch refs/heads/${push.repository.default_branch}`,
            );
            expect((await github('ping', '{"zen":"hi"}')).status).toBe(200);
          });

          it('stores a merged pull request once', async () => {
            const pr = JSON.parse(fixture('github-pull_request.closed.json'));
            pr.pull_request.merged_at = '2019-05-15T15:21:18Z';
            const body = JSON.stringify(pr);
            expect((await github('pull_request', body)).status).toBe(200);
            expect((await github('pull_request', body)).status).toBe(200);
            const rows = await knex('pull_requests');
            expect(rows.map(r => [r.repository, r.number])).toEqual([
              ['Codertocat/Hello-World', 2],
            ]);
          });

          it('stores PagerDuty incidents by bearer or X-PagerDuty-Signature, once', async () => {
            const triggered = fixture('pagerduty-v3-incident.triggered.json');
            const resolved = fixture('pagerduty-v3-incident.resolved.json');
            expect(
              (
                await post('/webhooks/pagerduty', triggered, {
                  'Content-Type': 'application/json',
                  'X-PagerDuty-Signature': 'v1=00',
                })
              ).status,
            ).toBe(401);
            expect(
              (
                await post(
                  '/webhooks/pagerduty',
                  triggered,
                  bearer(SECRETS.pagerduty),
                )
              ).status,
            ).toBe(200);
            const signed = {
              'Content-Type': 'application/json',
              'X-PagerDuty-Signature': pagerDutySignature(
                SECRETS.pagerduty,
                resolved,
              ),
            };
            expect(
              (await post('/webhooks/pagerduty', resolved, signed)).status,
            ).toBe(200);
            expect(
              (await post('/webhooks/pagerduty', resolved, signed)).status,
            ).toBe(200);
            const rows = await knex('incidents')
              .where({ source: 'pagerduty' })
              .orderBy('external_id');
            expect(rows.map(r => [r.external_id, r.project, r.status])).toEqual(
              [
                ['PCPZE64', 'pig208', 'DONE'],
                ['PFQZPSY', 'pig208', 'TODO'],
              ],
            );
            expect(new Date(rows[0].resolved_at).toISOString()).toBe(
              '2021-06-04T13:16:53.816Z',
            );
          });
        },
      );

      it('ignores PagerDuty incident events whose data is not the incident (notes, responders, status updates) with 202', async () => {
        const incident = {
          type: 'incident_reference',
          id: 'PNOTE1',
          summary: 'Errors',
        };
        const events = [
          [
            'incident.annotated',
            {
              incident,
              id: 'N1',
              content: 'looking',
              trimmed: false,
              type: 'incident_note',
            },
          ],
          [
            'incident.responder.added',
            {
              incident,
              user: { id: 'U1' },
              message: 'help',
              state: 'pending',
              type: 'incident_responder',
            },
          ],
          [
            'incident.status_update_published',
            {
              incident,
              id: 'S1',
              message: 'fixing',
              trimmed: false,
              type: 'incident_status_update',
            },
          ],
        ] as const;
        for (const [event_type, data] of events) {
          const body = {
            event: {
              id: `ev-${event_type}`,
              event_type,
              resource_type: 'incident',
              occurred_at: '2026-10-01T00:00:00Z',
              data,
            },
          };
          const res = await post(
            '/webhooks/pagerduty',
            body,
            bearer(SECRETS.pagerduty),
          );
          expect([event_type, res.status, res.body.ignored]).toEqual([
            event_type,
            202,
            expect.stringMatching(/incident_/),
          ]);
        }
        expect(
          await knex('incidents').whereIn('external_id', [
            'PNOTE1',
            'N1',
            'S1',
          ]),
        ).toHaveLength(0);
      });

      it('refuses a body over 5 MB with 413 before reading it further', async () => {
        const res = await post(
          '/webhooks/argocd',
          'x'.repeat(5 * 1024 * 1024 + 1),
          bearer(SECRETS.argocd),
        );
        expect(res.status).toBe(413);
      });

      it('stores over-long descriptive text cut to its column, and refuses an over-long key with 400', async () => {
        const long = 'x'.repeat(3000);
        const incident = {
          event: {
            id: 'e-long',
            event_type: 'incident.triggered',
            occurred_at: '2026-10-01T00:00:00Z',
            data: {
              id: 'PLONG',
              title: long,
              html_url: long,
              service: { summary: 'long' },
            },
          },
        };
        expect(
          (
            await post(
              '/webhooks/pagerduty',
              incident,
              bearer(SECRETS.pagerduty),
            )
          ).status,
        ).toBe(200);
        const [row] = await knex('incidents').where({ external_id: 'PLONG' });
        expect(row.title).toHaveLength(1024);
        const push = JSON.stringify({
          ref: 'refs/heads/main',
          repository: {
            name: 'long',
            full_name: 'acme/long',
            default_branch: 'main',
          },
          commits: [
            {
              id: 'l1',
              timestamp: '2026-10-01T00:00:00Z',
              message: long,
              author: { email: long },
            },
          ],
        });
        expect((await github('push', push)).status).toBe(200);
        const tooLong = await post(
          '/webhooks/argocd',
          { ...argo, application: long },
          bearer(SECRETS.argocd),
        );
        expect(tooLong.status).toBe(400);
        expect(tooLong.body.error.message).toMatch(
          /body\.application: must be at most 255 characters/,
        );
      });

      it('takes DevLake webhook deployments with DevLake validation', async () => {
        const deployment = {
          id: 'deploy-1',
          result: 'SUCCESS',
          environment: 'PRODUCTION',
          startedDate: '2026-10-01T10:00:00Z',
          finishedDate: '2026-10-01T10:05:00Z',
          deploymentCommits: [
            {
              repoUrl: 'https://github.com/acme/payments',
              commitSha: 'aaa111',
              commitMsg: 'feat: pay',
              startedDate: '2026-10-01T10:00:00Z',
              finishedDate: '2026-10-01T10:05:00Z',
            },
          ],
        };
        const empty = await post(
          '/plugins/webhook/connections/1/deployments',
          { ...deployment, deploymentCommits: [] },
          bearer(SECRETS.devlake),
        );
        expect(empty.status).toBe(400);
        expect(empty.body.error.message).toMatch(
          /body\.deploymentCommits: must not be empty/,
        );
        const noSha = await post(
          '/plugins/webhook/connections/1/deployments',
          { ...deployment, deploymentCommits: [{ repoUrl: 'x' }] },
          bearer(SECRETS.devlake),
        );
        expect(noSha.body.error.message).toMatch(
          /body\.deploymentCommits\[0\]\.commitSha: is required/,
        );
        expect(
          (
            await post(
              '/plugins/webhook/connections/9/deployments',
              deployment,
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(404);
        expect(
          (
            await post(
              '/plugins/webhook/connections/1/deployments',
              deployment,
              bearer('nope'),
            )
          ).status,
        ).toBe(401);
        expect(
          (
            await post(
              '/plugins/webhook/connections/1/deployments',
              deployment,
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(200);
        expect(
          (
            await post(
              '/plugins/webhook/connections/by-name/payments/deployments',
              deployment,
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(200);
        const rows = await knex('deployments').where({ source: 'devlake:1' });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          external_id: 'deploy-1',
          project: 'payments',
          environment: 'PRODUCTION',
          commit_sha: 'aaa111',
        });
        expect(
          await knex('deployment_commits').where({ deployment_id: rows[0].id }),
        ).toHaveLength(1);
      });

      it('takes DevLake incidents and closes them', async () => {
        const issue = {
          issueKey: 'INC-1',
          title: 'Checkout down',
          status: 'TODO',
          originalStatus: 'open',
          type: 'INCIDENT',
          createdDate: '2026-10-01T11:00:00Z',
        };
        const bad = await post(
          '/plugins/webhook/1/issues',
          { ...issue, createdDate: undefined, status: 'OPEN' },
          bearer(SECRETS.devlake),
        );
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(
          /body\.createdDate.*body\.status: must be one of TODO, DONE, IN_PROGRESS/,
        );
        // stored as DevLake does, but not as an incident
        expect(
          (
            await post(
              '/plugins/webhook/1/issues',
              { ...issue, issueKey: 'REQ-1', type: 'REQUIREMENT' },
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(200);
        expect(
          (
            await post(
              '/plugins/webhook/1/issues',
              issue,
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(200);
        expect(
          (
            await post(
              '/plugins/webhook/connections/by-name/payments/issues',
              issue,
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(200);
        expect(
          (
            await post(
              '/plugins/webhook/1/issue/INC-1/close',
              '',
              bearer('nope'),
            )
          ).status,
        ).toBe(401);
        expect(
          (
            await post(
              '/plugins/webhook/1/issue/INC-1/close',
              '',
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(200);
        expect(
          (
            await post(
              '/plugins/webhook/1/issue/INC-404/close',
              '',
              bearer(SECRETS.devlake),
            )
          ).status,
        ).toBe(404);
        const rows = await knex('incidents').where({ source: 'devlake:1' });
        expect(rows).toHaveLength(1);
        expect(rows[0].status).toBe('DONE');
        expect(rows[0].resolved_at).not.toBeNull();
      });
    });

    describe('deployment history', () => {
      it('pages newest first with a cursor, in the seed shape', async () => {
        for (const [i, day] of ['01', '02', '03'].entries()) {
          const res = await post(
            '/webhooks/argocd',
            {
              type: 'sync',
              application: 'ledger',
              status: 'Succeeded',
              revision: `r${i}`,
              timestamp: `2026-09-${day}T10:00:00Z`,
            },
            bearer(SECRETS.argocd),
          );
          expect(res.status).toBe(200);
        }
        const first = await get('/deployment-history?service=ledger&limit=2');
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({ service: 'ledger', total: 3 });
        expect(first.body.deployments.map((d: any) => d.version)).toEqual([
          'r2',
          'r1',
        ]);
        expect(first.body.deployments[0]).toEqual({
          id: 'ledger@r2@sync',
          version: 'r2',
          environment: 'production',
          status: 'SUCCESS',
          startTime: null,
          endTime: '2026-09-03T10:00:00.000Z',
          duration: null,
          triggeredBy: 'Argo CD sync',
          commit: { sha: 'r2', message: null, author: null },
        });
        const second = await get(
          `/deployment-history?service=ledger&limit=2&cursor=${first.body.nextCursor}`,
        );
        expect(second.body.deployments.map((d: any) => d.version)).toEqual([
          'r0',
        ]);
        expect(second.body.nextCursor).toBeNull();
        expect(
          (await get('/deployment-history?service=ledger&environment=staging'))
            .body.deployments,
        ).toEqual([]);
      });

      it('matches seed 001 environment names to their long forms, and prod to every production environment', async () => {
        const deliveries = [
          ['development', 'd1'],
          ['dev', 'd2'],
          ['TESTING', 't1'],
          ['prod', 'p1'],
          ['production', 'p2'],
        ];
        for (const [environment, revision] of deliveries) {
          const sync = {
            type: 'sync',
            application: 'envs',
            status: 'Succeeded',
            revision,
            timestamp: '2026-09-01T10:00:00Z',
            environment,
          };
          expect(
            (await post('/webhooks/argocd', sync, bearer(SECRETS.argocd)))
              .status,
          ).toBe(200);
        }
        const versions = async (environment: string) =>
          (
            await get(
              `/deployment-history?service=envs&environment=${environment}`,
            )
          ).body.deployments
            .map((d: any) => d.version)
            .sort();
        expect(await versions('dev')).toEqual(['d1', 'd2']);
        expect(await versions('Development')).toEqual(['d1', 'd2']);
        expect(await versions('test')).toEqual(['t1']);
        expect(await versions('prod')).toEqual(['p1', 'p2']);
        expect(await versions('production')).toEqual(['p1', 'p2']);
        expect(await versions('staging')).toEqual([]);
      });

      it.each([
        ['', /query\.service: is required/],
        ['service=ledger&limit=101', /query\.limit: must be at most 100/],
        ['service=ledger&limit=0', /query\.limit: must be at least 1/],
        ['service=ledger&limit=abc', /query\.limit/],
        ['service=ledger&cursor=bm9wZQ', /query\.cursor: is not a cursor/],
        ['service=ledger&service=other', /query\.service: must be given once/],
        ['service=ledger&limit=1e2', /query\.limit: must be a whole number/],
        ['service=ledger&limit=0x10', /query\.limit: must be a whole number/],
        ['service=ledger&limit=5&limit=6', /query\.limit: must be given once/],
      ])('refuses ?%s with a 400 naming the field', async (query, message) => {
        const res = await get(`/deployment-history?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      });
    });

    describe('metrics over ingested events', () => {
      // Hand-computed: commit c1 (08:00) lands 09:00, ships in rel-1 at 12:00 on Mon 11-02 → 4 h.
      // Argo CD deploys at 12:00 on Wed 11-04; a PagerDuty incident 13:00-15:00 follows it.
      // Week 11-02..11-08: 2 deployments on 2 days → 2/week, high; CFR 1/2 = 50 %; recovery 3 h.
      beforeAll(async () => {
        const delivered = (res: { status: number; text: string }) => {
          if (res.status !== 200)
            throw new Error(`delivery refused: ${res.status} ${res.text}`);
        };
        const push = {
          ref: 'refs/heads/main',
          repository: {
            name: 'checkout',
            full_name: 'acme/checkout',
            default_branch: 'main',
            pushed_at: Date.parse('2026-11-02T09:00:00Z') / 1000,
          },
          commits: [
            {
              id: 'c1',
              timestamp: '2026-11-02T08:00:00Z',
              message: 'feat: basket',
              author: { email: 'dev@example.com' },
            },
          ],
        };
        const body = JSON.stringify(push);
        delivered(await github('push', body));
        const release = {
          id: 'rel-1',
          startedDate: '2026-11-02T11:00:00Z',
          finishedDate: '2026-11-02T12:00:00Z',
          deploymentCommits: [
            {
              repoUrl: 'https://github.com/acme/checkout',
              commitSha: 'c1',
              startedDate: '2026-11-02T11:00:00Z',
              finishedDate: '2026-11-02T12:00:00Z',
            },
          ],
        };
        delivered(
          await post(
            '/plugins/webhook/connections/2/deployments',
            release,
            bearer(SECRETS.devlake),
          ),
        );
        const sync = {
          type: 'sync',
          application: 'checkout',
          status: 'Succeeded',
          revision: 'c2',
          timestamp: '2026-11-04T12:00:00Z',
        };
        delivered(await post('/webhooks/argocd', sync, bearer(SECRETS.argocd)));
        const incident = (type: string, at: string) => ({
          event: {
            id: `ev-${type}`,
            event_type: type,
            resource_type: 'incident',
            occurred_at: at,
            data: {
              id: 'PCHECK',
              title: 'Basket errors',
              service: { summary: 'checkout' },
            },
          },
        });
        for (const [type, at] of [
          ['incident.triggered', '2026-11-04T13:00:00Z'],
          ['incident.resolved', '2026-11-04T15:00:00Z'],
        ]) {
          delivered(
            await post(
              '/webhooks/pagerduty',
              incident(type, at),
              bearer(SECRETS.pagerduty),
            ),
          );
        }
      });

      const expected = {
        deploymentFrequency: {
          value: 2,
          unit: 'deploys/week',
          performance: 'high',
          count: 2,
        },
        leadTimeForChanges: {
          value: 4,
          unit: 'hours',
          performance: 'elite',
          count: 1,
        },
        changeFailureRate: {
          value: 50,
          unit: 'percent',
          performance: 'low',
          count: 2,
        },
        timeToRestoreService: {
          value: 3,
          unit: 'hours',
          performance: 'high',
          count: 1,
        },
        deploymentReworkRate: {
          value: 0,
          unit: 'percent',
          performance: null,
          count: 2,
        },
      };

      it('answers /dora-metrics in the seed shape with a trend against the previous period', async () => {
        const res = await get(
          '/dora-metrics?project=checkout&startDate=2026-11-02&endDate=2026-11-08',
        );
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          project: 'checkout',
          team: null,
          period: { startDate: '2026-11-02', endDate: '2026-11-08' },
          benchmark: '2023',
          aggregation: 'median',
        });
        expect(res.body.metrics).toMatchObject(expected);
        // nothing the week before: no trend, said plainly
        expect(res.body.metrics.deploymentFrequency.trend).toBeNull();
        const next = await get(
          '/dora-metrics?project=checkout&startDate=2026-11-09&endDate=2026-11-15',
        );
        expect(next.body.metrics.deploymentFrequency).toMatchObject({
          value: null,
          trend: null,
        });
        expect(next.body.metrics.deploymentFrequency.reason).toMatch(
          /no successful deployment/,
        );
      });

      it('resolves projects and teams through the catalog', async () => {
        const byComponent = await get(
          '/dora-metrics?project=checkout-service&startDate=2026-11-02&endDate=2026-11-08',
        );
        expect(byComponent.body.metrics).toMatchObject(expected);
        // An entity reference, as a portal passes `stringifyEntityRef(entity)`.
        for (const ref of [
          'component:default/checkout-service',
          'default/checkout-service',
        ]) {
          const byRef = await get(
            `/dora-metrics?project=${encodeURIComponent(ref)}&startDate=2026-11-02&endDate=2026-11-08`,
          );
          expect(byRef.body.metrics).toMatchObject(expected);
          const history = await get(
            `/deployment-history?service=${encodeURIComponent(ref)}`,
          );
          const byName = await get(
            '/deployment-history?service=checkout-service',
          );
          expect(history.body.total).toBeGreaterThan(0);
          expect(history.body.total).toBe(byName.body.total);
        }
        const byTeam = await get(
          '/dora-metrics?team=team-a&startDate=2026-11-02&endDate=2026-11-08',
        );
        expect(byTeam.body.metrics).toMatchObject(expected);
        const bad = await get('/dora-metrics?team=group:');
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(
          /query\.team: must be a group name/,
        );
        const unknown = await get('/dora-metrics?team=nobody');
        expect(unknown.status).toBe(404);
        expect(unknown.body.error.message).toMatch(
          /team nobody owns no Component/,
        );
      });

      it('answers the seed 000 routes and details', async () => {
        const all = await get(
          '/dora/metrics?project=checkout&timeRange=2026-11-02/2026-11-08',
        );
        expect(all.status).toBe(200);
        expect(all.body.metrics).toMatchObject(expected);
        // the same echo as /dora-metrics, so a client reads both alike
        expect(all.body).toMatchObject({
          benchmark: '2023',
          aggregation: 'median',
        });
        const p75 = await get(
          '/dora/metrics?project=checkout&timeRange=2026-11-02/2026-11-08&aggregation=p75',
        );
        expect(p75.body).toMatchObject({
          benchmark: '2023',
          aggregation: 'p75',
        });
        expect(
          (
            await get(
              '/dora/deployment-frequency?project=checkout&timeRange=2026-11-02/2026-11-08',
            )
          ).body,
        ).toMatchObject({ metric: 'deploymentFrequency', value: 2 });
        expect(
          (
            await get(
              '/dora/lead-time?project=checkout&timeRange=2026-11-02/2026-11-08',
            )
          ).body,
        ).toMatchObject({ metric: 'leadTimeForChanges', value: 4 });
        expect(
          (
            await get(
              '/dora/change-failure-rate?project=checkout&timeRange=2026-11-02/2026-11-08',
            )
          ).body,
        ).toMatchObject({ value: 50 });
        expect(
          (
            await get(
              '/dora/mttr?project=checkout&timeRange=2026-11-02/2026-11-08',
            )
          ).body,
        ).toMatchObject({ value: 3 });
        const y2021 = await get(
          '/dora/mttr?project=checkout&timeRange=2026-11-02/2026-11-08&benchmark=2021',
        );
        expect(y2021.body).toMatchObject({
          value: 2,
          definition: 'time to restore service',
        });
        const detailed = await get(
          '/dora-metrics?project=checkout&startDate=2026-11-02&endDate=2026-11-08&details=true',
        );
        expect(detailed.body.metrics.leadTimeForChanges.details).toEqual([
          {
            sha: 'c1',
            project: 'checkout',
            committedAt: '2026-11-02T08:00:00.000Z',
            deploymentId: 'rel-1',
            deployedAt: '2026-11-02T12:00:00.000Z',
            matchedBy: 'link',
            hours: 4,
          },
        ]);
        expect(
          detailed.body.metrics.changeFailureRate.details.find(
            (d: any) => d.failed,
          ).incidents,
        ).toEqual(['PCHECK']);
      });

      it('answers a series per day', async () => {
        const res = await get(
          '/dora/series?project=checkout&metric=deploymentFrequency&interval=day&timeRange=2026-11-02/2026-11-04',
        );
        expect(res.status).toBe(200);
        expect(
          res.body.points.map((p: any) => [
            p.start.slice(0, 10),
            p.value,
            p.unit,
            p.count,
          ]),
        ).toEqual([
          ['2026-11-02', 1, 'deploys/day', 1],
          ['2026-11-03', null, 'deploys/day', 0],
          ['2026-11-04', 1, 'deploys/day', 1],
        ]);
      });

      it.each([
        [
          '/dora-metrics?benchmark=2022',
          /query\.benchmark: must be one of 2021, 2023, 2024/,
        ],
        [
          '/dora-metrics?aggregation=avg',
          /query\.aggregation: must be one of median, p75, p90, mean/,
        ],
        [
          '/dora-metrics?excludeWeekends=yes',
          /query\.excludeWeekends: must be true or false/,
        ],
        [
          '/dora-metrics?startDate=last-week',
          /query\.startDate: must be an ISO 8601 date/,
        ],
        [
          '/dora-metrics?startDate=2026-11-09&endDate=2026-11-01',
          /query\.startDate: must be before the end/,
        ],
        [
          '/dora-metrics?startDate=2020-01-01&endDate=2026-01-01',
          /at most 731 days/,
        ],
        [
          '/dora/metrics?timeRange=lastweek',
          /query\.timeRange: must be last7days, last30days, last90days/,
        ],
        [
          '/dora/metrics?timeRange=last7days&startDate=2026-11-01',
          /query\.timeRange: give either timeRange or startDate\/endDate/,
        ],
        [
          '/dora/series?metric=deploymentFrequency&timeRange=last7days&endDate=nonsense',
          /query\.timeRange: give either timeRange or startDate\/endDate/,
        ],
        ['/dora/series?interval=day', /query\.metric: is required/],
        [
          '/dora/series?metric=deploymentFrequency&interval=hour',
          /query\.interval: must be day, week or month/,
        ],
        // A parameter given twice, both values valid alone.
        [
          '/dora-metrics?project=a&project=b',
          /query\.project: must be given once/,
        ],
        [
          '/dora-metrics?benchmark=2021&benchmark=2023',
          /query\.benchmark: must be given once/,
        ],
        [
          '/dora/metrics?timeRange=last7days&timeRange=last30days',
          /query\.timeRange: must be given once/,
        ],
        [
          '/dora/lead-time?startDate=2026-11-01&startDate=2026-11-02',
          /query\.startDate: must be given once/,
        ],
        [
          '/dora/series?metric=leadTimeForChanges&metric=changeFailureRate',
          /query\.metric: must be given once/,
        ],
      ])('refuses %s with a 400 naming the field', async (path, message) => {
        const res = await get(path);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      });
    });
  },
);

describe('devlake plugin with permissions denied', () => {
  let backend: PluginBackend;
  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [devlakePlugin, catalog],
      config: testConfig,
      permission: 'deny',
    });
  });
  afterAll(() => backend.stop());

  it.each([
    '/dora-metrics',
    '/dora/metrics',
    '/dora/series?metric=leadTimeForChanges',
    '/deployment-history?service=x',
  ])('answers 403 on %s', async path => {
    const res = await backend.http
      .get(`/api/devlake${path}`)
      .set(authHeaders.user());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/devlake\.metrics\.read/);
  });
});
