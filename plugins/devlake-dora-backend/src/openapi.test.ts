import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ResponseError } from '@backstage/errors';
import { DevlakeClient } from '@fawkes/plugin-devlake-dora-common';
import {
  authHeaders,
  expectServedSpec,
  servedRoutes,
  specRoutes,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import knexFactory from 'knex';
import type { AddressInfo } from 'node:net';
import { DeliveryAudit } from './audit/DeliveryAudit';
import { DeploymentHistory } from './database/DeploymentHistory';
import { FactReader } from './database/FactReader';
import { GroupCommit } from './database/GroupCommit';
import { IngestionStore } from './database/IngestionStore';
import { WebhookVerifier } from './ingestion/WebhookVerifier';
import { DoraMetricsService } from './metrics/DoraMetricsService';
import { devlakePlugin } from './plugin';
import { ProjectResolver } from './projects/ProjectResolver';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';
import { SECRETS, testConfig } from './test/signing';

describe('devlake OpenAPI spec', () => {
  it('describes exactly the routes the router serves', async () => {
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    const store = new IngestionStore(db);
    const router = await createRouter({
      read: {
        httpAuth: mockServices.httpAuth(),
        auditor: mockServices.auditor.mock(),
        permissions: mockServices.permissions(),
        history: new DeploymentHistory(db),
        metrics: new DoraMetricsService(new FactReader(db), {
          productionEnvironments: ['production'],
          incidentWindowHours: null,
        }),
        projects: new ProjectResolver(catalogServiceMock()),
        productionEnvironments: ['production'],
      },
      webhooks: {
        verifier: new WebhookVerifier({}),
        store,
        events: new GroupCommit(store),
        audit: new DeliveryAudit(mockServices.auditor.mock()),
        connections: [],
        defaultEnvironment: 'production',
      },
    });
    expect(servedRoutes(router)).toEqual(specRoutes(spec));
    await db.destroy();
  });
});

describe('DevlakeClient, generated from the spec, against a started backend', () => {
  let backend: PluginBackend;
  let client: DevlakeClient;
  let webhooks: DevlakeClient;

  /** A client whose every request carries these headers. */
  const clientWith = (port: number, headers: Record<string, string>) =>
    new DevlakeClient({
      discoveryApi: {
        getBaseUrl: async pluginId =>
          `http://127.0.0.1:${port}/api/${pluginId}`,
      },
      fetchApi: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          for (const [name, value] of Object.entries(headers))
            request.headers.set(name, value);
          return fetch(request);
        },
      },
    });

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      permission: 'allow',
      config: testConfig,
    });
    const { port } = backend.server.address() as AddressInfo;
    client = clientWith(port, authHeaders.user());
    webhooks = clientWith(port, {
      Authorization: `Bearer ${SECRETS.devlake}`,
    });
  });
  afterAll(() => backend?.stop());

  it('serves its spec, with the paths under the plugin', async () => {
    const res = await backend.http
      .get('/api/devlake/openapi.json')
      .set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body.info.title).toBe('devlake');
    await expectServedSpec(res.body, spec, '/api/devlake');
    expect(Object.keys(res.body.paths)).toContain('/api/devlake/dora-metrics');
    // The whole spec, not the part of it that validates requests like this one.
    expect(Object.keys(res.body.paths)).toHaveLength(
      Object.keys(spec.paths).length,
    );
  });

  it('sends a DevLake deployment and reads it back as history and metrics', async () => {
    const stored = await webhooks.postDevLakeDeployment({
      params: { path: { connectionId: '1' } },
      body: {
        id: 'deploy-1',
        startedDate: '2025-03-04T10:00:00Z',
        finishedDate: '2025-03-04T10:05:00Z',
        environment: 'PRODUCTION',
        deploymentCommits: [
          {
            repoUrl: 'https://github.com/acme/payments',
            commitSha: 'a'.repeat(40),
            commitMsg: 'Fix rounding',
            startedDate: '2025-03-04T10:00:00Z',
            finishedDate: '2025-03-04T10:05:00Z',
          },
        ],
      },
    });
    expect(stored.stored.deployments).toBe(1);

    const history = await client.getDeploymentHistory({
      params: { query: { service: 'payments' } },
    });
    expect(history.total).toBe(1);
    expect(history.deployments[0]).toMatchObject({
      id: 'deploy-1',
      environment: 'PRODUCTION',
      commit: { sha: 'a'.repeat(40) },
    });

    const metrics = await client.getDoraMetrics({
      params: {
        query: {
          project: 'payments',
          startDate: '2025-03-03',
          endDate: '2025-03-09',
        },
      },
    });
    expect(metrics.metrics.deploymentFrequency).toMatchObject({
      value: 1,
      unit: 'deploys/week',
      count: 1,
    });
    const lead = await client.getLeadTime({
      params: {
        query: { project: 'payments', timeRange: '2025-03-03/2025-03-09' },
      },
    });
    expect(lead).toMatchObject({ metric: 'leadTimeForChanges', unit: 'hours' });
    const series = await client.getSeries({
      params: {
        query: {
          project: 'payments',
          metric: 'deploymentFrequency',
          interval: 'week',
          timeRange: '2025-03-03/2025-03-16',
        },
      },
    });
    expect(series.points.map(p => p.count)).toEqual([1, 0]);
  });

  it("throws the backend's error as a ResponseError, naming the field", async () => {
    const bad = client.getDoraMetrics({
      params: { query: { benchmark: '1999' } },
    });
    await expect(bad).rejects.toBeInstanceOf(ResponseError);
    await expect(bad).rejects.toMatchObject({
      response: { status: 400 },
      body: {
        error: {
          message: expect.stringMatching(
            /query\.benchmark: must be one of 2021, 2023, 2024/,
          ),
        },
      },
    });
  });

  it('refuses a query parameter the route does not take, naming it', async () => {
    const res = await backend.http
      .get('/api/devlake/dora-metrics?projekt=payments')
      .set(authHeaders.user());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /query\.projekt: is not a parameter of this route/,
    );
  });
});
