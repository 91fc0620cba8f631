import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(120_000);
const HOST = '/api/factstore';
const API = `${HOST}/api/v1`;
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');

/** A tar.gz holding one build log and no test report. */
function tarWithoutReports(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'factstore-case-'));
  try {
    writeFileSync(join(dir, 'build.log'), 'ok');
    const file = join(dir, 'out.tgz');
    tar.c({ gzip: true, cwd: dir, file, sync: true }, ['build.log']);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * OpenFactstore clients name types in upper case (`JUNIT`), the Kosli CLI in lower case (`junit`):
 * a requirement is met by an attestation whose type differs only in case, wherever it is checked.
 */
describe.each(databases.eachSupportedId())(
  'factstore attestation types in any case on %s',
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

    /** A flow with these requirements, a trail and an artifact, and these attestations in order. */
    async function reported(
      name: string,
      requiredAttestations: string[],
      attestations: Array<{ type: string; status: string; name?: string }>,
    ) {
      const flow = (await post('/flows', { name, requiredAttestations })).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
      const digest = sha(name);
      await post(
        `/trails/${trail.id}/artifacts`,
        { name, sha256Digest: digest },
        ci,
      );
      for (const a of attestations) {
        const res = await post(`/trails/${trail.id}/attestations`, a, ci);
        expect(res.status).toBe(201);
      }
      const assert = async () =>
        (await post('/assert', { flowId: flow.id, sha256Digest: digest }, ci))
          .body;
      const compliance = async () =>
        (await get(`/trails/${trail.id}`)).body.compliance;
      return { flow, trail, digest, assert, compliance };
    }

    it('meets JUNIT, JUnit and junit with an attestation in another case: assert and trail compliance', async () => {
      const upper = await reported(
        'upper-required',
        ['JUNIT', 'Snyk'],
        [
          { type: 'junit', status: 'PASSED' },
          { type: 'SNYK', status: 'PASSED' },
        ],
      );
      expect(await upper.assert()).toMatchObject({
        compliant: true,
        missingAttestations: [],
        failedAttestations: [],
        attestations: [
          { type: 'junit', status: 'PASSED' },
          { type: 'SNYK', status: 'PASSED' },
        ],
      });
      expect((await upper.compliance()).status).toBe('COMPLIANT');

      const lower = await reported(
        'lower-required',
        ['junit'],
        [{ type: 'JUnit', status: 'PASSED' }],
      );
      expect((await lower.assert()).compliant).toBe(true);
      expect((await lower.compliance()).status).toBe('COMPLIANT');
    });

    it('the latest of any spelling decides: a later FAILED or PENDING one still fails', async () => {
      const failed = await reported(
        'failed-later',
        ['junit'],
        [
          { type: 'junit', status: 'PASSED' },
          { type: 'JUNIT', status: 'FAILED' },
        ],
      );
      expect(await failed.assert()).toMatchObject({
        compliant: false,
        failedAttestations: ['junit'],
        attestations: [{ type: 'JUNIT', status: 'FAILED' }],
      });
      expect((await failed.compliance()).status).toBe('NON-COMPLIANT');

      const pending = await reported(
        'pending-later',
        ['JUNIT'],
        [
          { type: 'JUNIT', status: 'PASSED' },
          { type: 'junit', status: 'PENDING' },
        ],
      );
      expect((await pending.assert()).compliant).toBe(false);
      expect((await pending.compliance()).status).toBe('INCOMPLETE');

      // A later PASSED in another case supersedes an earlier FAILED, as in one spelling.
      const fixed = await reported(
        'fixed-later',
        ['junit'],
        [
          { type: 'junit', status: 'FAILED' },
          { type: 'JUnit', status: 'PASSED' },
        ],
      );
      expect((await fixed.assert()).compliant).toBe(true);
    });

    it('names are matched exactly: a generic attestation named junit does not meet JUNIT', async () => {
      const named = await reported(
        'named-not-typed',
        ['JUNIT'],
        [{ type: 'generic', name: 'junit', status: 'PASSED' }],
      );
      expect(await named.assert()).toMatchObject({
        compliant: false,
        missingAttestations: ['JUNIT'],
      });
      expect((await named.compliance()).status).toBe('INCOMPLETE');
    });

    it('the gate: a deployment policy requiring SNYK is met by snyk, and still refuses a FAILED one', async () => {
      const { flow, digest, trail } = await reported(
        'gate-case',
        [],
        [{ type: 'snyk', status: 'PASSED' }],
      );
      const env = (
        await post('/environments', { name: 'gate-case-prod', type: 'K8S' })
      ).body;
      expect(
        (
          await post('/deployment-policies', {
            name: 'gate-case-rules',
            flowId: flow.id,
            environmentId: env.id,
            requiredAttestationTypes: ['SNYK', 'Junit'],
          })
        ).status,
      ).toBe(201);
      const gate = async () =>
        (
          await post(
            '/gate/evaluate',
            { sha256Digest: digest, environmentId: env.id },
            ci,
          )
        ).body;
      const denied = await gate();
      expect(denied.allowed).toBe(false);
      expect(
        denied.reasons.map((r: { rule: string; passed: boolean }) => [
          r.rule,
          r.passed,
        ]),
      ).toEqual([
        ['provenance', true],
        ['attestation:SNYK', true],
        ['attestation:Junit', false],
      ]);
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'JUNIT', status: 'PASSED' },
        ci,
      );
      expect((await gate()).allowed).toBe(true);
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );
      const failed = await gate();
      expect(failed.allowed).toBe(false);
      expect(
        failed.reasons.find(
          (r: { rule: string }) => r.rule === 'attestation:Junit',
        ),
      ).toMatchObject({
        passed: false,
        message: expect.stringMatching(/FAILED/),
      });
    });

    it('policies: requiredAttestationTypes in any case, and latestAttestation answers the lower-case type', async () => {
      const policy = (
        await post('/policies', {
          name: 'case-policy',
          rules: [
            {
              name: 'tests-pass',
              expression:
                "'junit' in latestAttestation && latestAttestation.junit.status == 'PASSED'",
            },
          ],
          requiredAttestationTypes: ['JUnit'],
        })
      ).body;
      const env = (
        await post('/environments', { name: 'policy-case-prod', type: 'K8S' })
      ).body;
      await post('/policy-attachments', {
        policyId: policy.id,
        environmentId: env.id,
      });
      const { flow, digest, trail } = await reported(
        'policy-case',
        ['junit'],
        [{ type: 'JUNIT', status: 'PASSED' }],
      );
      const assert = async () =>
        (
          await post(
            '/assert',
            {
              flowId: flow.id,
              sha256Digest: digest,
              environmentId: env.id,
            },
            ci,
          )
        ).body;
      const allowed = await assert();
      expect(allowed.compliant).toBe(true);
      expect(allowed.policyDecisions).toEqual([
        expect.objectContaining({ allow: true, violations: [] }),
      ]);
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'Junit', status: 'FAILED' },
        ci,
      );
      const denied = await assert();
      expect(denied.compliant).toBe(false);
      expect(denied.policyDecisions[0].violations).toEqual([
        expect.stringMatching(/^attestation JUnit: the latest .* is FAILED/),
        'tests-pass is false',
      ]);
    });

    it('policies: latestAttestation answers a built-in type in upper case too, whichever case was sent', async () => {
      const policy = (
        await post('/policies', {
          name: 'upper-case-rule',
          rules: [
            {
              name: 'tests-pass',
              expression:
                "'JUNIT' in latestAttestation && latestAttestation.JUNIT.status == 'PASSED' && latestAttestation.junit.status == 'PASSED'",
            },
          ],
        })
      ).body;
      const env = (
        await post('/environments', { name: 'policy-upper-prod', type: 'K8S' })
      ).body;
      await post('/policy-attachments', {
        policyId: policy.id,
        environmentId: env.id,
      });
      const { flow, digest } = await reported(
        'policy-upper',
        [],
        [{ type: 'junit', status: 'PASSED' }],
      );
      const answer = (
        await post(
          '/assert',
          { flowId: flow.id, sha256Digest: digest, environmentId: env.id },
          ci,
        )
      ).body;
      expect(answer.policyDecisions).toEqual([
        expect.objectContaining({ allow: true, violations: [] }),
      ]);
      expect(answer.compliant).toBe(true);
    });

    it('framework assessments count a JUNIT attestation for attestation:junit', async () => {
      const { trail } = await reported(
        'framework-case',
        [],
        [{ type: 'JUNIT', status: 'PASSED' }],
      );
      const assessment = await post(
        '/compliance/assess',
        { frameworkId: 'nist-ssdf', trailId: trail.id },
        jane,
      );
      expect(assessment.status).toBe(201);
      const evidence = assessment.body.controlResults.flatMap(
        (r: { evidence: Array<{ requirement: string }> }) => r.evidence,
      );
      const junit = evidence.filter(
        (e: { requirement: string }) => e.requirement === 'attestation:junit',
      );
      expect(junit.length).toBeGreaterThan(0);
      expect(junit).toEqual(
        junit.map(() => expect.objectContaining({ status: 'PASS' })),
      );
    });

    it('Kosli: the CLI lower-case junit meets a flow requiring JUNIT, on the trail and in the assert', async () => {
      const flow = (
        await post('/flows', {
          name: 'kosli-case',
          org: 'acme',
          requiredAttestations: ['JUNIT'],
        })
      ).body;
      const trail = await backend.http
        .put(`${HOST}/api/v2/trails/acme/kosli-case`)
        .set(ci)
        .send({ name: 'abc' });
      expect(trail.status).toBe(201);
      const fingerprint = sha('kosli-case');
      expect(
        (
          await backend.http
            .post(`${HOST}/api/v2/artifacts/acme/kosli-case`)
            .set(ci)
            .send({ fingerprint, filename: 'app', trail_name: 'abc' })
        ).status,
      ).toBe(201);
      const attested = await backend.http
        .post(`${HOST}/api/v2/attestations/acme/kosli-case/trail/abc/junit`)
        .set(ci)
        .field(
          'data_json',
          JSON.stringify({
            attestation_name: 'unit-tests',
            artifact_fingerprint: fingerprint,
            junit_results: [
              { name: 's', failures: 0, errors: 0, skipped: 0, total: 3 },
            ],
          }),
        );
      expect(attested.status).toBe(201);
      const kosliTrail = (
        await backend.http
          .get(`${HOST}/api/v2/trails/acme/kosli-case/abc`)
          .set(ci)
      ).body;
      expect(kosliTrail.compliance_state).toBe('COMPLIANT');
      const asserted = await backend.http
        .get(
          `${HOST}/api/v2/asserts/acme/fingerprint/${fingerprint}?flow_name=kosli-case`,
        )
        .set(ci);
      expect(asserted.body).toMatchObject({ compliant: true });
      expect(flow.requiredAttestations).toEqual(['JUNIT']);
    });

    it('a JUnit-typed attestation takes only evidence that was read, as a junit one does', async () => {
      const { trail } = await reported('evidence-case', ['junit'], []);
      const attestation = (
        await post(
          `/trails/${trail.id}/attestations`,
          { type: 'JUnit', status: 'PASSED' },
          ci,
        )
      ).body;
      const res = await backend.http
        .post(
          `${API}/trails/${trail.id}/attestations/${attestation.id}/evidence`,
        )
        .set(ci)
        .attach('file', tarWithoutReports(), 'logs.tgz');
      expect([res.status, res.body.error?.message]).toEqual([
        400,
        expect.stringMatching(
          /the evidence of a junit attestation must be a JUnit XML report/,
        ),
      ]);
    });
  },
);
