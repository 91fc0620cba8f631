import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { helmSecret, makeRelease } from './__testUtils__/helmRecords';
import { helmReleasesPlugin } from './plugin';

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

/** What a client gets for odd requests and for clusters the backend cannot talk to: a clear 4xx or 5xx other than 500. */
describe.each(databases.eachSupportedId())(
  'odd requests and unusable clusters on %s',
  databaseId => {
    const sim = new KubernetesSimulator();
    let backend: PluginBackend;

    beforeAll(async () => {
      await sim.start();
      const token = sim.adminToken;
      const clusters = [
        sim.clusterConfig('local'),
        // Both fail inside the Kubernetes client before any request is sent.
        {
          name: 'plain-http',
          url: sim.url,
          authProvider: 'serviceAccount',
          serviceAccountToken: token,
        },
        {
          name: 'no-ca-file',
          url: 'https://127.0.0.1:7197',
          authProvider: 'serviceAccount',
          serviceAccountToken: token,
          caFile: '/nonexistent/ca.crt',
        },
      ];
      backend = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex: await databases.init(databaseId),
        config: {
          kubernetes: { clusterLocatorMethods: [{ type: 'config', clusters }] },
        },
      });
    });

    afterAll(async () => {
      await backend.stop();
      await sim.stop();
    });

    const B = '/api/helm-releases';

    describe.each([
      ['plain-http', 'HTTP protocol is not allowed'],
      ['no-ca-file', '/nonexistent/ca.crt'],
    ])('a cluster the client cannot be set up for (%s)', (context, reason) => {
      it.each([
        '/api/releases',
        '/api/releases?namespace=shop',
        '/api/releases/web/history',
        '/api/releases/web/1',
        '/api/releases/web/0',
        '/api/releases/web/diff',
        '/api/k8s/namespaces',
      ])('answers GET %s with 503 naming the cluster and why', async path => {
        const res = await backend.http
          .get(`${B}${path}${path.includes('?') ? '&' : '?'}context=${context}`)
          .set(user);
        expect(res.status).toBe(503);
        expect(res.body.error.message).toContain(
          `Kubernetes cluster "${context}" could not be reached`,
        );
        expect(res.body.error.message).toContain(reason);
      });

      it.each(['rollback', 'recover', 'upgrade'])(
        'answers POST .../%s with 503',
        async action => {
          const res = await backend.http
            .post(`${B}/api/releases/web/${action}`)
            .set(user)
            .send({ context, values: 'replicas: 2' });
          expect(res.status).toBe(503);
          expect(res.body.error.message).toContain(reason);
        },
      );
    });

    describe('a POST whose body is not sent as JSON', () => {
      beforeAll(() => {
        sim.seed([
          helmSecret(makeRelease('stay', 1, { status: 'superseded' })),
          helmSecret(makeRelease('stay', 2)),
        ]);
      });

      it.each([
        ['rollback', 'text/plain', '{"namespace":"default","revision":1}'],
        [
          'rollback',
          'application/x-www-form-urlencoded',
          'namespace=default&revision=1',
        ],
        ['recover', 'text/plain', '{"namespace":"default"}'],
        ['upgrade', 'application/yaml', 'replicas: 2'],
      ])(
        'refuses POST .../%s sent as %s with 400 naming Content-Type, and changes nothing',
        async (action, type, body) => {
          const res = await backend.http
            .post(`${B}/api/releases/stay/${action}`)
            .set(user)
            .set('Content-Type', type)
            .send(body);
          expect(res.status).toBe(400);
          expect(res.body.error.message).toBe(
            `Invalid request body: send it as JSON with Content-Type: application/json (got ${type})`,
          );
          const history = await backend.http
            .get(`${B}/api/releases/stay/history`)
            .set(user);
          expect(
            history.body.map((r: any) => [r.version, r.info.status]),
          ).toEqual([
            [1, 'superseded'],
            [2, 'deployed'],
          ]);
        },
      );

      it.each(['rollback', 'recover', 'upgrade'])(
        'answers POST .../%s with a body JSON cannot read by what is wrong with it, not by fields it seems to lack',
        async action => {
          const malformed = await backend.http
            .post(`${B}/api/releases/stay/${action}`)
            .set(user)
            .set('Content-Type', 'application/json')
            .send('{"namespace":"default","values":"replicas: 2",');
          expect(malformed.status).toBe(400);
          expect(malformed.body.error.message).toMatch(/body must be JSON/);
          const huge = await backend.http
            .post(`${B}/api/releases/stay/${action}`)
            .set(user)
            .set('Content-Type', 'application/json')
            .send(
              JSON.stringify({
                namespace: 'default',
                values: `a: ${'x'.repeat(3_000_000)}`,
              }),
            );
          expect(huge.status).toBe(413);
          expect(huge.body.error.message).toMatch(/at most 2097152 bytes/);
        },
      );

      it('takes a POST without a body as all defaults, and JSON with a charset', async () => {
        expect(
          (
            await backend.http
              .post(`${B}/api/releases/absent/recover`)
              .set(user)
          ).status,
        ).toBe(404);
        const res = await backend.http
          .post(`${B}/api/releases/absent/recover`)
          .set(user)
          .set('Content-Type', 'application/json; charset=utf-8')
          .send('{"namespace":"shop"}');
        expect(res.status).toBe(404);
        expect(res.body.error.message).toContain('namespace "shop"');
      });
    });

    it('takes an empty namespace or context in a query string as not given: every namespace, the default cluster', async () => {
      sim.seed([
        helmSecret(makeRelease('web', 1, { namespace: 'shop' })),
        helmSecret(makeRelease('db', 1, { namespace: 'data' })),
      ]);
      sim.seed([
        helmSecret(makeRelease('blank', 1, { status: 'superseded' })),
        helmSecret(makeRelease('blank', 2)),
      ]);
      const list = await backend.http
        .get(`${B}/api/releases?namespace=&context=`)
        .set(user);
      expect(list.status).toBe(200);
      expect(list.body.map((r: any) => `${r.namespace}/${r.name}`)).toEqual(
        expect.arrayContaining(['shop/web', 'data/db']),
      );
      for (const path of [
        '/api/releases/blank/history',
        '/api/releases/blank/2',
        '/api/releases/blank/diff',
        '/api/releases/blank/operations',
      ]) {
        const res = await backend.http
          .get(`${B}${path}?namespace=&context=`)
          .set(user);
        expect([path, res.status]).toEqual([path, 200]);
      }
      const namespaces = await backend.http
        .get(`${B}/api/k8s/namespaces?context=`)
        .set(user);
      expect(namespaces.body.items).toEqual(
        expect.arrayContaining([{ metadata: { name: 'shop' } }]),
      );
    });

    it('still reads the working cluster next to them', async () => {
      sim.seed([helmSecret(makeRelease('web', 1, { namespace: 'shop' }))]);
      const res = await backend.http
        .get(`${B}/api/releases?namespace=shop`)
        .set(user);
      expect(res.body.map((r: any) => r.name)).toEqual(['web']);
    });
  },
);
