import { authHeaders, createTestDatabases, startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { devlakePlugin } from './plugin';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('devlake plugin on %s', databaseId => {
  let backend: PluginBackend;
  let knex: Knex;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    backend = await startPluginBackend({ features: [devlakePlugin], knex });
    await knex('deployments').insert([
      { external_id: 'd1', source: 'argocd', project: 'payments', environment: 'prod', status: 'SUCCESS', version: 'v1', commit_sha: 'abc', commit_message: 'feat: one', commit_author: 'dev@example.com', started_at: new Date('2026-11-01T08:00:00Z'), finished_at: new Date('2026-11-01T08:05:00Z') },
      { external_id: 'd2', source: 'argocd', project: 'payments', environment: 'staging', status: 'SUCCESS', finished_at: new Date('2026-11-02T08:00:00Z') },
      { external_id: 'd3', source: 'argocd', project: 'search', environment: 'prod', status: 'FAILURE', finished_at: new Date('2026-11-03T08:00:00Z') },
    ]);
  });

  afterAll(() => backend.stop());

  it('serves health without credentials', async () => {
    const res = await backend.http.get('/api/devlake/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('healthy');
  });

  it('refuses deployment history without credentials', async () => {
    expect((await backend.http.get('/api/devlake/deployment-history?service=payments')).status).toBe(401);
  });

  it('answers the deployment history of a service, newest first, in the seed shape', async () => {
    const res = await backend.http.get('/api/devlake/deployment-history?service=payments').set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('payments');
    expect(res.body.total).toBe(2);
    expect(res.body.deployments.map((d: any) => d.id)).toEqual(['d2', 'd1']);
    expect(res.body.deployments[1]).toEqual({
      id: 'd1', version: 'v1', environment: 'prod', status: 'SUCCESS',
      startTime: '2026-11-01T08:00:00.000Z', endTime: '2026-11-01T08:05:00.000Z', duration: 300, triggeredBy: null,
      commit: { sha: 'abc', message: 'feat: one', author: 'dev@example.com' },
    });
    const prod = await backend.http.get('/api/devlake/deployment-history?service=payments&environment=prod').set(authHeaders.user());
    expect(prod.body.deployments.map((d: any) => d.id)).toEqual(['d1']);
  });

  it.each([
    ['', /query\.service: is required/],
    ['service=payments&limit=101', /query\.limit: must be at most 100/],
    ['service=payments&limit=abc', /query\.limit/],
  ])('refuses ?%s with a 400 naming the field', async (query, message) => {
    const res = await backend.http.get(`/api/devlake/deployment-history?${query}`).set(authHeaders.user());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });
});
