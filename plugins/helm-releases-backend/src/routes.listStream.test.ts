import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  helmSecret,
  makeRelease,
  undecodableSecret,
} from './__testUtils__/helmRecords';
import { helmReleasesPlugin } from './plugin';

const databases = createTestDatabases();

/** A GET read to its end with node:http, which hands over the HTTP trailers. */
function getWithTrailers(
  url: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  headers: Record<string, unknown>;
  trailers: Record<string, string | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, res => {
      const chunks: Buffer[] = [];
      res.on('data', chunk => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          trailers: res.trailers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe.each(databases.eachSupportedId())(
  'a long release list, streamed, on %s',
  databaseId => {
    const sim = new KubernetesSimulator();
    let backend: PluginBackend;
    let base: string;

    beforeAll(async () => {
      await sim.start();
      const secrets = [];
      for (let i = 0; i < 150; i++)
        for (let v = 1; v <= 2; v++)
          secrets.push(
            helmSecret(
              makeRelease(`svc-${String(i).padStart(3, '0')}`, v, {
                namespace: 'many',
                status: v === 2 ? 'deployed' : 'superseded',
              }),
            ),
          );
      sim.seed(secrets);
      sim.seed([undecodableSecret('zz-broken', 'many', 1)]);
      backend = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex: await databases.init(databaseId),
        config: {
          kubernetes: {
            clusterLocatorMethods: [
              { type: 'config', clusters: [sim.clusterConfig('local')] },
            ],
          },
        },
      });
      const { port } = backend.server.address() as AddressInfo;
      base = `http://127.0.0.1:${port}/api/helm-releases`;
    });
    afterAll(async () => {
      await backend.stop();
      await sim.stop();
    });

    it('streams more than 100 releases as one JSON array, with the undecodable count as a trailer', async () => {
      const res = await getWithTrailers(
        `${base}/api/releases?namespace=many&limit=1000`,
        authHeaders.user(),
      );
      expect(res.status).toBe(200);
      expect(res.headers.trailer).toBe('X-Helm-Undecodable');
      expect(res.headers['transfer-encoding']).toBe('chunked');
      const releases = JSON.parse(res.body);
      expect(releases).toHaveLength(150);
      expect(releases[0]).toMatchObject({ name: 'svc-000', version: 2 });
      expect(releases[0].manifest).toContain('svc-000-config');
      expect(releases.at(-1)).toMatchObject({ name: 'svc-149', version: 2 });
      expect(res.trailers['x-helm-undecodable']).toBe('1');
    });

    it('answers a page of up to 100 releases whole, with the count as a header', async () => {
      const res = await backend.http
        .get('/api/helm-releases/api/releases?namespace=many&limit=10&skip=145')
        .set(authHeaders.user());
      expect(res.status).toBe(200);
      expect(res.headers['x-helm-undecodable']).toBe('1');
      expect(res.body.map((r: any) => r.name)).toEqual([
        'svc-145',
        'svc-146',
        'svc-147',
        'svc-148',
        'svc-149',
      ]);
    });
  },
);
