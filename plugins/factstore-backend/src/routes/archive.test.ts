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
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');

describe.each(databases.eachSupportedId())(
  'factstore archive, restore and the fail-closed gate on %s',
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
    const get = (path: string) => backend.http.get(`${API}${path}`).set(jane);
    const del = (path: string) =>
      backend.http.delete(`${API}${path}`).set(jane);
    const gate = async (body: object) => {
      const res = await post('/gate/evaluate', body, ci);
      expect(res.status).toBe(200);
      return res.body as {
        allowed: boolean;
        reasons: Array<{ rule: string; passed: boolean; message: string }>;
      };
    };

    /** A flow whose trail reported `digest` with a passing junit attestation. */
    async function reported(flowName: string, digest: string) {
      const flow = (
        await post('/flows', {
          name: flowName,
          requiredAttestations: ['junit'],
        })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
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
      return { flow, trail };
    }

    it('denies when no deployment policy applies, naming the flow and environment that have none', async () => {
      const digest = sha('no-policy');
      const { flow } = await reported('no-policy', digest);
      const env = (await post('/environments', { name: 'bare', type: 'K8S' }))
        .body;
      const known = await gate({ sha256Digest: digest, environmentId: env.id });
      expect(known.allowed).toBe(false);
      expect(known.reasons).toEqual([
        {
          rule: 'policies',
          passed: false,
          message: `no deployment policy applies to flow "no-policy" (${flow.id}) and environment "bare" (${env.id}): denied (factstore.gate.whenNoPolicy is "deny"); create a deployment policy for them`,
        },
      ]);
      const unknown = await gate({
        sha256Digest: sha('nobody reported this'),
        environmentName: 'bare',
      });
      expect(unknown.allowed).toBe(false);
      expect(unknown.reasons[0].message).toMatch(
        /^no deployment policy applies to digest sha256:[0-9a-f]{64} of no known flow and environment "bare"/,
      );
    });

    it('refuses to delete an environment or a flow that policies, evidence or decisions point at, naming them', async () => {
      const digest = sha('held');
      const { flow, trail } = await reported('held', digest);
      const env = (
        await post('/environments', { name: 'held-prod', type: 'K8S' })
      ).body;
      await post('/deployment-policies', {
        name: 'held-rules',
        environmentId: env.id,
      });
      await post(`/environments/${env.id}/snapshots`, {
        artifacts: [{ name: 'held', sha256Digest: digest }],
      });
      await gate({ sha256Digest: digest, environmentId: env.id });

      const envRefused = await del(`/environments/${env.id}`);
      expect(envRefused.status).toBe(409);
      expect(envRefused.body.error.message).toBe(
        'Environment "held-prod" cannot be deleted: deployment policy "held-rules", 1 snapshot, 1 gate decision still point at it. Archive it instead with ?archive=true (hidden from lists, readable by id, restorable), or remove those first',
      );
      const flowRefused = await del(`/flows/${flow.id}`);
      expect(flowRefused.status).toBe(409);
      expect(flowRefused.body.error.message).toMatch(
        /^Flow "held" cannot be deleted: 1 trail \(with their evidence\) still point at it/,
      );
      await post('/deployment-policies', {
        name: 'held-flow',
        flowId: flow.id,
      });
      expect((await del(`/flows/${flow.id}`)).body.error.message).toContain(
        'deployment policy "held-flow"',
      );
      // Nothing went: the policy, the snapshot, the trail and its attestation are all there.
      expect(
        (await get('/deployment-policies')).body.map(
          (p: { name: string }) => p.name,
        ),
      ).toEqual(expect.arrayContaining(['held-rules', 'held-flow']));
      expect(
        (await get(`/environments/${env.id}/snapshots`)).body,
      ).toHaveLength(1);
      expect((await get(`/trails/${trail.id}/attestations`)).body).toHaveLength(
        1,
      );
      expect((await del('/environments/x?archive=maybe')).status).toBe(400);
      // An environment nothing points at is deleted.
      const spare = (
        await post('/environments', { name: 'spare', type: 'K8S' })
      ).body;
      expect((await del(`/environments/${spare.id}`)).status).toBe(204);
      expect((await get(`/environments/${spare.id}`)).status).toBe(404);
    });

    it('gate truth table across archive and re-create of an environment with the same name', async () => {
      const good = sha('truth-table artifact');
      const unknown = sha('a digest nobody reported');
      await reported('truth-table', good);
      const first = (
        await post('/environments', { name: 'tt-prod', type: 'K8S' })
      ).body;
      await post('/deployment-policies', {
        name: 'tt-rules',
        environmentId: first.id,
        enforceProvenance: true,
        requiredAttestationTypes: ['junit'],
      });

      const decide = async (target: object, digest: string) => {
        const answer = await gate({ sha256Digest: digest, ...target });
        return {
          allowed: answer.allowed,
          failed: answer.reasons.filter(r => !r.passed).map(r => r.rule),
        };
      };
      const byId = (id: string) => ({ environmentId: id });
      const byName = { environmentName: 'tt-prod' };

      expect(await decide(byName, good)).toEqual({ allowed: true, failed: [] });
      expect(await decide(byName, unknown)).toEqual({
        allowed: false,
        failed: ['provenance', 'attestation:junit'],
      });

      const archived = await del(`/environments/${first.id}?archive=true`);
      expect(archived.status).toBe(200);
      expect(archived.body).toMatchObject({
        id: first.id,
        archived: true,
        archivedBy: 'user:default/jane',
      });
      expect(
        (await get('/environments')).body.map((e: { id: string }) => e.id),
      ).not.toContain(first.id);
      expect((await get(`/environments/${first.id}`)).body.archived).toBe(true);
      // Its policy outlived it, still pointing at it.
      expect(
        (await get('/deployment-policies')).body.find(
          (p: { name: string }) => p.name === 'tt-rules',
        ),
      ).toMatchObject({ environmentId: first.id });

      const second = await post('/environments', {
        name: 'tt-prod',
        type: 'K8S',
      });
      expect(second.status).toBe(201);
      const rows: Array<[string, object, string, boolean, string[]]> = [
        [
          'archived, a reported digest',
          byId(first.id),
          good,
          false,
          ['environment'],
        ],
        [
          'archived, an unknown digest',
          byId(first.id),
          unknown,
          false,
          ['environment', 'provenance', 'attestation:junit'],
        ],
        ['re-created, an unknown digest', byName, unknown, false, ['policies']],
        ['re-created, a reported digest', byName, good, false, ['policies']],
        [
          're-created by id, an unknown digest',
          byId(second.body.id),
          unknown,
          false,
          ['policies'],
        ],
      ];
      for (const [row, target, digest, allowed, failed] of rows)
        expect([row, await decide(target, digest)]).toEqual([
          row,
          { allowed, failed },
        ]);
      expect(
        (await get('/deployment-policies')).body.filter(
          (p: { environmentId?: string }) => p.environmentId === second.body.id,
        ),
      ).toEqual([]);

      // The archived one cannot come back while the new one holds its name.
      const clash = await post(`/environments/${first.id}/restore`, {});
      expect(clash.status).toBe(409);
      expect(clash.body.error.message).toContain(second.body.id);
      // An archived environment takes no snapshot.
      expect(
        (
          await post(`/environments/${first.id}/snapshots`, {
            artifacts: [],
          })
        ).status,
      ).toBe(409);

      expect(
        (await del(`/environments/${second.body.id}?archive=true`)).status,
      ).toBe(200);
      const restored = await post(`/environments/${first.id}/restore`, {});
      expect(restored.status).toBe(200);
      expect(restored.body).toMatchObject({ id: first.id, archived: false });
      expect(restored.body.archivedAt).toBeUndefined();
      expect(await decide(byName, good)).toEqual({ allowed: true, failed: [] });
      expect(await decide(byName, unknown)).toEqual({
        allowed: false,
        failed: ['provenance', 'attestation:junit'],
      });
    });

    it('archives and restores flows, keeping their trails; Kosli archive flow and environment', async () => {
      const digest = sha('archived-flow');
      const { flow, trail } = await reported('archived-flow', digest);
      const archived = await del(`/flows/${flow.id}?archive=true`);
      expect(archived.status).toBe(200);
      expect(archived.body).toMatchObject({ id: flow.id, archived: true });
      expect(
        (await get('/flows')).body.map((f: { id: string }) => f.id),
      ).not.toContain(flow.id);
      expect((await get(`/flows/${flow.id}`)).body.archived).toBe(true);
      expect((await get(`/trails/${trail.id}/attestations`)).body).toHaveLength(
        1,
      );
      expect(
        (await post('/trails', { flowId: flow.id, name: 'again' }, ci)).status,
      ).toBe(409);
      const again = await post('/flows', { name: 'archived-flow' });
      expect(again.status).toBe(201);
      expect((await post(`/flows/${flow.id}/restore`, {})).status).toBe(409);
      expect((await del(`/flows/${again.body.id}`)).status).toBe(204);
      const restored = await post(`/flows/${flow.id}/restore`, {});
      expect(restored.body).toMatchObject({ id: flow.id, archived: false });

      const kosli = backend.http;
      const HOST = '/api/factstore/api/v2';
      await kosli
        .put(`${HOST}/environments/acme`)
        .set(jane)
        .send({ name: 'kosli-prod', type: 'K8S' });
      const envArchived = await kosli
        .put(`${HOST}/environments/acme/kosli-prod/archive`)
        .set(jane);
      expect(envArchived.status).toBe(200);
      expect(envArchived.body).toMatchObject({
        name: 'kosli-prod',
        archived: true,
      });
      expect(
        (
          await kosli
            .put(`${HOST}/environments/acme/kosli-prod/archive`)
            .set(jane)
        ).status,
      ).toBe(404);
      await kosli
        .put(`${HOST}/flows/acme`)
        .set(jane)
        .send({ name: 'kosli-flow' });
      const flowArchived = await kosli
        .put(`${HOST}/flows/acme/kosli-flow/archive`)
        .set(jane);
      expect(flowArchived.body).toMatchObject({
        name: 'kosli-flow',
        archived: true,
      });
      // Kosli's create flow then makes a new flow of that name.
      const recreated = await kosli
        .put(`${HOST}/flows/acme`)
        .set(jane)
        .send({ name: 'kosli-flow' });
      expect(recreated.status).toBe(201);
      expect(recreated.body.id).not.toBe(flowArchived.body.id);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'factstore gate with factstore.gate.whenNoPolicy: allow on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config: { factstore: { gate: { whenNoPolicy: 'allow' } } },
      });
    });
    afterAll(() => backend.stop());

    it('allows, and says why', async () => {
      const env = (
        await backend.http
          .post(`${API}/environments`)
          .set(jane)
          .send({ name: 'open', type: 'K8S' })
      ).body;
      const res = await backend.http
        .post(`${API}/gate/evaluate`)
        .set(ci)
        .send({ sha256Digest: sha('x'), environmentId: env.id });
      expect(res.body.allowed).toBe(true);
      expect(res.body.reasons[0]).toMatchObject({
        rule: 'policies',
        passed: true,
        message: expect.stringMatching(
          /allowed, as factstore\.gate\.whenNoPolicy is "allow"$/,
        ),
      });
    });
  },
);
