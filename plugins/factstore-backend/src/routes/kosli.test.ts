import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
const HOST = '/api/factstore';
const ORG = 'acme';
const FLOW = 'backend-ci';
const TRAIL = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const FINGERPRINT = createHash('sha256').update('docker image').digest('hex');
const cli = {
  ...authHeaders.service('factstore', 'external:kosli-ci'),
  'User-Agent': 'Kosli/v2.11.0',
};
const commitInfo = {
  sha1: TRAIL,
  message: 'fix: retry',
  author: 'Jane <jane@example.com>',
  timestamp: 1732200000,
  branch: 'main',
  url: `https://github.com/acme/backend/commit/${TRAIL}`,
};
const repoInfo = {
  url: 'https://github.com/acme/backend',
  name: 'acme/backend',
  id: '123',
  provider: 'github',
};

/*
 * Replays, request for request, what the Kosli CLI sends for `create flow`, `begin trail`,
 * `attest artifact`, `attest junit` and `assert artifact`: same methods, paths, query strings,
 * bodies (JSON or multipart data_json + attachment_file) and Bearer authorization.
 */
describe.each(databases.eachSupportedId())(
  'Kosli CLI requests on %s',
  databaseId => {
    let backend: PluginBackend;

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
    });
    afterAll(() => backend.stop());

    it('create flow (template_file) → begin trail → attest artifact → attest junit → assert artifact', async () => {
      // kosli create flow backend-ci --template-file kosli.yml
      const template =
        'version: 1\ntrail:\n  artifacts:\n    - name: backend\n      attestations:\n        - name: unit-tests\n          type: junit\n';
      const flow = await backend.http
        .put(`${HOST}/api/v2/flows/${ORG}/template_file`)
        .set(cli)
        .field(
          'data_json',
          JSON.stringify({
            name: FLOW,
            description: 'backend CI',
            visibility: 'private',
          }),
        )
        .attach('template_file', Buffer.from(template), 'kosli.yml');
      expect(flow.status).toBe(201);
      expect(flow.body).toMatchObject({
        org: ORG,
        name: FLOW,
        requiredAttestations: ['junit'],
      });

      // kosli begin trail $GIT_COMMIT --flow backend-ci (retried by CI: same answer, one trail)
      const beginTrail = () =>
        backend.http
          .put(`${HOST}/api/v2/trails/${ORG}/${FLOW}`)
          .set(cli)
          .field(
            'data_json',
            JSON.stringify({
              name: TRAIL,
              description: '',
              git_commit_info: commitInfo,
              repo_info: repoInfo,
              origin_url: 'https://github.com/acme/backend/actions/runs/1',
              user_data: {},
              external_urls: {},
            }),
          );
      const trail = await beginTrail();
      expect(trail.status).toBe(201);
      expect(trail.body).toMatchObject({
        name: TRAIL,
        gitCommitSha: TRAIL,
        gitBranch: 'main',
        createdBy: 'external:kosli-ci',
      });
      const retried = await beginTrail();
      expect(retried.status).toBe(200);
      expect(retried.body.id).toBe(trail.body.id);

      // kosli attest artifact acme/backend:1.0 --artifact-type docker --name backend --trail $GIT_COMMIT (JSON)
      const artifact = await backend.http
        .post(`${HOST}/api/v2/artifacts/${ORG}/${FLOW}`)
        .set(cli)
        .send({
          fingerprint: FINGERPRINT,
          filename: 'acme/backend:1.0',
          git_commit: TRAIL,
          git_commit_info: commitInfo,
          build_url: 'https://github.com/acme/backend/actions/runs/1',
          commit_url: commitInfo.url,
          repo_url: repoInfo.url,
          template_reference_name: 'backend',
          trail_name: TRAIL,
          repo_info: repoInfo,
        });
      expect(artifact.status).toBe(201);
      expect(artifact.body).toMatchObject({
        fingerprint: FINGERPRINT,
        name: 'acme/backend:1.0',
        templateReferenceName: 'backend',
      });

      // Before the tests are attested the artifact is not compliant.
      const before = await backend.http
        .get(
          `${HOST}/api/v2/asserts/${ORG}/fingerprint/${FINGERPRINT}?flow_name=${FLOW}`,
        )
        .set(cli);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({
        compliant: false,
        scope: 'flow',
        missing_attestations: ['junit'],
      });

      // kosli attest junit --name backend.unit-tests --fingerprint … --results-dir . (multipart with the tarball)
      const attachment = gzipSync(
        readFileSync(
          fixturePath('junit', 'surefire-3.0.2.TEST-io.olamy.FlakyTest.xml'),
        ),
      );
      const junit = await backend.http
        .post(`${HOST}/api/v2/attestations/${ORG}/${FLOW}/trail/${TRAIL}/junit`)
        .set(cli)
        .field(
          'data_json',
          JSON.stringify({
            artifact_fingerprint: FINGERPRINT,
            git_commit_info: commitInfo,
            attestation_name: 'backend.unit-tests',
            target_artifacts: [],
            external_urls: {},
            origin_url: 'https://github.com/acme/backend/actions/runs/1',
            user_data: {},
            annotations: {},
            repo_info: repoInfo,
            junit_results: [
              {
                name: 'io.olamy.FlakyTest',
                failures: 0,
                errors: 0,
                skipped: 0,
                total: 3,
                duration: 0.05,
                timestamp: 1732200000,
              },
            ],
          }),
        )
        .attach('attachment_file', attachment, 'evidence.tgz');
      expect(junit.status).toBe(201);
      expect(junit.body).toMatchObject({
        type: 'junit',
        name: 'backend.unit-tests',
        status: 'PASSED',
        artifactSha256: FINGERPRINT,
        attestedBy: 'external:kosli-ci',
        evidence: {
          sha256: createHash('sha256').update(attachment).digest('hex'),
          sizeBytes: attachment.length,
          fileName: 'evidence.tgz',
        },
      });

      // kosli assert artifact --fingerprint … --flow backend-ci
      const assert = await backend.http
        .get(
          `${HOST}/api/v2/asserts/${ORG}/fingerprint/${FINGERPRINT}?flow_name=${FLOW}`,
        )
        .set(cli);
      expect(assert.status).toBe(200);
      expect(assert.body).toMatchObject({
        compliant: true,
        scope: 'flow',
        flow: FLOW,
        trail: TRAIL,
        compliance_status: {
          attestations_statuses: [
            {
              attestation_name: 'backend.unit-tests',
              attestation_type: 'junit',
              status: 'PASSED',
              is_compliant: true,
            },
          ],
        },
        policy_evaluations: [],
        html_url: expect.any(String),
        verification_summary: { predicate: { verificationResult: 'PASSED' } },
      });

      // A failing junit run afterwards makes it non-compliant again (the latest decides).
      const failing = await backend.http
        .post(`${HOST}/api/v2/attestations/${ORG}/${FLOW}/trail/${TRAIL}/junit`)
        .set(cli)
        .field(
          'data_json',
          JSON.stringify({
            artifact_fingerprint: FINGERPRINT,
            attestation_name: 'backend.unit-tests',
            junit_results: [
              {
                name: 's',
                failures: 1,
                errors: 0,
                skipped: 0,
                total: 3,
                duration: 1,
              },
            ],
          }),
        );
      expect(failing.body.status).toBe('FAILED');
      const after = await backend.http
        .get(
          `${HOST}/api/v2/asserts/${ORG}/fingerprint/sha256:${FINGERPRINT}?flow_name=${FLOW}`,
        )
        .set(cli);
      expect(after.body).toMatchObject({
        compliant: false,
        failed_attestations: ['junit'],
      });
    });

    it('create flow with the legacy --template list and again (create-or-update)', async () => {
      const first = await backend.http
        .put(`${HOST}/api/v2/flows/${ORG}`)
        .set(cli)
        .send({
          name: 'legacy',
          description: 'one',
          visibility: 'private',
          template: ['artifact', 'unit-test'],
        });
      expect(first.status).toBe(201);
      expect(first.body.requiredAttestations).toEqual(['unit-test']);
      const again = await backend.http
        .put(`${HOST}/api/v2/flows/${ORG}`)
        .set(cli)
        .send({
          name: 'legacy',
          description: 'two',
          template: ['artifact', 'unit-test', 'snyk'],
        });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({
        id: first.body.id,
        description: 'two',
        requiredAttestations: ['unit-test', 'snyk'],
      });
    });

    it('create flow, begin trail and create environment from parallel CI jobs: one creates, the others update, none is refused', async () => {
      const admin = authHeaders.user('user:default/admin');
      const parallel = async (
        send: () => PromiseLike<{ status: number; body: { id: string } }>,
      ) => {
        const answers = await Promise.all(Array.from({ length: 6 }, send));
        expect(answers.map(a => a.status).sort()).toEqual([
          200, 200, 200, 200, 200, 201,
        ]);
        expect(new Set(answers.map(a => a.body.id)).size).toBe(1);
      };
      await parallel(() =>
        backend.http
          .put(`${HOST}/api/v2/flows/${ORG}`)
          .set(cli)
          .send({ name: 'parallel', description: '' }),
      );
      await parallel(() =>
        backend.http
          .put(`${HOST}/api/v2/trails/${ORG}/parallel`)
          .set(cli)
          .send({ name: TRAIL, git_commit_info: commitInfo }),
      );
      await parallel(() =>
        backend.http
          .put(`${HOST}/api/v2/environments/${ORG}`)
          .set(admin)
          .send({ name: 'parallel-prod', type: 'K8S' }),
      );
    });

    it('OpenFactstore v2 attestation route takes the trail id and the fingerprint from the path', async () => {
      await backend.http
        .put(`${HOST}/api/v2/flows/${ORG}`)
        .set(cli)
        .send({ name: 'openfactstore-v2', description: '' });
      const trail = await backend.http
        .put(`${HOST}/api/v2/trails/${ORG}/openfactstore-v2`)
        .set(cli)
        .send({ name: 't1' });
      const res = await backend.http
        .post(
          `${HOST}/api/v2/attestations/${ORG}/openfactstore-v2/${trail.body.id}/sha256:${FINGERPRINT}`,
        )
        .set(cli)
        .send({ type: 'snyk', attestation_name: 'scan', is_compliant: false });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        type: 'snyk',
        status: 'FAILED',
        artifactSha256: FINGERPRINT,
      });
      // OpenFactstore's own body (its CreateAttestationRequest, as its v1 route takes): the
      // status sent is the status recorded, PENDING when left out.
      const v2 = (
        body: object,
        trailId = trail.body.id,
        flow = 'openfactstore-v2',
      ) =>
        backend.http
          .post(
            `${HOST}/api/v2/attestations/${ORG}/${flow}/${trailId}/sha256:${FINGERPRINT}`,
          )
          .set(cli)
          .send(body);
      const failed = await v2({
        type: 'snyk',
        status: 'FAILED',
        description: 'x',
        metadata: { a: 1 },
      });
      expect(failed.status).toBe(201);
      expect(failed.body).toMatchObject({
        type: 'snyk',
        name: 'snyk',
        status: 'FAILED',
        trailId: trail.body.id,
        artifactSha256: FINGERPRINT,
      });
      const pending = await v2({ type: 'junit' });
      expect(pending.status).toBe(201);
      expect(pending.body.status).toBe('PENDING');
      const bad = await v2({ type: 'junit', status: 'GREEN' });
      expect(bad.status).toBe(400);
      // A Kosli payload that forgot attestation_name is refused naming it, not stored as PENDING.
      const kosliWithoutName = await v2({ type: 'junit', is_compliant: true });
      expect(kosliWithoutName.status).toBe(400);
      expect(kosliWithoutName.body.error.message).toMatch(/attestation_name/);
      // OpenFactstore's details text, and the trail id in capitals.
      const detailed = await v2(
        { type: 'trivy', status: 'PASSED', details: 'no findings' },
        trail.body.id.toUpperCase(),
      );
      expect(detailed.status).toBe(201);
      expect(detailed.body.description).toBe('no findings');
      // The trail must be the flow's.
      await backend.http
        .put(`${HOST}/api/v2/flows/${ORG}`)
        .set(cli)
        .send({ name: 'openfactstore-other', description: '' });
      const elsewhere = await v2(
        { type: 'junit', status: 'PASSED' },
        trail.body.id,
        'openfactstore-other',
      );
      expect(elsewhere.status).toBe(404);
    });

    it("assert artifact --environment / --policy: the deployment policies decide, in the CLI's policy_evaluations shape", async () => {
      const admin = authHeaders.user('user:default/admin');
      await backend.http
        .put(`${HOST}/api/v2/flows/${ORG}`)
        .set(cli)
        .send({ name: 'scoped' });
      await backend.http
        .put(`${HOST}/api/v2/trails/${ORG}/scoped`)
        .set(cli)
        .send({ name: 'run' });
      const sha = createHash('sha256').update('scoped').digest('hex');
      await backend.http
        .post(`${HOST}/api/v2/artifacts/${ORG}/scoped`)
        .set(cli)
        .send({ fingerprint: sha, filename: 'scoped:1', trail_name: 'run' });
      await backend.http
        .put(`${HOST}/api/v2/environments/${ORG}`)
        .set(admin)
        .send({ name: 'scoped-prod', type: 'K8S' });
      const env = (
        await backend.http.get(`${HOST}/api/v1/environments`).set(admin)
      ).body.find((e: { name: string }) => e.name === 'scoped-prod');
      await backend.http
        .post(`${HOST}/api/v1/deployment-policies`)
        .set(admin)
        .send({
          name: 'needs-tests',
          environmentId: env.id,
          requiredAttestationTypes: ['junit'],
        });

      const url = `${HOST}/api/v2/asserts/${ORG}/fingerprint/${sha}`;
      const before = await backend.http
        .get(`${url}?environment_name=scoped-prod`)
        .set(cli);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({
        compliant: false,
        scope: 'environment',
        flow: 'scoped',
        trail: 'run',
        html_url: expect.any(String),
        policy_evaluations: [
          {
            policy_name: 'needs-tests',
            status: 'NON-COMPLIANT',
            rule_evaluations: [
              {
                rule: {
                  type: 'provenance',
                  definition: { name: 'provenance' },
                },
                satisfied: true,
                ignored: false,
                resolutions: [],
              },
              {
                rule: {
                  type: 'attestation:junit',
                  definition: { name: 'junit', type: 'junit' },
                },
                satisfied: false,
                ignored: false,
                resolutions: [{ type: 'missing_attestation' }],
              },
            ],
          },
        ],
      });
      await backend.http
        .post(`${HOST}/api/v2/attestations/${ORG}/scoped/trail/run/junit`)
        .set(cli)
        .field(
          'data_json',
          JSON.stringify({
            attestation_name: 'tests',
            artifact_fingerprint: sha,
            junit_results: [
              { name: 's', failures: 0, errors: 0, skipped: 0, total: 1 },
            ],
          }),
        );
      expect(
        (await backend.http.get(`${url}?environment_name=scoped-prod`).set(cli))
          .body,
      ).toMatchObject({ compliant: true });
      expect(
        (await backend.http.get(`${url}?policy_name=needs-tests`).set(cli))
          .body,
      ).toMatchObject({ compliant: true, scope: 'policy' });
      expect(
        (
          await backend.http
            .get(`${url}?policy_name=needs-tests&policy_name=nope`)
            .set(cli)
        ).status,
      ).toBe(404);
      expect(
        (await backend.http.get(`${url}?environment_name=nowhere`).set(cli))
          .status,
      ).toBe(404);
      // An empty --policy names no policy: refused, not vacuously compliant.
      const noPolicy = await backend.http.get(`${url}?policy_name=`).set(cli);
      expect(noPolicy.status).toBe(400);
      expect(noPolicy.body.error.message).toMatch(/query\.policy_name/);
      expect(
        (await backend.http.get(`${url}?policy_name=%20,%20`).set(cli)).status,
      ).toBe(400);
    });

    it('answers 4xx naming what is wrong', async () => {
      const unknownFlow = await backend.http
        .put(`${HOST}/api/v2/trails/${ORG}/nope`)
        .set(cli)
        .send({ name: 't' });
      expect(unknownFlow.status).toBe(404);
      const badType = await backend.http
        .post(`${HOST}/api/v2/attestations/${ORG}/${FLOW}/trail/${TRAIL}/bogus`)
        .set(cli)
        .send({ attestation_name: 'x' });
      expect(badType.status).toBe(400);
      expect(badType.body.error.message).toMatch(/params\.type/);
      /** A Kosli attestation of `type` with `dataJson` as its data_json field. */
      const attest = (type: string, dataJson: string) =>
        backend.http
          .post(
            `${HOST}/api/v2/attestations/${ORG}/${FLOW}/trail/${TRAIL}/${type}`,
          )
          .set(cli)
          .field('data_json', dataJson);
      const refusal = async (type: string, payload: object) => {
        const res = await attest(type, JSON.stringify(payload));
        return [res.status, res.body.error.message];
      };
      expect(
        await refusal('generic', {
          attestation_name: 'x',
          artifact_fingerprint: 'abc',
        }),
      ).toEqual([
        400,
        'Invalid request body: body.artifact_fingerprint: must be sha256:<64 hex> or 64 hex characters, got "abc"',
      ]);
      expect(
        await refusal('override', {
          attestation_name: 'x',
          new_compliance_status: 5,
        }),
      ).toEqual([
        400,
        'Invalid request body: body.new_compliance_status: must be true, false or a word of up to 32 characters such as COMPLIANT',
      ]);
      const notJson = await attest('generic', '{nope');
      expect(notJson.status).toBe(400);
      expect(
        (
          await backend.http
            .get(`${HOST}/api/v2/asserts/${ORG}/fingerprint/xyz`)
            .set(cli)
        ).status,
      ).toBe(400);
      expect(
        (
          await backend.http
            .get(`${HOST}/api/v2/asserts/${ORG}/fingerprint/${'0'.repeat(64)}`)
            .set(cli)
        ).status,
      ).toBe(404);
      expect(
        (
          await backend.http.get(
            `${HOST}/api/v2/asserts/${ORG}/fingerprint/${FINGERPRINT}`,
          )
        ).status,
      ).toBe(401);
    });
  },
);
