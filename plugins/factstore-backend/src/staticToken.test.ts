import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { inMemoryDatabaseServiceFactory } from '@fawkes/test-kit';
import { createServer } from 'node:net';
import { factstorePlugin } from './plugin';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/*
 * The Kosli CLI sends `Authorization: Bearer <token>`. With the real auth services (not the test
 * mocks), a static service token from backend.auth.externalAccess must be accepted on the v2 routes.
 */
describe('a Backstage static service token', () => {
  const token = 'kosli-cli-static-token-for-tests-0123456789';
  const restricted = 'kosli-cli-restricted-token-for-tests-012345';
  let baseUrl: string;
  let backend: ReturnType<typeof createBackend>;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    backend = createBackend();
    backend.add(
      createServiceFactory({
        service: coreServices.rootConfig,
        deps: {},
        factory: () =>
          new ConfigReader({
            backend: {
              baseUrl,
              listen: { port, host: '127.0.0.1' },
              auth: {
                externalAccess: [
                  { type: 'static', options: { token, subject: 'kosli-cli' } },
                  // As the README configures the Kosli CLI's token: the permissions its commands need, no more.
                  {
                    type: 'static',
                    options: { token: restricted, subject: 'kosli-ci' },
                    accessRestrictions: [
                      {
                        plugin: 'factstore',
                        permission: [
                          'factstore.flow.manage',
                          'factstore.environment.manage',
                        ],
                      },
                    ],
                  },
                ],
              },
            },
          }),
      }),
    );
    // The default database service leaves its SQLite open after stop, which keeps the Jest worker alive.
    backend.add(inMemoryDatabaseServiceFactory);
    backend.add(factstorePlugin);
    await backend.start();
    // A whole backend with real auth starts slower than the default hook timeout on a busy machine.
  }, 60_000);
  afterAll(() => backend.stop());

  it('works for the Kosli v2 routes, and a wrong token is refused', async () => {
    const headers = {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    };
    const flow = await fetch(`${baseUrl}/api/factstore/api/v2/flows/acme`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ name: 'static-token' }),
    });
    expect(flow.status).toBe(201);
    expect(await flow.json()).toMatchObject({ createdBy: 'kosli-cli' });
    const trail = await fetch(
      `${baseUrl}/api/factstore/api/v2/trails/acme/static-token`,
      { method: 'PUT', headers, body: JSON.stringify({ name: 'run-1' }) },
    );
    expect(trail.status).toBe(201);
    const wrong = await fetch(`${baseUrl}/api/factstore/api/v2/flows/acme`, {
      method: 'PUT',
      headers: { ...headers, Authorization: 'Bearer nope' },
      body: '{"name":"x"}',
    });
    expect(wrong.status).toBe(401);
  });

  it('with access restrictions runs the Kosli commands but cannot manage deployment policies', async () => {
    const headers = {
      Authorization: `Bearer ${restricted}`,
      'Content-Type': 'application/json',
    };
    const put = (path: string, body: object) =>
      fetch(`${baseUrl}/api/factstore/api/v2/${path}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify(body),
      });
    expect((await put('flows/acme', { name: 'restricted' })).status).toBe(201);
    expect(
      (await put('trails/acme/restricted', { name: 'run-1' })).status,
    ).toBe(201);
    expect(
      (await put('environments/acme', { name: 'prod', type: 'K8S' })).status,
    ).toBe(201);
    const policy = await fetch(
      `${baseUrl}/api/factstore/api/v1/deployment-policies`,
      { method: 'POST', headers, body: JSON.stringify({ name: 'p' }) },
    );
    expect(policy.status).toBe(403);
  });
});
