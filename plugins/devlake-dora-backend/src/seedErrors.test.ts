import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { devlakePlugin } from './plugin';
import { testConfig } from './test/signing';

/** Seed 000's error fields (`code`, `details`) beside Backstage's standard error body. */
const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('error bodies on %s', databaseId => {
  let backend: PluginBackend;
  const get = (path: string) =>
    backend.http.get(`/api/devlake${path}`).set(authHeaders.user());

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      knex: await databases.init(databaseId),
      config: testConfig,
    });
  });

  afterAll(() => backend.stop());

  it('names the refused field with seed 000 code and details, keeping Backstage fields', async () => {
    const res = await get('/dora/metrics?project=p&timeRange=yesterday');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        name: 'InputError',
        code: 'INVALID_REQUEST',
        details: { field: 'timeRange' },
      },
      request: { method: 'GET' },
      response: { statusCode: 400 },
    });
    expect(res.body.error.message).toContain('query.timeRange');
    expect(res.body.error.details.reason).not.toHaveLength(0);
  });

  it('gives a missing required parameter as its field', async () => {
    const res = await get('/deployment-history');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'INVALID_REQUEST',
      details: { field: 'service' },
    });
  });

  it('codes a scope nobody owns as NOT_FOUND, without details', async () => {
    const res = await get('/dora-metrics?team=nobody');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      name: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    expect(res.body.error).not.toHaveProperty('details');
  });

  it('codes a webhook without its secret as UNAUTHORIZED', async () => {
    const res = await backend.http
      .post('/api/devlake/webhooks/argocd')
      .set('Content-Type', 'application/json')
      .send('{}');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });
});
