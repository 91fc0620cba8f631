import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(120_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');

describe.each(databases.eachSupportedId())(
  'factstore CEL policies, attachments and decisions on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
    });
    afterAll(() => backend.stop());

    const post = (path: string, body: object, headers = jane) =>
      backend.http.post(`${API}${path}`).set(headers).send(body);
    const put = (path: string, body: object, headers = jane) =>
      backend.http.put(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers = jane) =>
      backend.http.get(`${API}${path}`).set(headers);
    const del = (path: string, headers = jane) =>
      backend.http.delete(`${API}${path}`).set(headers);

    /** A flow requiring junit, a trail, an artifact, and the given attestations. */
    async function evidence(
      name: string,
      attestations: Array<{ type: string; status: string }>,
    ) {
      const flow = (
        await post('/flows', { name, requiredAttestations: ['junit'] })
      ).body;
      const trail = (
        await post(
          '/trails',
          { flowId: flow.id, name: 'run', gitBranch: 'main' },
          ci,
        )
      ).body;
      const digest = sha(name);
      await post(
        `/trails/${trail.id}/artifacts`,
        { name: `ghcr.io/acme/${name}`, sha256Digest: digest, tag: '1.0.0' },
        ci,
      );
      for (const a of attestations)
        await post(`/trails/${trail.id}/attestations`, a, ci);
      return { flow, trail, digest };
    }

    const environment = async (name: string) =>
      (await post('/environments', { name, type: 'K8S' })).body;

    const releaseRules = [
      {
        name: 'tests-pass',
        expression:
          "'junit' in latestAttestation && latestAttestation.junit.status == 'PASSED'",
        message: 'the latest junit attestation must pass',
      },
      {
        name: 'no-failed-attestations',
        expression:
          "attestations.filter(a, a.status == 'FAILED').map(a, 'attestation ' + a.type + ' failed')",
      },
      {
        name: 'main-branch',
        expression: "trail != null && trail.gitBranch == 'main'",
      },
    ];

    it('refuses a CEL expression that does not compile with its line and column, storing nothing', async () => {
      const before = (await get('/policies')).body.length;
      const syntax = await post('/policies', {
        name: 'broken',
        rules: [
          { name: 'ok', expression: 'input.artifact != null' },
          {
            name: 'bad',
            expression: 'artifact != null &&\n  artifact.name ==',
          },
        ],
      });
      expect(syntax.status).toBe(400);
      expect(syntax.body.error.message).toMatch(
        /body\.rules\[1\]\.expression: does not compile: syntax error.*at line 2, column \d+/,
      );
      const typo = await post('/policies', {
        name: 'typo',
        rules: [{ name: 'r', expression: "inptu.artifact.name == 'x'" }],
      });
      expect(typo.status).toBe(400);
      expect(typo.body.error.message).toMatch(
        /undeclared reference "inptu".*at line 1, column 1/,
      );
      const unknownFunction = await post('/policies', {
        name: 'fn',
        rules: [{ name: 'r', expression: 'size(attestations) > 0 && frob(1)' }],
      });
      expect(unknownFunction.status).toBe(400);
      expect(unknownFunction.body.error.message).toMatch(
        /unknown function "frob".*line 1, column 27/,
      );
      expect((await get('/policies')).body).toHaveLength(before);
      const regoWithoutEntrypoint = await post('/policies', {
        name: 'rego',
        language: 'rego',
      });
      expect(regoWithoutEntrypoint.status).toBe(400);
      expect(regoWithoutEntrypoint.body.error.message).toMatch(/entrypoint/);
    });

    it('policies CRUD; attachments refuse unknown ids and duplicates; an attached policy cannot be deleted', async () => {
      const created = await post('/policies', {
        name: 'release',
        description: 'what prod needs',
        rules: releaseRules,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'release',
        language: 'cel',
        rules: releaseRules,
        createdBy: 'user:default/jane',
      });
      const id = created.body.id;
      expect((await get(`/policies/${id}`)).body.name).toBe('release');
      expect(
        (await post('/policies', { name: 'release', rules: [] })).status,
      ).toBe(409);
      const updated = await put(`/policies/${id}`, {
        enforceProvenance: true,
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        enforceProvenance: true,
        rules: releaseRules,
      });
      expect(
        (
          await put(`/policies/${id}`, {
            rules: [{ name: 'x', expression: '1 +' }],
          })
        ).status,
      ).toBe(400);

      const env = await environment('policy-crud');
      expect(
        (
          await post('/policy-attachments', {
            policyId: id,
            environmentId: '00000000-0000-4000-8000-000000000000',
          })
        ).status,
      ).toBe(422);
      const attached = await post('/policy-attachments', {
        policyId: id,
        environmentId: env.id,
      });
      expect(attached.status).toBe(201);
      expect(
        (
          await post('/policy-attachments', {
            policyId: id,
            environmentId: env.id,
          })
        ).status,
      ).toBe(409);
      expect(
        (await get(`/policy-attachments?environmentId=${env.id}`)).body,
      ).toEqual([attached.body]);
      expect(
        (await get(`/policy-attachments/${attached.body.id}`)).body,
      ).toEqual(attached.body);

      const refused = await del(`/policies/${id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/attached/);
      expect(
        (await del(`/policy-attachments/${attached.body.id}`)).status,
      ).toBe(204);
      expect((await del(`/policies/${id}`)).status).toBe(204);
      expect((await get(`/policies/${id}`)).status).toBe(404);
      expect(
        (await post('/policies', { name: 'nope', rules: [] }, ci)).status,
      ).toBe(201); // services hold every permission unless restricted
    });

    it('the gate runs the attached policies: a deny lists every violation, links its stored decision, and is in the ledger', async () => {
      const policy = (
        await post('/policies', {
          name: 'gate-release',
          rules: releaseRules,
          requiredAttestationTypes: ['snyk'],
        })
      ).body;
      const env = await environment('prod-gate');
      await post('/policy-attachments', {
        policyId: policy.id,
        environmentId: env.id,
      });

      const bad = await evidence('gate-bad', [
        { type: 'junit', status: 'FAILED' },
        { type: 'lint', status: 'FAILED' },
      ]);
      const denied = await post('/gate/evaluate', {
        sha256Digest: bad.digest,
        environmentId: env.id,
      });
      expect(denied.status).toBe(200);
      expect(denied.body.allowed).toBe(false);
      const [link] = denied.body.policyDecisions;
      expect(link).toMatchObject({
        policyId: policy.id,
        policyName: 'gate-release',
        allow: false,
      });
      expect(link.violations).toEqual([
        expect.stringMatching(/^attestation snyk: none was recorded/),
        'the latest junit attestation must pass',
        'attestation junit failed',
        'attestation lint failed',
      ]);
      const reason = denied.body.reasons.find(
        (r: { decisionId?: string }) => r.decisionId === link.decisionId,
      );
      expect(reason).toMatchObject({ passed: false, policyId: policy.id });

      const decision = (await get(`/opa/decisions/${link.decisionId}`)).body;
      expect(decision).toMatchObject({
        id: link.decisionId,
        allow: false,
        resultAllow: false,
        engine: 'cel',
        source: 'gate',
        gateResultId: denied.body.id,
        sha256Digest: `sha256:${bad.digest}`,
        environmentId: env.id,
      });
      expect(decision.input).toMatchObject({
        artifact: { sha256: bad.digest, tag: '1.0.0' },
        flow: { id: bad.flow.id, requiredAttestations: ['junit'] },
        trail: { id: bad.trail.id, gitBranch: 'main' },
        environment: { id: env.id, name: 'prod-gate', allowlisted: false },
        compliance: { compliant: false },
        snapshot: null,
      });
      expect(
        (await get(`/opa/decisions?gateResultId=${denied.body.id}`)).body.map(
          (d: { id: string }) => d.id,
        ),
      ).toEqual([link.decisionId]);
      const entry = await get(`/ledger/entries/${link.decisionId}`);
      expect(entry.status).toBe(200);
      expect(entry.body).toMatchObject({
        eventType: 'POLICY_DECISION_RECORDED',
        recordType: 'policy-decision',
      });
      expect(
        (await post(`/ledger/verify/${link.decisionId}`, {})).body.verified,
      ).toBe(true);
      const audit = (
        await get('/audit?eventType=POLICY_DECISION_RECORDED&size=100')
      ).body.content;
      expect(
        audit.some((e: { entityId: string }) => e.entityId === link.decisionId),
      ).toBe(true);

      const good = await evidence('gate-good', [
        { type: 'junit', status: 'PASSED' },
        { type: 'snyk', status: 'PASSED' },
      ]);
      const allowed = await post('/gate/evaluate', {
        sha256Digest: good.digest,
        environmentName: 'prod-gate',
      });
      expect(allowed.body.allowed).toBe(true);
      expect(allowed.body.policyDecisions).toEqual([
        expect.objectContaining({ allow: true, violations: [] }),
      ]);
    });

    it('policies read the parsed scans that speak for the artifact', async () => {
      const policy = (
        await post('/policies', {
          name: 'no-criticals',
          rules: [
            {
              name: 'no-critical-findings',
              expression:
                "scans.filter(s, s.counts.critical > 0).map(s, s.tool + ' found ' + string(s.counts.critical) + ' critical')",
            },
          ],
        })
      ).body;
      const env = await environment('prod-scans');
      await post('/policy-attachments', {
        policyId: policy.id,
        environmentId: env.id,
      });
      const scanned = await evidence('scanned', [
        { type: 'junit', status: 'PASSED' },
      ]);
      const scan = await backend.http
        .post(`${API}/trails/${scanned.trail.id}/security-scans`)
        .set(ci)
        .field('name', 'trivy')
        .field('artifactSha256', scanned.digest)
        .attach(
          'file',
          readFileSync(
            fixturePath('scans', 'trivy-image-alpine-39-high-critical.json'),
          ),
          'trivy.json',
        );
      expect(scan.status).toBe(201);
      const critical = scan.body.counts.critical;
      expect(critical).toBeGreaterThan(0);

      const denied = await post('/gate/evaluate', {
        sha256Digest: scanned.digest,
        environmentId: env.id,
      });
      expect(denied.body.allowed).toBe(false);
      const [link] = denied.body.policyDecisions;
      expect(link.violations).toEqual([
        `${scan.body.tool} found ${critical} critical`,
      ]);
      const decision = (await get(`/opa/decisions/${link.decisionId}`)).body;
      expect(decision.input.scans).toEqual([
        expect.objectContaining({
          id: scan.body.id,
          name: 'trivy',
          format: scan.body.format,
          artifactSha256: scanned.digest,
          counts: scan.body.counts,
        }),
      ]);
    });

    it('an engine error is a deny with its reason', async () => {
      const policy = (
        await post('/policies', {
          name: 'fragile',
          rules: [
            {
              name: 'tag',
              expression: "artifact.registry.startsWith('ghcr.io')",
            },
            { name: 'type', expression: 'artifact.tag' },
          ],
        })
      ).body;
      const env = await environment('fragile-env');
      await post('/policy-attachments', {
        policyId: policy.id,
        environmentId: env.id,
      });
      const unknown = await post('/gate/evaluate', {
        sha256Digest: sha('never reported'),
        environmentId: env.id,
      });
      expect(unknown.body.allowed).toBe(false);
      const [link] = unknown.body.policyDecisions;
      expect(link.allow).toBe(false);
      expect(link.violations).toEqual([
        expect.stringMatching(/^tag: evaluation error: /),
        expect.stringMatching(/^type: evaluation error: /),
      ]);
      expect(link.error).toMatch(/evaluation error/);
      const { digest } = await evidence('fragile', []);
      const typed = await post('/gate/evaluate', {
        sha256Digest: digest,
        environmentId: env.id,
      });
      // The artifact has no registry (null), and a tag is not a decision.
      expect(typed.body.policyDecisions[0].violations).toEqual([
        expect.stringMatching(/^tag: evaluation error: .*startsWith.*null/),
        'type: evaluation error: the rule must give a bool or a list of strings, got string',
      ]);
    });

    it('assert with an environment asks its policies, and the signed summary says so', async () => {
      const policy = (
        await post('/policies', {
          name: 'assert-policy',
          rules: [
            {
              name: 'approved',
              expression:
                "approvals.exists(a, a.status == 'APPROVED') || environment.name != 'assert-prod'",
              message: 'production needs an approved approval',
            },
          ],
        })
      ).body;
      const env = await environment('assert-prod');
      await post('/policy-attachments', {
        policyId: policy.id,
        environmentId: env.id,
      });
      const { flow, digest } = await evidence('asserted', [
        { type: 'junit', status: 'PASSED' },
      ]);
      const plain = (
        await post('/assert', { flowId: flow.id, sha256Digest: digest })
      ).body;
      expect(plain.compliant).toBe(true);
      expect(plain.policyDecisions).toBeUndefined();

      const withEnv = await post('/assert', {
        flowId: flow.id,
        sha256Digest: digest,
        environmentName: 'assert-prod',
      });
      expect(withEnv.status).toBe(200);
      expect(withEnv.body.compliant).toBe(false);
      expect(withEnv.body.reasons).toContain(
        'policy "assert-policy": production needs an approved approval',
      );
      const [link] = withEnv.body.policyDecisions;
      expect(link.allow).toBe(false);
      const summary = withEnv.body.verificationSummary;
      expect(summary.predicate.verificationResult).toBe('FAILED');
      expect(summary.predicate.inputAttestations).toContainEqual({
        uri: `factstore:policy-decision/${link.decisionId}`,
      });
      const payload = JSON.parse(
        Buffer.from(
          withEnv.body.verificationSummaryEnvelope.payload,
          'base64',
        ).toString(),
      );
      expect(payload).toEqual(summary);
      expect((await get(`/opa/decisions/${link.decisionId}`)).body.source).toBe(
        'assert',
      );
      // Stored with its audit event and its ledger leaf, which verifies against the decision.
      expect(
        (await get(`/ledger/entries/${link.decisionId}`)).body,
      ).toMatchObject({
        eventType: 'POLICY_DECISION_RECORDED',
        recordType: 'policy-decision',
      });
      expect(
        (await post(`/ledger/verify/${link.decisionId}`, {})).body.verified,
      ).toBe(true);
      expect(
        (
          await get('/audit?eventType=POLICY_DECISION_RECORDED&size=100')
        ).body.content.some(
          (e: { entityId: string }) => e.entityId === link.decisionId,
        ),
      ).toBe(true);

      const dry = await backend.http
        .post(`${API}/assert`)
        .set({ ...jane, 'X-Dry-Run': 'true' })
        .send({ flowId: flow.id, sha256Digest: digest, environmentId: env.id });
      expect(dry.body.compliant).toBe(false);
      expect(
        (await get(`/opa/decisions/${dry.body.policyDecisions[0].decisionId}`))
          .status,
      ).toBe(404);
      expect(
        (await get(`/ledger/entries/${dry.body.policyDecisions[0].decisionId}`))
          .status,
      ).toBe(404);
      expect(
        (
          await post('/assert', {
            flowId: flow.id,
            sha256Digest: digest,
            environmentName: 'nowhere',
          })
        ).status,
      ).toBe(422);

      // Named by id, the policies are read beside the flow's facts: the same decision.
      const byId = await post('/assert', {
        flowId: flow.id,
        sha256Digest: digest,
        environmentId: env.id,
      });
      expect(byId.body.compliant).toBe(false);
      expect(byId.body.reasons).toEqual(withEnv.body.reasons);
      // Every read starts at once, but the flow's absence is what is reported first.
      const missingBoth = await post('/assert', {
        flowId: '00000000-0000-4000-8000-000000000000',
        sha256Digest: digest,
        environmentId: '00000000-0000-4000-8000-000000000001',
      });
      expect(missingBoth.status).toBe(422);
      expect(missingBoth.body.error.message).toMatch(/^body\.flowId: no flow/);
      const missingEnvironment = await post('/assert', {
        flowId: flow.id,
        sha256Digest: digest,
        environmentId: '00000000-0000-4000-8000-000000000001',
      });
      expect(missingEnvironment.status).toBe(422);
      expect(missingEnvironment.body.error.message).toMatch(
        /^body\.environmentId: no environment/,
      );
    });
  },
);
