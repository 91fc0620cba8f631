import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { factstorePlugin } from '../plugin';
import { REPLACED_IDENTITY_ROUTES } from './replacedIdentityRoutes';

const databases = createTestDatabases();
const BASE = '/api/factstore';
const jane = authHeaders.user('user:default/jane');

describe.each(databases.eachSupportedId())(
  "seed 002's identity routes on %s",
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
    });
    afterAll(() => backend.stop());

    it.each(REPLACED_IDENTITY_ROUTES.map(([method, path]) => [method, path]))(
      '%s %s answers 501 saying what replaces it, and 401 without credentials',
      async (method, path) => {
        const url = `${BASE}${path.replace(/:(\w+)/g, 'x-1')}`;
        const call = () =>
          backend.http[method as 'get' | 'put' | 'post' | 'delete'](url);
        expect((await call()).status).toBe(401);
        const res = await call().set(jane).send({});
        expect(res.status).toBe(501);
        expect(res.body.error.message).toMatch(
          / is not served: .*Backstage|SCM/,
        );
      },
    );

    it("lists an organisation's flows: the flows of that org name", async () => {
      for (const [org, name] of [
        ['acme', 'payments'],
        ['acme', 'ledger'],
        ['other', 'payments'],
      ])
        expect(
          (
            await backend.http
              .post(`${BASE}/api/v1/flows`)
              .set(jane)
              .send({ org, name })
          ).status,
        ).toBe(201);
      const res = await backend.http
        .get(`${BASE}/api/v1/organisations/acme/flows`)
        .set(jane);
      expect(res.status).toBe(200);
      expect(
        res.body.map(
          (f: { org: string; name: string }) => `${f.org}/${f.name}`,
        ),
      ).toEqual(['acme/ledger', 'acme/payments']);
      expect(
        (
          await backend.http
            .get(`${BASE}/api/v1/organisations/nobody/flows`)
            .set(jane)
        ).body,
      ).toEqual([]);
    });
  },
);
