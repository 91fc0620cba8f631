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
const jane = authHeaders.user('user:default/jane');
const bob = authHeaders.user('user:default/bob');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');

describe.each(databases.eachSupportedId())(
  'factstore approvals, gate, audit and search on %s',
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
      headers: Record<string, string> = jane,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers: Record<string, string> = jane) =>
      backend.http.get(`${API}${path}`).set(headers);

    async function compliantArtifact(flowName: string, flowExtra: object = {}) {
      const flow = (
        await post('/flows', {
          name: flowName,
          requiredAttestations: ['junit'],
          ...flowExtra,
        })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
      const digest = sha(flowName);
      await post(
        `/trails/${trail.id}/artifacts`,
        { name: flowName, sha256Digest: digest },
        ci,
      );
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'PASSED' },
        ci,
      );
      return { flow, trail, digest };
    }

    it('approval required by the flow: the requester cannot approve, another reviewer can, once', async () => {
      const { flow, trail, digest } = await compliantArtifact(
        'needs-approval',
        { requiresApproval: true },
      );
      const assert = async () =>
        (await post('/assert', { flowId: flow.id, sha256Digest: digest })).body;
      expect((await assert()).reasons).toEqual([
        'the flow requires an approval and none was requested',
      ]);

      const approval = await post(`/trails/${trail.id}/approvals`, {
        comment: 'release 1.0',
        requestedBy: 'user:default/bob',
      });
      expect(approval.status).toBe(201);
      expect(approval.body).toMatchObject({
        status: 'PENDING',
        requestedBy: 'user:default/jane',
      });
      expect((await assert()).compliant).toBe(false);

      const self = await post(`/approvals/${approval.body.id}/approve`, {});
      expect(self.status).toBe(403);
      expect(self.body.error.message).toMatch(/cannot decide/);

      // A service token is not a reviewer: the permission framework allows services everything, and
      // whoever holds the CI token could otherwise approve their own request under the token's name.
      for (const decision of ['approve', 'reject']) {
        const byService = await post(
          `/approvals/${approval.body.id}/${decision}`,
          {},
          ci,
        );
        expect(byService.status).toBe(403);
        expect(byService.body.error.message).toMatch(/user/);
      }
      expect((await get(`/approvals/${approval.body.id}`)).body.status).toBe(
        'PENDING',
      );

      const approved = await post(
        `/approvals/${approval.body.id}/approve`,
        { comment: 'ok' },
        bob,
      );
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'APPROVED',
        decidedBy: 'user:default/bob',
        decisionComment: 'ok',
      });
      expect(await assert()).toMatchObject({
        compliant: true,
        approval: { status: 'APPROVED', decidedBy: 'user:default/bob' },
      });

      expect(
        (await post(`/approvals/${approval.body.id}/reject`, {}, bob)).status,
      ).toBe(409);
      expect((await get(`/approvals/${approval.body.id}`)).body.status).toBe(
        'APPROVED',
      );
      expect((await get(`/trails/${trail.id}/approvals`)).body).toHaveLength(1);
      expect(
        (await get('/approvals?status=APPROVED')).body.map(
          (a: { id: string }) => a.id,
        ),
      ).toContain(approval.body.id);
      expect((await get('/approvals?status=MAYBE')).status).toBe(400);

      // A later rejected request makes the artifact non-compliant again.
      const second = (await post(`/trails/${trail.id}/approvals`, {}, ci)).body;
      expect(
        (await post(`/approvals/${second.id}/reject`, { comment: 'no' }, bob))
          .body.status,
      ).toBe('REJECTED');
      expect((await assert()).compliant).toBe(false);
    });

    it('deployment policies and the gate: every reason, recorded results, allow-listed third-party digests', async () => {
      const { flow, trail, digest } = await compliantArtifact('gated');
      const env = (
        await post('/environments', { name: 'gated-prod', type: 'K8S' })
      ).body;
      const policy = await post('/deployment-policies', {
        name: 'prod-rules',
        environmentId: env.id,
        enforceProvenance: true,
        enforceApprovals: true,
        requiredAttestationTypes: ['junit', 'snyk'],
      });
      expect(policy.status).toBe(201);
      expect(
        (await post('/deployment-policies', { name: 'prod-rules' })).status,
      ).toBe(409);
      expect(
        (
          await post('/deployment-policies', {
            name: 'x',
            flowId: '00000000-0000-4000-8000-000000000000',
          })
        ).status,
      ).toBe(422);

      const denied = await post(
        '/gate/evaluate',
        { sha256Digest: digest, environmentId: env.id },
        ci,
      );
      expect(denied.status).toBe(200);
      expect(denied.body.allowed).toBe(false);
      expect(
        denied.body.reasons.map((r: { rule: string; passed: boolean }) => [
          r.rule,
          r.passed,
        ]),
      ).toEqual([
        ['provenance', true],
        ['attestation:junit', true],
        ['attestation:snyk', false],
        ['approval', false],
      ]);

      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'snyk', status: 'PASSED' },
        ci,
      );
      const request = (await post(`/trails/${trail.id}/approvals`, {}, ci))
        .body;
      await post(`/approvals/${request.id}/approve`, {}, bob);
      const allowed = await post(
        '/gate/evaluate',
        { sha256Digest: `sha256:${digest}`, environmentName: 'gated-prod' },
        ci,
      );
      expect(allowed.body).toMatchObject({
        allowed: true,
        evaluatedBy: 'external:ci',
        sha256Digest: `sha256:${digest}`,
      });

      const vendor = sha('vendor-image');
      const vendorDenied = (
        await post('/gate/evaluate', {
          sha256Digest: vendor,
          environmentId: env.id,
        })
      ).body;
      expect(vendorDenied.allowed).toBe(false);
      await post(`/environments/${env.id}/allowlist`, {
        sha256Digest: vendor,
        reason: 'vendor',
      });
      const vendorGate = (
        await post('/gate/evaluate', {
          sha256Digest: vendor,
          environmentId: env.id,
        })
      ).body;
      expect(
        vendorGate.reasons.find(
          (r: { rule: string }) => r.rule === 'provenance',
        ),
      ).toMatchObject({
        passed: true,
        message: expect.stringMatching(/allow-list/),
      });

      expect(
        (
          await post('/gate/evaluate', {
            sha256Digest: digest,
            environmentName: 'nowhere',
          })
        ).status,
      ).toBe(422);
      expect(
        (await post('/gate/evaluate', { sha256Digest: 'latest' })).body.error
          .message,
      ).toMatch(/body\.sha256Digest/);
      const results = (await get('/gate/results')).body;
      expect(results.length).toBeGreaterThanOrEqual(4);
      expect(results[0]).toMatchObject({
        sha256Digest: expect.stringMatching(/^sha256:/),
        evaluatedAt: expect.any(String),
      });
      // One artifact's results, newest first, with or without the digest's prefix.
      const vendorResults = (
        await get(
          `/gate/results?sha256=sha256:${vendor}&environmentId=${env.id}`,
        )
      ).body;
      expect(vendorResults.map((r: { id: string }) => r.id)).toEqual([
        vendorGate.id,
        vendorDenied.id,
      ]);
      expect((await get(`/gate/results?sha256=${vendor}`)).body).toEqual(
        vendorResults,
      );
      expect(
        (await get(`/gate/results?environmentId=${env.id}`)).body.every(
          (r: { environmentId: string }) => r.environmentId === env.id,
        ),
      ).toBe(true);
      expect((await get(`/gate/results?sha256=${sha('never')}`)).body).toEqual(
        [],
      );
      const badDigest = await get('/gate/results?sha256=latest');
      expect(badDigest.status).toBe(400);
      expect(badDigest.body.error.message).toMatch(/query\.sha256/);
      expect(
        (await get('/gate/results?environmentId=prod')).body.error.message,
      ).toMatch(/query\.environmentId: must be the UUID of an environment/);

      const updated = await backend.http
        .put(`${API}/deployment-policies/${policy.body.id}`)
        .set(jane)
        .send({ enforceApprovals: false });
      expect(updated.body).toMatchObject({
        enforceApprovals: false,
        requiredAttestationTypes: ['junit', 'snyk'],
      });
      expect(
        (await get(`/deployment-policies/${policy.body.id}`)).body.name,
      ).toBe('prod-rules');
      expect((await get('/deployment-policies')).body).toHaveLength(1);
      expect(
        (
          await backend.http
            .delete(`${API}/deployment-policies/${policy.body.id}`)
            .set(jane)
        ).status,
      ).toBe(204);
      expect(
        (
          await post('/gate/evaluate', {
            sha256Digest: digest,
            flowId: flow.id,
          })
        ).body.reasons[0].rule,
      ).toBe('policies');
    });

    it('audits every mutation with its actor, filters and pages, and a dry run leaves no audit event', async () => {
      const { trail } = await compliantArtifact('audited');
      const trailEvents = (await get(`/trails/${trail.id}/audit`)).body;
      expect(
        trailEvents.map((e: { eventType: string }) => e.eventType),
      ).toEqual(['TRAIL_CREATED', 'ARTIFACT_REPORTED', 'ATTESTATION_RECORDED']);
      expect(trailEvents[2]).toMatchObject({
        actor: 'external:ci',
        entityType: 'attestation',
      });
      // The trail by its id in capitals (UUIDs are case-insensitive); an unknown trail is a 404.
      expect(
        (await get(`/trails/${trail.id.toUpperCase()}/audit`)).body,
      ).toEqual(trailEvents);
      expect(
        (await get('/trails/00000000-0000-4000-8000-000000000000/audit'))
          .status,
      ).toBe(404);

      const page = (
        await get(`/audit?trailId=${trail.id}&size=2&page=0&sortDesc=false`)
      ).body;
      expect(page).toMatchObject({
        page: 0,
        size: 2,
        totalElements: 3,
        totalPages: 2,
      });
      expect(
        page.content.map((e: { eventType: string }) => e.eventType),
      ).toEqual(['TRAIL_CREATED', 'ARTIFACT_REPORTED']);
      const byActor = (
        await get('/audit?actor=external:ci&eventType=TRAIL_CREATED')
      ).body;
      expect(
        byActor.content.every(
          (e: { actor: string; eventType: string }) =>
            e.actor === 'external:ci' && e.eventType === 'TRAIL_CREATED',
        ),
      ).toBe(true);
      const future = (
        await get(
          `/audit?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
        )
      ).body;
      expect(future.totalElements).toBe(0);
      expect((await get('/audit?from=yesterday')).status).toBe(400);
      expect((await get(`/audit/${page.content[0].id}`)).body.id).toBe(
        page.content[0].id,
      );
      expect(
        (await get('/audit/00000000-0000-4000-8000-000000000000')).status,
      ).toBe(404);

      const before = (await get('/audit?size=1')).body.totalElements;
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        { ...ci, 'X-Dry-Run': 'true' },
      );
      expect((await get('/audit?size=1')).body.totalElements).toBe(before);
    });

    it('searches flows, trails, artifacts, attestations and environments', async () => {
      const { digest } = await compliantArtifact('searchable-service');
      const all = (await get('/search?q=searchable')).body.results.map(
        (r: { type: string }) => r.type,
      );
      expect(all).toEqual(expect.arrayContaining(['flow', 'artifact']));
      const byDigest = (await get(`/search?q=sha256:${digest}&type=artifact`))
        .body.results;
      expect(byDigest).toEqual([
        expect.objectContaining({
          type: 'artifact',
          sha256Digest: `sha256:${digest}`,
        }),
      ]);
      expect((await get('/search?q=')).status).toBe(400);
      expect((await get('/search?q=x&type=user')).status).toBe(400);
    });

    it('a policy update with flowId or environmentId null widens the policy to every flow or environment', async () => {
      const { flow } = await compliantArtifact('scoped-policy');
      const env = (
        await post('/environments', { name: 'scoped-policy-env', type: 'K8S' })
      ).body;
      const policy = (
        await post('/deployment-policies', {
          name: 'scoped',
          flowId: flow.id,
          environmentId: env.id,
        })
      ).body;
      expect(policy).toMatchObject({ flowId: flow.id, environmentId: env.id });
      const put = (body: object) =>
        backend.http
          .put(`${API}/deployment-policies/${policy.id}`)
          .set(jane)
          .send(body);
      expect((await put({ flowId: null })).body).toEqual(
        expect.not.objectContaining({ flowId: expect.anything() }),
      );
      const stored = (await get(`/deployment-policies/${policy.id}`)).body;
      expect(stored.flowId).toBeUndefined();
      expect(stored.environmentId).toBe(env.id);
      expect(
        (await put({ environmentId: null })).body.environmentId,
      ).toBeUndefined();
      await backend.http
        .delete(`${API}/deployment-policies/${policy.id}`)
        .set(jane);
    });

    it('search takes % and _ literally, not as wildcards', async () => {
      const flow = (await post('/flows', { name: 'wildcards' })).body;
      for (const name of ['axb', 'a_b', '50pct', '50%'])
        await post(
          '/trails',
          {
            flowId: flow.id,
            name: name === '50%' ? 'fifty' : name,
            gitBranch: name,
          },
          ci,
        );
      const found = async (q: string) =>
        (
          await get(`/search?q=${encodeURIComponent(q)}&type=trail`)
        ).body.results
          .map((r: { title: string }) => r.title)
          .sort();
      expect(await found('a_b')).toEqual(['a_b']);
      expect(await found('50%')).toEqual(['fifty']);
      expect(await found('_')).toEqual(['a_b']);
      expect(await found('a\\')).toEqual([]);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'factstore review and policy permissions on %s',
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

    it('DENY is 403 for approving and for managing deployment policies', async () => {
      const approve = await backend.http
        .post(`${API}/approvals/00000000-0000-4000-8000-000000000000/approve`)
        .set(bob)
        .send({});
      expect(approve.status).toBe(403);
      expect(approve.body.error.message).toMatch(/factstore\.approval\.review/);
      const policy = await backend.http
        .post(`${API}/deployment-policies`)
        .set(jane)
        .send({ name: 'p' });
      expect(policy.status).toBe(403);
      expect(policy.body.error.message).toMatch(/factstore\.policy\.manage/);
    });
  },
);
