import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
const API = '/api/factstore/api/v1';
const V2 = '/api/factstore/api/v2';
const admin = authHeaders.user('user:default/platform-admin');
const reporter = authHeaders.service('factstore', 'external:k8s-reporter');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');

describe.each(databases.eachSupportedId())(
  'factstore environments on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
    });
    afterAll(() => backend.stop());

    const post = (
      path: string,
      body: object,
      headers: Record<string, string> = admin,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string) => backend.http.get(`${API}${path}`).set(admin);

    it('CRUD, snapshots by index and latest, diff by index and by snappish selector', async () => {
      const env = await post('/environments', {
        name: 'staging',
        type: 'K8S',
        description: 'eu',
      });
      expect(env.status).toBe(201);
      expect(
        (await post('/environments', { name: 'staging', type: 'K8S' })).status,
      ).toBe(409);
      expect(
        (await post('/environments', { name: 'x', type: 'mainframe' })).body
          .error.message,
      ).toMatch(/body\.type/);
      // Types in any case, stored as listed.
      const lambda = await post('/environments', {
        name: 'fn',
        type: 'LAMBDA',
      });
      expect(lambda.status).toBe(201);
      expect(lambda.body.type).toBe('lambda');
      const id = env.body.id;
      const snap = (artifacts: object[]) =>
        post(`/environments/${id}/snapshots`, { artifacts }, reporter);
      expect(
        (
          await snap([
            { name: 'api', sha256Digest: sha('api-1') },
            { name: 'web', sha256Digest: sha('web-1') },
          ])
        ).body.index,
      ).toBe(1);
      expect(
        (
          await snap([
            { name: 'api', sha256Digest: sha('api-2') },
            { name: 'web', sha256Digest: sha('web-1') },
          ])
        ).body.index,
      ).toBe(2);
      const third = await snap([
        { name: 'api', sha256Digest: sha('api-2') },
        { name: 'cache', sha256Digest: `sha256:${sha('cache-1')}` },
      ]);
      expect(third.body).toMatchObject({
        index: 3,
        recordedBy: 'external:k8s-reporter',
      });

      expect(
        (await get(`/environments/${id}/snapshots`)).body.map(
          (s: { index: number }) => s.index,
        ),
      ).toEqual([3, 2, 1]);
      expect(
        (await get(`/environments/${id}/snapshots/latest`)).body.index,
      ).toBe(3);
      expect(
        (await get(`/environments/${id}/snapshots/2`)).body.artifacts,
      ).toHaveLength(2);
      expect((await get(`/environments/${id}/snapshots/9`)).status).toBe(404);
      expect((await get(`/environments/${id}/snapshots/zero`)).status).toBe(
        400,
      );

      const byIndex = await get(`/environments/${id}/diff?from=1&to=2`);
      expect(byIndex.body).toMatchObject({
        from: 1,
        to: 2,
        added: [],
        removed: [],
        changed: [
          { name: 'api', fromSha256: sha('api-1'), toSha256: sha('api-2') },
        ],
      });
      const bySnappish = await get(
        `/environments/${id}/diff?from=staging~2&to=staging`,
      );
      expect(bySnappish.body).toMatchObject({ from: 1, to: 3 });
      expect(bySnappish.body.added).toEqual([
        { name: 'cache', sha256: sha('cache-1') },
      ]);
      expect(bySnappish.body.removed).toEqual([
        { name: 'web', sha256: sha('web-1') },
      ]);
      expect(
        (
          await get(
            `/environments/${id}/diff?from=staging@{${new Date(Date.now() + 60_000).toISOString()}}&to=%232`,
          )
        ).body,
      ).toMatchObject({ from: 3, to: 2 });
      expect((await get(`/environments/${id}/diff?from=prod~1`)).status).toBe(
        400,
      );
      expect((await get(`/environments/${id}/diff?from=~7`)).status).toBe(404);

      const updated = await backend.http
        .put(`${API}/environments/${id}`)
        .set(admin)
        .send({ description: 'eu-west' });
      expect(updated.body.description).toBe('eu-west');
      expect(
        (await get('/environments')).body.map((e: { name: string }) => e.name),
      ).toContain('staging');
    });

    it('numbers concurrent snapshots linearly (the database decides, with retries on collision)', async () => {
      const id = (await post('/environments', { name: 'busy', type: 'server' }))
        .body.id;
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          post(
            `/environments/${id}/snapshots`,
            {
              artifacts: [{ name: `app-${i}`, sha256Digest: sha(`busy-${i}`) }],
            },
            reporter,
          ),
        ),
      );
      expect(answers.map(a => a.status)).toEqual(Array(8).fill(201));
      expect(answers.map(a => a.body.index).sort((x, y) => x - y)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
    });

    it('baselines, drift (recorded with each snapshot) and the allow-list', async () => {
      const id = (await post('/environments', { name: 'prod', type: 'ECS' }))
        .body.id;
      expect((await post(`/environments/${id}/baselines`, {})).status).toBe(
        422,
      );
      await post(
        `/environments/${id}/snapshots`,
        { artifacts: [{ name: 'api', sha256Digest: sha('api-1') }] },
        reporter,
      );
      const baseline = await post(`/environments/${id}/baselines`, {
        description: 'release 1',
      });
      expect(baseline.status).toBe(201);
      expect(
        (await get(`/environments/${id}/baselines/current`)).body,
      ).toMatchObject({
        snapshotIndex: 1,
        createdBy: 'user:default/platform-admin',
      });
      expect((await get(`/environments/${id}/drift`)).body).toMatchObject({
        hasDrift: false,
      });

      await post(
        `/environments/${id}/snapshots`,
        {
          artifacts: [
            { name: 'api', sha256Digest: sha('api-1') },
            { name: 'datadog-agent', sha256Digest: sha('dd') },
          ],
        },
        reporter,
      );
      expect((await get(`/environments/${id}/drift`)).body).toMatchObject({
        hasDrift: true,
        added: [{ name: 'datadog-agent' }],
      });

      const entry = await post(`/environments/${id}/allowlist`, {
        namePattern: 'datadog-*',
        reason: 'vendor agent',
      });
      expect(entry.status).toBe(201);
      expect(
        (await post(`/environments/${id}/allowlist`, { reason: 'none given' }))
          .status,
      ).toBe(400);
      expect((await get(`/environments/${id}/drift`)).body).toMatchObject({
        hasDrift: false,
        added: [],
      });
      const history = (await get(`/environments/${id}/drift/history`)).body;
      expect(history.map((h: { hasDrift: boolean }) => h.hasDrift)).toEqual([
        true,
      ]);
      expect((await get(`/environments/${id}/allowlist`)).body).toHaveLength(1);
      expect(
        (
          await backend.http
            .delete(`${API}/environments/${id}/allowlist/${entry.body.id}`)
            .set(admin)
        ).status,
      ).toBe(204);
      expect((await get(`/environments/${id}/allowlist`)).body).toEqual([]);
    });

    it('logical environments group physical ones', async () => {
      const a = (await post('/environments', { name: 'eu-1', type: 'K8S' }))
        .body.id;
      const logical = await post('/logical-environments', {
        name: 'production',
        environmentIds: [a],
      });
      expect(logical.status).toBe(201);
      expect(logical.body).toMatchObject({
        type: 'logical',
        environmentIds: [a],
      });
      expect(
        (
          await post('/logical-environments', {
            name: 'bad',
            environmentIds: [logical.body.id],
          })
        ).status,
      ).toBe(422);
      expect(
        (await get(`/logical-environments/${logical.body.id}`)).body.name,
      ).toBe('production');
      expect((await get('/logical-environments')).body).toHaveLength(1);
      expect((await get(`/environments/${logical.body.id}`)).status).toBe(404);
      const updated = await backend.http
        .put(`${API}/logical-environments/${logical.body.id}`)
        .set(admin)
        .send({ environmentIds: [] });
      expect(updated.body.environmentIds).toEqual([]);
      expect(
        (
          await backend.http
            .delete(`${API}/logical-environments/${logical.body.id}`)
            .set(admin)
        ).status,
      ).toBe(204);
    });

    it('Kosli: create environment, report K8S snapshots (unchanged state is not a new snapshot), env-diff by snappish', async () => {
      expect(
        (
          await backend.http
            .put(`${V2}/environments/acme`)
            .set(reporter)
            .send({ name: 'k8s-prod', type: 'K8S', description: '' })
        ).status,
      ).toBe(201);
      const report = (images: Record<string, string>) =>
        backend.http
          .put(`${V2}/environments/acme/k8s-prod/report/K8S`)
          .set(reporter)
          .send({
            artifacts: Object.entries(images).map(([image, digest], i) => ({
              podName: `pod-${i}`,
              namespace: 'default',
              digests: { [image]: digest },
              creationTimestamp: 1732200000,
              owners: [],
            })),
          });
      expect((await report({ 'acme/api:1': sha('api-1') })).status).toBe(201);
      const same = await report({ 'acme/api:1': sha('api-1') });
      expect(same.status).toBe(200);
      expect(same.body.index).toBe(1);
      expect((await report({ 'acme/api:2': sha('api-2') })).body.index).toBe(2);
      expect(
        (
          await backend.http
            .put(`${V2}/environments/acme/k8s-prod/report/ECS`)
            .set(reporter)
            .send({ artifacts: [] })
        ).status,
      ).toBe(422);
      expect(
        (
          await backend.http
            .put(`${V2}/environments/acme/nope/report/K8S`)
            .set(reporter)
            .send({ artifacts: [] })
        ).status,
      ).toBe(404);

      const diff = await backend.http
        .get(`${V2}/env-diff/acme?snappish1=k8s-prod~1&snappish2=k8s-prod`)
        .set(reporter);
      expect(diff.status).toBe(200);
      expect(diff.body).toMatchObject({
        snappish1: {
          snapshot_id: 'k8s-prod#1',
          artifacts: [
            {
              name: 'acme/api:1',
              fingerprint: sha('api-1'),
              instance_count: 1,
              pods: ['pod-0'],
            },
          ],
        },
        snappish2: {
          snapshot_id: 'k8s-prod#2',
          artifacts: [{ name: 'acme/api:2', fingerprint: sha('api-2') }],
        },
        changed: { artifacts: [] },
        'not-changed': { artifacts: [] },
      });
      expect(
        (
          await backend.http
            .get(
              `${V2}/env-diff/acme?snappish1=k8s-prod@{3.hours.ago}&snappish2=k8s-prod`,
            )
            .set(reporter)
        ).status,
      ).toBe(404);
      const bad = await backend.http
        .get(`${V2}/env-diff/acme?snappish1=k8s-prod@{soon}&snappish2=k8s-prod`)
        .set(reporter);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/query\.snappish1/);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'factstore environment permissions on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        permission: 'deny',
      });
    });
    afterAll(() => backend.stop());

    it('DENY on factstore.environment.manage is 403', async () => {
      const res = await backend.http
        .post(`${API}/environments`)
        .set(admin)
        .send({ name: 'denied', type: 'K8S' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/factstore\.environment\.manage/);
    });
  },
);
