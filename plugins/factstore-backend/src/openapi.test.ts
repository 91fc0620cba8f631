import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import { FactstoreClient } from '@fawkes/plugin-factstore-common';
import {
  authHeaders,
  expectServedSpec,
  createTestDatabases,
  servedRoutes,
  specRoutes,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import knexFactory from 'knex';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { FactStore } from './database/FactStore';
import { LedgerStore } from './database/LedgerStore';
import { Ledger } from './ledger/Ledger';
import { readLedgerSettings } from './ledger/ledgerConfig';
import { factstorePlugin } from './plugin';
import { PolicyEngine } from './policy/PolicyEngine';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

describe('factstore OpenAPI spec', () => {
  it('describes exactly the routes the router serves', async () => {
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    const logger = mockServices.logger.mock();
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      auditor: mockServices.auditor.mock(),
      permissions: mockServices.permissions(),
      store: new FactStore(db),
      settings: {
        evidenceMaxBytes: 1024,
        verifierId: 'test',
        gateWhenNoPolicy: 'deny',
      },
      ledger: new Ledger(new LedgerStore(db), {
        ...readLedgerSettings(new ConfigReader({}), logger),
        logger,
      }),
      policyEngine: new PolicyEngine(undefined),
    });
    expect(servedRoutes(router)).toEqual(specRoutes(spec));
    await db.destroy();
  });

  it('lists the Kosli CLI routes as one block at the end of its paths', () => {
    const paths = Object.keys(spec.paths);
    const firstKosli = paths.findIndex(p => p.startsWith('/api/v2/'));
    expect(firstKosli).toBeGreaterThan(0);
    expect(paths.slice(firstKosli).every(p => p.startsWith('/api/v2/'))).toBe(
      true,
    );
  });
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'FactstoreClient, generated from the spec, against a started backend on %s',
  databaseId => {
    let backend: PluginBackend;
    /** As the CI (a service): it records the evidence. */
    let ci: FactstoreClient;
    /** As a user who reviews approvals. */
    let jane: FactstoreClient;
    const sha256 = createHash('sha256').update('payments:1.0').digest('hex');

    const clientFor = (authorization: string) => {
      const { port } = backend.server.address() as AddressInfo;
      return new FactstoreClient({
        discoveryApi: {
          getBaseUrl: async pluginId =>
            `http://127.0.0.1:${port}/api/${pluginId}`,
        },
        fetchApi: {
          fetch: (input, init) => {
            const request = new Request(input, init);
            request.headers.set('Authorization', authorization);
            return fetch(request);
          },
        },
      });
    };

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex,
      });
      ci = clientFor(
        authHeaders.service('factstore', 'external:ci').Authorization,
      );
      jane = clientFor(authHeaders.user('user:default/jane').Authorization);
    });
    afterAll(() => backend.stop());

    it('serves its spec, with the paths under the plugin', async () => {
      const res = await backend.http
        .get('/api/factstore/openapi.json')
        .set(authHeaders.user());
      expect(res.status).toBe(200);
      expect(res.body.info.title).toBe('factstore');
      await expectServedSpec(res.body, spec, '/api/factstore');
      expect(Object.keys(res.body.paths)).toContain(
        '/api/factstore/api/v1/trails/{trailId}/attestations',
      );
    });

    it('records a flow, a trail, an artifact and an attestation, asserts it, reviews the approval and evaluates the gate', async () => {
      const flow = await jane.createFlow({
        body: {
          name: 'payments',
          requiredAttestations: ['junit'],
          requiresApproval: true,
        },
      });
      expect(flow).toMatchObject({ name: 'payments', org: 'default' });

      const trail = await ci.createTrail({
        body: { flowId: flow.id, name: 'build-1' },
      });
      expect(trail).toMatchObject({ flowId: flow.id, name: 'build-1' });
      const artifact = await ci.reportArtifact({
        params: { path: { trailId: trail.id } },
        body: { name: 'payments', sha256Digest: `sha256:${sha256}` },
      });
      expect(artifact.sha256).toBe(sha256);
      const attestation = await ci.recordAttestation({
        params: { path: { trailId: trail.id } },
        body: { type: 'junit', status: 'PASSED' },
      });
      expect(attestation).toMatchObject({ type: 'junit', status: 'PASSED' });

      // Not compliant until the approval the flow requires is approved.
      const before = await ci.assertArtifact({
        body: { flowId: flow.id, sha256Digest: sha256 },
      });
      expect(before).toMatchObject({ compliant: false });

      const approval = await ci.requestApproval({
        params: { path: { trailId: trail.id } },
        body: { comment: 'release 1.0' },
      });
      expect(approval.status).toBe('PENDING');
      const approved = await jane.approveApproval({
        params: { path: { approvalId: approval.id } },
        body: { comment: 'ok' },
      });
      expect(approved).toMatchObject({
        status: 'APPROVED',
        decidedBy: 'user:default/jane',
      });

      const after = await ci.assertArtifact({
        body: { flowId: flow.id, sha256Digest: sha256 },
      });
      expect(after).toMatchObject({
        compliant: true,
        trailId: trail.id,
        artifactName: 'payments',
      });
      expect(after.verificationSummaryEnvelope).toBeDefined();

      const gate = await ci.evaluateGate({
        body: { sha256Digest: sha256, flowId: flow.id },
      });
      // No deployment policy applies: the gate fails closed, and says why.
      expect(gate).toMatchObject({
        sha256,
        sha256Digest: `sha256:${sha256}`,
        allowed: false,
        reasons: [expect.objectContaining({ rule: 'policies', passed: false })],
      });
      expect(
        (await ci.listGateResults({ params: { query: { limit: 10 } } })).map(
          r => r.id,
        ),
      ).toContain(gate.id);
    });

    it('answers input with its own parsing, and a body it cannot read before any route, without quoting it', async () => {
      const flows = '/api/factstore/api/v1/flows';
      const typo = await backend.http
        .post(flows)
        .set(authHeaders.user())
        .send({ name: 123 });
      expect(typo.status).toBe(400);
      // The route's message, not the spec validator's ("must be string").
      expect(typo.body.error.message).toBe(
        'Invalid request body: body.name: Invalid input: expected string, received number',
      );
      const cut = await backend.http
        .post(flows)
        .set({ ...authHeaders.user(), 'Content-Type': 'application/json' })
        .send('{"name":"s3cret');
      expect(cut.status).toBe(400);
      // Node 22 adds the line and column to the position; the body itself is never quoted.
      expect(cut.body.error.message).toMatch(
        /^Invalid request body: body must be JSON: syntax error at position 15\b/,
      );
      expect(cut.text).not.toContain('s3cret');
    });

    it("throws the backend's error as a ResponseError, with factstore's own messages", async () => {
      const missing = ci.getFlow({
        params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
      });
      await expect(missing).rejects.toBeInstanceOf(ResponseError);
      await expect(missing).rejects.toMatchObject({
        response: { status: 404 },
        body: { error: { name: 'NotFoundError' } },
      });
      await expect(
        ci.listTrails({ params: { query: { limit: 0 } } }),
      ).rejects.toMatchObject({
        response: { status: 400 },
        body: { error: { message: expect.stringMatching(/query\.limit/) } },
      });
      // A service may not review approvals (403), whatever the permission policy says.
      await expect(
        ci.rejectApproval({
          params: {
            path: { approvalId: '00000000-0000-4000-8000-000000000000' },
          },
        }),
      ).rejects.toMatchObject({ response: { status: 403 } });
    });
  },
);
