import { request } from 'node:http';
import { KubernetesSimulator } from './KubernetesSimulator';

/** A raw request, so headers can repeat as clients send several Impersonate-Group lines. */
function call(
  sim: KubernetesSimulator,
  method: string,
  path: string,
  headers: Array<[string, string]>,
  body?: object,
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${sim.url}${path}`, { method }, res => {
      let text = '';
      res.on('data', chunk => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }),
      );
    });
    for (const [name, value] of [
      ...headers,
      ['Content-Type', 'application/json'],
    ] as Array<[string, string]>) {
      const existing = req.getHeader(name);
      req.setHeader(
        name,
        existing === undefined ? value : [existing as string, value].flat(),
      );
    }
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

describe('impersonation', () => {
  const sim = new KubernetesSimulator({
    tokens: [
      { token: 'admin', user: 'system:serviceaccount:backstage:che' },
      { token: 'plain', verbs: ['get', 'list', 'create'] },
    ],
    impersonationRules: [
      { group: 'team-a', namespaces: ['team-a'] },
      { user: 'root-user' },
    ],
  });
  const configMap = (name: string) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name },
  });

  beforeAll(async () => {
    await sim.start();
    for (const name of ['team-a', 'team-b']) {
      await call(
        sim,
        'POST',
        '/api/v1/namespaces',
        [['Authorization', 'Bearer admin']],
        { metadata: { name } },
      );
    }
  });
  afterAll(() => sim.stop());

  it('acts as the named user and groups and records who impersonated them', async () => {
    const created = await call(
      sim,
      'POST',
      '/api/v1/namespaces/team-a/configmaps',
      [
        ['Authorization', 'Bearer admin'],
        ['Impersonate-User', 'jane'],
        ['Impersonate-Group', 'team-a'],
        ['Impersonate-Group', 'devs'],
      ],
      configMap('by-jane'),
    );
    expect(created.status).toBe(201);
    expect(sim.auditLog.at(-1)).toEqual({
      user: 'jane',
      groups: ['team-a', 'devs', 'system:authenticated'],
      impersonatedBy: 'system:serviceaccount:backstage:che',
      verb: 'create',
      resource: 'configmaps',
      namespace: 'team-a',
      name: undefined,
    });
  });

  it("authorizes the impersonated identity by its own rules, not the token's", async () => {
    const denied = await call(
      sim,
      'POST',
      '/api/v1/namespaces/team-b/configmaps',
      [
        ['Authorization', 'Bearer admin'],
        ['Impersonate-User', 'jane'],
        ['Impersonate-Group', 'team-a'],
      ],
      configMap('elsewhere'),
    );
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe(
      'configmaps is forbidden: User "jane" cannot create resource "configmaps" in API group "" in the namespace "team-b"',
    );
    const root = await call(
      sim,
      'GET',
      '/api/v1/namespaces/team-b/configmaps',
      [
        ['Authorization', 'Bearer admin'],
        ['Impersonate-User', 'root-user'],
      ],
    );
    expect(root.status).toBe(200);
    expect(sim.auditLog.at(-1)).toMatchObject({
      user: 'root-user',
      groups: ['system:authenticated'],
      verb: 'list',
    });
  });

  it('refuses impersonation to a token without the impersonate verb, and groups without a user', async () => {
    const refused = await call(
      sim,
      'GET',
      '/api/v1/namespaces/team-a/configmaps',
      [
        ['Authorization', 'Bearer plain'],
        ['Impersonate-User', 'jane'],
      ],
    );
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(
      /cannot impersonate resource "users" in API group ""/,
    );
    const groupsOnly = await call(
      sim,
      'GET',
      '/api/v1/namespaces/team-a/configmaps',
      [
        ['Authorization', 'Bearer admin'],
        ['Impersonate-Group', 'team-a'],
      ],
    );
    expect(groupsOnly.status).toBe(400);
  });

  it('records requests without impersonation as the token user', async () => {
    await call(sim, 'GET', '/api/v1/namespaces/team-a/configmaps', [
      ['Authorization', 'Bearer admin'],
    ]);
    expect(sim.auditLog.at(-1)).toEqual({
      user: 'system:serviceaccount:backstage:che',
      groups: [],
      verb: 'list',
      resource: 'configmaps',
      namespace: 'team-a',
      name: undefined,
    });
  });
});
