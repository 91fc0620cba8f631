import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();

/** What `kosli attest pullrequest github` sends when it finds the commit's pull request. */
const FOUND_PULL_REQUEST = {
  attestation_name: 'pull-request',
  git_provider: 'github',
  pull_requests: [
    {
      url: 'https://github.com/acme/backend/pull/7',
      state: 'MERGED',
      author: 'jane',
      approvers: ['bob'],
      merge_commit: 'a1b2c3d',
      commits: [],
    },
  ],
};
const HOST = '/api/factstore';
const V1 = `${HOST}/api/v1`;
const ORG = 'acme';
const cli = authHeaders.service('factstore', 'external:kosli-ci');
const user = authHeaders.user('user:default/jane');
const reviewer = authHeaders.user('user:default/rita');
const PASSING = [{ name: 'suite', failures: 0, errors: 0, total: 3 }];
const fingerprint = (seed: string) =>
  createHash('sha256').update(seed).digest('hex');

/** Trail level: a pull request; artifact `backend`: unit tests; artifact `frontend`: unit tests. */
const TEMPLATE = `version: 1
trail:
  attestations:
    - name: pull-request
      type: pull_request
  artifacts:
    - name: backend
      attestations:
        - name: unit-tests
          type: junit
    - name: frontend
      attestations:
        - name: unit-tests
          type: junit
`;

describe.each(databases.eachSupportedId())(
  'trail compliance on %s',
  databaseId => {
    let backend: PluginBackend;
    let flowCount = 0;

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
    });
    afterAll(() => backend.stop());

    /** A Kosli flow (template or none) with one begun trail, as the Kosli CLI makes them. */
    async function kosliTrail(template?: string) {
      const flow = `flow-${++flowCount}`;
      const created = template
        ? await backend.http
            .put(`${HOST}/api/v2/flows/${ORG}/template_file`)
            .set(cli)
            .field('data_json', JSON.stringify({ name: flow }))
            .attach('template_file', Buffer.from(template), 'kosli.yml')
        : await backend.http
            .put(`${HOST}/api/v2/flows/${ORG}`)
            .set(cli)
            .send({ name: flow });
      expect(created.status).toBe(201);
      const trail = await backend.http
        .put(`${HOST}/api/v2/trails/${ORG}/${flow}`)
        .set(cli)
        .send({ name: 'commit-1' });
      expect(trail.status).toBe(201);
      const artifact = async (templateName: string, seed: string) => {
        const reported = await backend.http
          .post(`${HOST}/api/v2/artifacts/${ORG}/${flow}`)
          .set(cli)
          .send({
            fingerprint: fingerprint(seed),
            filename: `acme/${seed}:1`,
            trail_name: 'commit-1',
            template_reference_name: templateName,
          });
        expect(reported.status).toBe(201);
      };
      const attest = async (type: string, payload: Record<string, unknown>) => {
        const recorded = await backend.http
          .post(
            `${HOST}/api/v2/attestations/${ORG}/${flow}/trail/commit-1/${type}`,
          )
          .set(cli)
          .send(payload);
        expect(recorded.status).toBe(201);
        return recorded.body.id as string;
      };
      const kosliGet = async () => {
        const got = await backend.http
          .get(`${HOST}/api/v2/trails/${ORG}/${flow}/commit-1`)
          .set(cli);
        expect(got.status).toBe(200);
        return got.body;
      };
      const v1Get = async () => {
        const got = await backend.http
          .get(`${V1}/trails/${trail.body.id}`)
          .set(user);
        expect(got.status).toBe(200);
        return got.body;
      };
      /** Reports the template's two artifacts (fingerprints from `seed`) and passing unit tests for those named. */
      const bothArtifacts = async (
        seed: string,
        tested: Array<'backend' | 'frontend'>,
      ) => {
        for (const name of ['backend', 'frontend'])
          await artifact(name, `${name}-${seed}`);
        for (const name of tested) {
          await attest('junit', {
            attestation_name: `${name}.unit-tests`,
            artifact_fingerprint: fingerprint(`${name}-${seed}`),
            junit_results: PASSING,
          });
        }
      };
      return {
        flow,
        trail: trail.body,
        artifact,
        attest,
        bothArtifacts,
        kosliGet,
        v1Get,
      };
    }

    it('without a template: compliant until an attestation fails, never incomplete', async () => {
      const t = await kosliTrail();
      expect(t.trail).toMatchObject({
        name: 'commit-1',
        compliance_state: 'COMPLIANT',
        is_compliant: true,
      });
      await t.attest('generic', {
        attestation_name: 'lint',
        is_compliant: true,
      });
      expect((await t.kosliGet()).compliance_state).toBe('COMPLIANT');
      const v1 = await t.v1Get();
      expect(v1).toMatchObject({
        id: t.trail.id,
        name: 'commit-1',
        complianceStatus: 'COMPLIANT',
        compliance: {
          isCompliant: true,
          hasRequirements: false,
          missingAttestations: [],
        },
      });
      expect(v1.compliance.attestations).toEqual([
        expect.objectContaining({
          name: 'lint',
          status: 'COMPLETE',
          result: 'PASSED',
          unexpected: true,
        }),
      ]);

      await t.attest('snyk', {
        attestation_name: 'snyk-scan',
        is_compliant: false,
      });
      const body = await t.kosliGet();
      expect(body).toMatchObject({
        compliance_state: 'NON-COMPLIANT',
        is_compliant: false,
        compliance_status: {
          status: 'NON-COMPLIANT',
          failed_attestations: ['snyk-scan'],
        },
      });
      expect(body.compliance_status.attestations_statuses).toContainEqual(
        expect.objectContaining({
          attestation_name: 'snyk-scan',
          attestation_type: 'snyk',
          status: 'COMPLETE',
          is_compliant: false,
          unexpected: true,
        }),
      );
    });

    it('with the template satisfied: COMPLIANT, with the trail and each artifact as Kosli reports them', async () => {
      const t = await kosliTrail(TEMPLATE);
      expect(t.trail).toMatchObject({
        compliance_state: 'INCOMPLETE',
        compliance_status: {
          artifacts_statuses: {
            backend: { status: 'MISSING', is_compliant: null },
          },
        },
      });
      await t.artifact('backend', 'backend');
      await t.artifact('frontend', 'frontend');
      const pr = await t.attest('pull_request', FOUND_PULL_REQUEST);
      // `kosli attest junit --name backend.unit-tests --fingerprint …`, and the short name with the fingerprint.
      const backendTests = await t.attest('junit', {
        attestation_name: 'backend.unit-tests',
        artifact_fingerprint: fingerprint('backend'),
        junit_results: PASSING,
      });
      await t.attest('junit', {
        attestation_name: 'unit-tests',
        artifact_fingerprint: fingerprint('frontend'),
        junit_results: PASSING,
      });

      const body = await t.kosliGet();
      expect(body).toMatchObject({
        name: 'commit-1',
        compliance_state: 'COMPLIANT',
        is_compliant: true,
        compliance_status: {
          status: 'COMPLIANT',
          is_compliant: true,
          attestations_statuses: [
            {
              attestation_name: 'pull-request',
              attestation_type: 'pull_request',
              attestation_id: pr,
              overridden_attestation_id: null,
              status: 'COMPLETE',
              is_compliant: true,
              unexpected: false,
            },
          ],
          artifacts_statuses: {
            backend: {
              artifact_fingerprint: fingerprint('backend'),
              status: 'COMPLIANT',
              is_compliant: true,
              unexpected: false,
              attestations_statuses: [
                {
                  attestation_name: 'unit-tests',
                  attestation_type: 'junit',
                  attestation_id: backendTests,
                  status: 'COMPLETE',
                  is_compliant: true,
                  unexpected: false,
                },
              ],
            },
            frontend: { status: 'COMPLIANT' },
          },
          missing_attestations: [],
          reasons: [],
        },
      });
      expect((await t.v1Get()).complianceStatus).toBe('COMPLIANT');
    });

    it('a required trail attestation missing: INCOMPLETE, naming it', async () => {
      const t = await kosliTrail(TEMPLATE);
      await t.bothArtifacts('2', ['backend', 'frontend']);
      const body = await t.kosliGet();
      expect(body).toMatchObject({
        compliance_state: 'INCOMPLETE',
        is_compliant: false,
        compliance_status: { missing_attestations: ['pull-request'] },
      });
      expect(body.compliance_status.attestations_statuses).toEqual([
        {
          attestation_name: 'pull-request',
          attestation_type: 'pull_request',
          attestation_id: null,
          overridden_attestation_id: null,
          status: 'MISSING',
          is_compliant: null,
          unexpected: false,
        },
      ]);
      expect((await t.v1Get()).compliance.reasons).toEqual([
        'required attestation "pull-request" is missing',
      ]);
    });

    it('a failing attestation the template does not ask for makes it NON-COMPLIANT', async () => {
      const t = await kosliTrail(TEMPLATE);
      await t.attest('pull_request', FOUND_PULL_REQUEST);
      await t.bothArtifacts('3', ['backend', 'frontend']);
      expect((await t.kosliGet()).compliance_state).toBe('COMPLIANT');
      await t.attest('snyk', {
        attestation_name: 'container-scan',
        artifact_fingerprint: fingerprint('frontend-3'),
        is_compliant: false,
      });
      const body = await t.kosliGet();
      expect(body.compliance_state).toBe('NON-COMPLIANT');
      expect(body.compliance_status.artifacts_statuses.backend.status).toBe(
        'COMPLIANT',
      );
      expect(body.compliance_status.artifacts_statuses.frontend).toMatchObject({
        status: 'NON-COMPLIANT',
        is_compliant: false,
      });
      expect(
        body.compliance_status.artifacts_statuses.frontend
          .attestations_statuses,
      ).toContainEqual(
        expect.objectContaining({
          attestation_name: 'container-scan',
          is_compliant: false,
          unexpected: true,
        }),
      );
      expect(body.compliance_status.failed_attestations).toEqual([
        'frontend.container-scan',
      ]);
    });

    it('an artifact requirement missing on one of two artifacts: INCOMPLETE, that artifact INCOMPLETE, the other COMPLIANT', async () => {
      const t = await kosliTrail(TEMPLATE);
      await t.attest('pull_request', FOUND_PULL_REQUEST);
      await t.bothArtifacts('4', ['backend']);
      const body = await t.kosliGet();
      expect(body.compliance_state).toBe('INCOMPLETE');
      expect(body.compliance_status.artifacts_statuses.backend.status).toBe(
        'COMPLIANT',
      );
      expect(body.compliance_status.artifacts_statuses.frontend).toMatchObject({
        status: 'INCOMPLETE',
        is_compliant: false,
        attestations_statuses: [
          {
            attestation_name: 'unit-tests',
            status: 'MISSING',
            is_compliant: null,
          },
        ],
      });
      expect(body.compliance_status.missing_attestations).toEqual([
        'frontend.unit-tests',
      ]);
      // The backend's unit tests do not answer for the frontend, though both have the same requirement name.
      expect(
        (await t.v1Get()).compliance.artifacts.map(
          (a: { name: string; status: string }) => [a.name, a.status],
        ),
      ).toEqual([
        ['backend', 'COMPLIANT'],
        ['frontend', 'INCOMPLETE'],
      ]);
    });

    it('the latest attestation of a name supersedes an earlier one, both ways (Kosli: only the latest version counts)', async () => {
      const t = await kosliTrail(
        'version: 1\ntrail:\n  attestations:\n    - name: unit-tests\n      type: junit\n',
      );
      await t.attest('junit', {
        attestation_name: 'unit-tests',
        junit_results: [{ failures: 2, errors: 0, total: 3 }],
      });
      await t.attest('generic', {
        attestation_name: 'lint',
        is_compliant: false,
      });
      expect((await t.kosliGet()).compliance_state).toBe('NON-COMPLIANT');
      const rerun = await t.attest('junit', {
        attestation_name: 'unit-tests',
        junit_results: PASSING,
      });
      await t.attest('generic', {
        attestation_name: 'lint',
        is_compliant: true,
      });
      const fixed = await t.kosliGet();
      expect(fixed.compliance_state).toBe('COMPLIANT');
      expect(fixed.compliance_status.attestations_statuses).toEqual([
        expect.objectContaining({
          attestation_name: 'unit-tests',
          attestation_id: rerun,
          is_compliant: true,
          unexpected: false,
        }),
        expect.objectContaining({
          attestation_name: 'lint',
          is_compliant: true,
          unexpected: true,
        }),
      ]);
      await t.attest('junit', {
        attestation_name: 'unit-tests',
        junit_results: [{ failures: 0, errors: 1, total: 3 }],
      });
      expect((await t.kosliGet()).compliance_state).toBe('NON-COMPLIANT');
    });

    describe('v1 flows (requiredAttestations: each reported artifact needs them)', () => {
      const post = (
        path: string,
        body: object,
        headers: Record<string, string> = user,
      ) => backend.http.post(`${V1}${path}`).set(headers).send(body);
      const status = async (trailId: string) =>
        (await backend.http.get(`${V1}/trails/${trailId}`).set(user)).body
          .complianceStatus;

      it('a required type missing on one of two artifacts, a PENDING one, and the approval the flow requires', async () => {
        const flow = await post('/flows', {
          name: 'v1-two-artifacts',
          requiredAttestations: ['junit'],
          requiresApproval: true,
        });
        const trail = await post('/trails', {
          flowId: flow.body.id,
          name: 'build-1',
        });
        expect(trail.body).toMatchObject({
          complianceStatus: 'INCOMPLETE',
          compliance: { missingAttestations: ['junit'] },
        });
        await post(`/trails/${trail.body.id}/attestations`, {
          type: 'junit',
          status: 'PASSED',
        });
        await post(`/trails/${trail.body.id}/approvals`, {
          comment: 'release',
        });
        const approval = (
          await backend.http
            .get(`${V1}/trails/${trail.body.id}/approvals`)
            .set(user)
        ).body[0];
        expect(
          (await backend.http.get(`${V1}/trails/${trail.body.id}`).set(user))
            .body.compliance.reasons,
        ).toEqual([
          `the flow requires an approval and the latest one (${approval.id}) is PENDING`,
        ]);
        expect(
          (
            await post(
              `/approvals/${approval.id}/approve`,
              { comment: 'ok' },
              reviewer,
            )
          ).status,
        ).toBe(200);
        expect(await status(trail.body.id)).toBe('COMPLIANT');

        // Two artifacts: the trail-wide junit answers for both, until one gets a junit of its own that is PENDING.
        await post(`/trails/${trail.body.id}/artifacts`, {
          name: 'api',
          sha256Digest: fingerprint('api'),
        });
        await post(`/trails/${trail.body.id}/artifacts`, {
          name: 'web',
          sha256Digest: fingerprint('web'),
        });
        expect(await status(trail.body.id)).toBe('COMPLIANT');
        await post(`/trails/${trail.body.id}/attestations`, {
          type: 'junit',
          name: 'web-tests',
          status: 'PENDING',
          artifactSha256: fingerprint('web'),
        });
        const got = (
          await backend.http.get(`${V1}/trails/${trail.body.id}`).set(user)
        ).body;
        expect(got.complianceStatus).toBe('INCOMPLETE');
        expect(
          got.compliance.artifacts.map(
            (a: { name: string; status: string }) => [a.name, a.status],
          ),
        ).toEqual([
          ['api', 'COMPLIANT'],
          ['web', 'INCOMPLETE'],
        ]);
      });

      it('lists filter by complianceStatus, page through matching trails only, and refuse unknown states', async () => {
        const flow = await post('/flows', {
          name: 'v1-filter',
          requiredAttestations: ['junit'],
        });
        const ids: Record<string, string> = {};
        for (const [name, attestation] of [
          ['passing', 'PASSED'],
          ['failing', 'FAILED'],
          ['empty', undefined],
          ['passing-2', 'PASSED'],
        ] as const) {
          const trail = await post('/trails', { flowId: flow.body.id, name });
          ids[name] = trail.body.id;
          if (attestation)
            await post(`/trails/${trail.body.id}/attestations`, {
              type: 'junit',
              status: attestation,
            });
        }
        const names = async (query: string) => {
          const res = await backend.http
            .get(`${V1}/flows/${flow.body.id}/trails${query}`)
            .set(user);
          expect(res.status).toBe(200);
          return res.body.map(
            (t: { name: string; complianceStatus: string }) =>
              `${t.name}:${t.complianceStatus}`,
          );
        };
        expect((await names('')).sort()).toEqual([
          'empty:INCOMPLETE',
          'failing:NON-COMPLIANT',
          'passing-2:COMPLIANT',
          'passing:COMPLIANT',
        ]);
        const compliant = await names('?complianceStatus=COMPLIANT');
        expect([...compliant].sort()).toEqual([
          'passing-2:COMPLIANT',
          'passing:COMPLIANT',
        ]);
        // offset and limit count matching trails only.
        expect(await names('?complianceStatus=COMPLIANT&limit=1')).toEqual([
          compliant[0],
        ]);
        expect(
          await names('?complianceStatus=COMPLIANT&offset=1&limit=1'),
        ).toEqual([compliant[1]]);
        expect(await names('?complianceStatus=COMPLIANT&offset=2')).toEqual([]);
        expect(await names('?complianceStatus=non_compliant')).toEqual([
          'failing:NON-COMPLIANT',
        ]);
        const all = await backend.http
          .get(
            `${V1}/trails?flowId=${flow.body.id}&complianceStatus=INCOMPLETE`,
          )
          .set(user);
        expect(all.body.map((t: { id: string }) => t.id)).toEqual([ids.empty]);
        const bad = await backend.http
          .get(`${V1}/trails?complianceStatus=GREEN`)
          .set(user);
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(/query\.complianceStatus/);
      });
    });

    it('GET /api/v2/trails answers 404 for an unknown flow or trail and 401 without credentials', async () => {
      const t = await kosliTrail();
      expect(
        (
          await backend.http
            .get(`${HOST}/api/v2/trails/${ORG}/${t.flow}/nope`)
            .set(cli)
        ).status,
      ).toBe(404);
      expect(
        (
          await backend.http
            .get(`${HOST}/api/v2/trails/${ORG}/no-flow/commit-1`)
            .set(cli)
        ).status,
      ).toBe(404);
      expect(
        (
          await backend.http.get(
            `${HOST}/api/v2/trails/${ORG}/${t.flow}/commit-1`,
          )
        ).status,
      ).toBe(401);
      expect(
        (
          await backend.http
            .get(`${HOST}/api/v2/trails/${ORG}/${t.flow}/bad%20name`)
            .set(cli)
        ).status,
      ).toBe(400);
    });
  },
);
