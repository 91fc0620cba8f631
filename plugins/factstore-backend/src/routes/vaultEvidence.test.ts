import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { startFakeVault } from '../__testUtils__/fakeVault';
import { startRecordingServer } from '../__testUtils__/recordingServer';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(180_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const TOKEN = 'hvs.test-token-never-shown';

describe.each(databases.eachSupportedId())(
  'factstore Vault evidence on %s',
  databaseId => {
    let backend: PluginBackend;
    let vault: Awaited<ReturnType<typeof startFakeVault>>;

    beforeAll(async () => {
      vault = await startFakeVault(TOKEN);
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config: {
          factstore: {
            outbound: { allowedAddresses: ['127.0.0.1'] },
            vault: { url: vault.url(''), token: TOKEN },
          },
        },
      });
    });
    afterAll(async () => {
      await backend.stop();
      await vault.close();
    });

    const base = `${API}/evidence/trail/run-42`;

    it('stores, reads, lists, downloads and soft-deletes evidence through KV v2', async () => {
      const stored = await backend.http
        .post(base)
        .set(jane)
        .send({
          evidenceType: 'junit',
          data: { summary: '570 tests, 0 failures', sha256: 'abc' },
        });
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({
        entityType: 'trail',
        entityId: 'run-42',
        evidenceType: 'junit',
        vaultPath: 'secret/data/evidence/trail/run-42/junit',
        version: 1,
      });
      const write = vault.requests.find(r => r.method === 'POST')!;
      expect(write.path).toBe('/v1/secret/data/evidence/trail/run-42/junit');
      expect(write.headers['x-vault-token']).toBe(TOKEN);
      expect(JSON.parse(write.body)).toEqual({
        data: { summary: '570 tests, 0 failures', sha256: 'abc' },
      });
      await backend.http
        .post(base)
        .set(jane)
        .send({ evidenceType: 'junit', data: { summary: 'rerun' } });
      await backend.http
        .post(base)
        .set(jane)
        .send({ evidenceType: 'sbom', data: { format: 'cyclonedx' } });

      const audit = await backend.http
        .get(`${API}/audit?eventType=VAULT_EVIDENCE_STORED`)
        .set(jane);
      expect(audit.body.totalElements).toBe(3);
      expect(JSON.stringify(audit.body)).not.toContain(TOKEN);

      const meta = await backend.http
        .get(`${base}?evidenceType=junit`)
        .set(jane);
      expect(meta.status).toBe(200);
      expect(meta.body).toMatchObject({ version: 2, evidenceType: 'junit' });
      expect(meta.body.data).toBeUndefined();

      const list = await backend.http.get(`${base}/list`).set(jane);
      expect(list.body).toEqual({
        entityType: 'trail',
        entityId: 'run-42',
        evidenceTypes: ['junit', 'sbom'],
      });

      const download = await backend.http
        .get(`${base}/download?evidenceType=junit`)
        .set(jane);
      expect(download.status).toBe(200);
      expect(download.headers['content-disposition']).toBe(
        'attachment; filename="evidence-trail-run-42-junit.json"',
      );
      expect(download.body).toEqual({ summary: 'rerun' });

      const deleted = await backend.http
        .delete(`${base}?evidenceType=junit`)
        .set(jane);
      expect(deleted.status).toBe(204);
      // Soft: Vault still holds both versions, the latest marked deleted.
      expect(vault.secrets.get('evidence/trail/run-42/junit')).toHaveLength(2);
      expect(
        (await backend.http.get(`${base}?evidenceType=junit`).set(jane)).status,
      ).toBe(404);
      expect(
        (await backend.http.delete(`${base}?evidenceType=junit`).set(jane))
          .status,
      ).toBe(404);
      const none = await backend.http
        .get(`${API}/evidence/trail/other/list`)
        .set(jane);
      expect(none.body.evidenceTypes).toEqual([]);
    });

    it('refuses bad input naming the field, and answers without credentials 401', async () => {
      const cases = [
        [
          `${API}/evidence/trail/run-42`,
          { data: { a: 'b' } },
          /body.evidenceType/,
        ],
        [
          `${API}/evidence/trail/run-42`,
          { evidenceType: 'junit', data: {} },
          /body.data: must hold at least one entry/,
        ],
        [
          `${API}/evidence/trail/run-42`,
          { evidenceType: 'junit', data: { a: 1 } },
          /body.data.a/,
        ],
        [
          `${API}/evidence/Trail/run-42`,
          { evidenceType: 'junit', data: { a: 'b' } },
          /params.entityType/,
        ],
        [
          `${API}/evidence/trail/..`,
          { evidenceType: 'junit', data: { a: 'b' } },
          /params.entityId/,
        ],
      ] as const;
      for (const [url, body, message] of cases) {
        const res = await backend.http.post(url).set(jane).send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      }
      expect(
        (await backend.http.get(`${base}`).set(jane)).body.error.message,
      ).toMatch(/query.evidenceType/);
      expect((await backend.http.get(`${base}/list`)).status).toBe(401);
      expect(
        (
          await backend.http
            .post(base)
            .send({ evidenceType: 'x', data: { a: 'b' } })
        ).status,
      ).toBe(401);
    });

    it('refuses X-Dry-Run for a store or delete, calling Vault not at all', async () => {
      const before = vault.requests.length;
      const store = await backend.http
        .post(`${API}/evidence/trail/dry-run`)
        .set({ ...jane, 'x-dry-run': 'true' })
        .send({ evidenceType: 'junit', data: { a: 'b' } });
      expect(store.status).toBe(400);
      expect(store.body.error.message).toMatch(/headers.x-dry-run: .*Vault/);
      const remove = await backend.http
        .delete(`${API}/evidence/trail/run-42?evidenceType=sbom`)
        .set({ ...jane, 'x-dry-run': 'true' });
      expect(remove.status).toBe(400);
      expect(remove.body.error.message).toMatch(/headers.x-dry-run/);
      expect(vault.requests.length).toBe(before);
      const still = await backend.http
        .get(`${API}/evidence/trail/run-42/list`)
        .set(jane);
      expect(still.body.evidenceTypes).toContain('sbom');
    });

    it('reports Vault health and refusals without the token', async () => {
      const health = await backend.http.get(`${API}/evidence/health`).set(jane);
      expect(health.body).toMatchObject({
        healthy: true,
        authMethod: 'token',
        message: 'Vault 1.15.2 is initialised and unsealed',
      });
      vault.state.sealed = true;
      try {
        const sealed = await backend.http
          .get(`${API}/evidence/health`)
          .set(jane);
        expect(sealed.body).toMatchObject({ healthy: false });
        expect(sealed.body.message).toMatch(/HTTP 503: sealed/);
      } finally {
        vault.state.sealed = false;
      }
      expect(JSON.stringify(health.body)).not.toContain(TOKEN);
    });
  },
);

describe('factstore Vault evidence with a wrong token, none configured, or no permission', () => {
  it('answers 502 with Vault words, 503, and 403', async () => {
    const vault = await startFakeVault('the-real-token');
    const wrong = await startPluginBackend({
      features: [factstorePlugin],
      config: {
        factstore: {
          outbound: { allowedAddresses: ['127.0.0.1'] },
          vault: { url: vault.url(''), token: 'a-wrong-token' },
        },
      },
    });
    try {
      const res = await wrong.http
        .post(`${API}/evidence/trail/t1`)
        .set(jane)
        .send({ evidenceType: 'junit', data: { a: 'b' } });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toBe(
        'Vault refused to store the evidence (HTTP 403): permission denied',
      );
      expect(JSON.stringify(res.body)).not.toContain('a-wrong-token');
      // Nothing half written: the audit transaction rolled back with the failed write.
      const audit = await wrong.http
        .get(`${API}/audit?eventType=VAULT_EVIDENCE_STORED`)
        .set(jane);
      expect(audit.body.totalElements).toBe(0);
    } finally {
      await wrong.stop();
      await vault.close();
    }
    const none = await startPluginBackend({ features: [factstorePlugin] });
    try {
      const res = await none.http
        .get(`${API}/evidence/trail/t1/list`)
        .set(jane);
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(
        /factstore.vault is not configured/,
      );
    } finally {
      await none.stop();
    }
    const denied = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
    });
    try {
      const res = await denied.http
        .delete(`${API}/evidence/trail/t1?evidenceType=junit`)
        .set(jane);
      expect(res.status).toBe(403);
    } finally {
      await denied.stop();
    }
  });
});

describe('factstore Vault evidence when Vault answers 200 unexpectedly', () => {
  it('answers 502 naming Vault, for an answer without version metadata or not JSON', async () => {
    const vault = await startRecordingServer();
    const backend = await startPluginBackend({
      features: [factstorePlugin],
      config: {
        factstore: {
          outbound: { allowedAddresses: ['127.0.0.1'] },
          vault: { url: vault.url(''), token: TOKEN },
        },
      },
    });
    try {
      const store = () =>
        backend.http
          .post(`${API}/evidence/trail/t1`)
          .set(jane)
          .send({ evidenceType: 'junit', data: { a: 'b' } });
      vault.answers.push({
        status: 200,
        body: JSON.stringify({ data: { version: 1 } }),
        contentType: 'application/json',
      });
      const noTime = await store();
      expect(noTime.status).toBe(502);
      expect(noTime.body.error.message).toMatch(/^Vault answered HTTP 200/);
      vault.answers.push({
        status: 200,
        body: '<html>proxy login</html>',
        contentType: 'text/html',
      });
      const html = await store();
      expect(html.status).toBe(502);
      expect(html.body.error.message).toMatch(/^Vault answered HTTP 200/);
      vault.answers.push({
        status: 200,
        body: '<html>proxy login</html>',
        contentType: 'text/html',
      });
      const read = await backend.http
        .get(`${API}/evidence/trail/t1?evidenceType=junit`)
        .set(jane);
      expect(read.status).toBe(502);
      expect(read.body.error.message).toMatch(/^Vault answered HTTP 200/);
    } finally {
      await backend.stop();
      await vault.close();
    }
  });
});
