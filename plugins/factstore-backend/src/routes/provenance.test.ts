import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(180_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const fixture = (name: string) =>
  readFileSync(fixturePath('attestations', name), 'utf8');
const json = (name: string) => JSON.parse(fixture(name));

/** A Sigstore bundle v0.3 (SLSA v1, GitHub Actions, signed by Fulcio, logged in Rekor). */
const bcrBundle = () =>
  json('bcr-rules_lint-v1.3.1.provenance-v1.intoto.jsonl');
const BCR_SHA =
  '1636f443b01c9ee310ee5834956d0dce374c3d3bf8d4cebc9f6b86f8304b4982';
const BCR_SIGNER =
  'https://github.com/bazel-contrib/.github/.github/workflows/release_ruleset.yaml@refs/tags/v7.1.0';
/** A DSSE envelope of slsa-github-generator's Go builder (SLSA v0.2). */
const goEnvelope = () =>
  JSON.parse(
    fixture('slsa-github-generator-go-v1.0.0.provenance-v0.2.intoto.jsonl')
      .trim()
      .split('\n')[0],
  );
const GO_SHA =
  '04eda4dc6a14d4f016f43b373eb5cfa64b1849388a33e53989ce59e840fb3605';

describe.each(databases.eachSupportedId())(
  'factstore build provenance on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;
    let trailId: string;
    let flowId: string;
    const artifacts: Record<string, string> = {};

    const post = (path: string, body: unknown, headers = ci) =>
      backend.http
        .post(`${API}${path}`)
        .set(headers)
        .send(body as object);
    const get = (path: string, headers = jane) =>
      backend.http.get(`${API}${path}`).set(headers);
    const provenance = (name: string) =>
      `/trails/${trailId}/artifacts/${artifacts[name]}/provenance`;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({ features: [factstorePlugin], knex });
      const flow = (await post('/flows', { name: 'rules' }, jane)).body;
      flowId = flow.id;
      trailId = (await post('/trails', { flowId: flow.id, name: 'v1.3.1' }))
        .body.id;
      for (const [name, sha] of [
        ['bcr', BCR_SHA],
        ['go', GO_SHA],
        ['other', 'ab'.repeat(32)],
      ])
        artifacts[name] = (
          await post(`/trails/${trailId}/artifacts`, {
            name,
            sha256Digest: sha,
          })
        ).body.id;
    });
    afterAll(() => backend.stop());

    it('records a Sigstore bundle verified offline against the trust root, and ledgers it', async () => {
      const res = await post(provenance('bcr'), bcrBundle());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        artifactId: artifacts.bcr,
        sha256Digest: `sha256:${BCR_SHA}`,
        format: 'sigstore-bundle',
        predicateType: 'https://slsa.dev/provenance/v1',
        builderId: BCR_SIGNER,
        builderType: 'GITHUB_ACTIONS',
        sourceRepositoryUri: 'https://github.com/aspect-build/rules_lint',
        sourceCommitSha: '8f70009fde0c94ade6ce2a054b94718c819126ec',
        buildConfigUri: '.github/workflows/release.yml',
        provenanceStatus: 'PROVENANCE_VERIFIED',
        slsaLevel: 'L2',
        recordedBy: 'external:ci',
      });
      const checks = Object.fromEntries(
        res.body.checks.map((c: { check: string; result: string }) => [
          c.check,
          c.result,
        ]),
      );
      expect(checks).toEqual({
        subjectDigest: 'PASSED',
        predicateType: 'PASSED',
        signature: 'PASSED',
        builderId: 'NOT_CHECKED',
      });
      expect(
        res.body.checks.find((c: { check: string }) => c.check === 'signature')
          .detail,
      ).toContain(`signed by ${BCR_SIGNER}`);

      const entry = await get(`/ledger/entries/${res.body.id}`);
      expect(entry.status).toBe(200);
      expect(entry.body).toMatchObject({
        recordId: res.body.id,
        recordType: 'provenance',
        eventType: 'PROVENANCE_RECORDED',
        actor: 'external:ci',
      });

      const stored = await get(provenance('bcr'));
      expect(stored.status).toBe(200);
      expect(stored.body.id).toBe(res.body.id);
      expect(stored.body.document).toEqual(bcrBundle());
      const byDigest = await get(`/artifacts/sha256:${BCR_SHA}/provenance`);
      expect(byDigest.body).toMatchObject({
        id: res.body.id,
        provenanceStatus: 'PROVENANCE_VERIFIED',
      });
    });

    it("reads the artifact by its id, not by listing the trail's artifacts", async () => {
      const other = (await post('/trails', { flowId, name: 'x' })).body.id;
      const sql: string[] = [];
      const record = (query: { sql: string }) => sql.push(query.sql);
      knex.on('query', record);
      try {
        expect((await get(provenance('bcr'))).status).toBe(200);
        expect(
          (await get(`/trails/${other}/artifacts/${artifacts.bcr}/provenance`))
            .status,
        ).toBe(404);
      } finally {
        knex.off('query', record);
      }
      const artifactReads = sql.filter(q => /from [`"]artifacts[`"]/i.test(q));
      expect(artifactReads.length).toBeGreaterThanOrEqual(2);
      for (const q of artifactReads) {
        expect(q).toMatch(/where [`"]id[`"] = /i);
        expect(q).toMatch(/limit /i);
      }
    });

    it('records a DSSE envelope and a bare statement as unverified: nothing to check the signature with', async () => {
      const res = await post(provenance('go'), goEnvelope());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        format: 'dsse-envelope',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        builderId:
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml@refs/tags/v1.0.0',
        sourceRepositoryUri:
          'https://github.com/slsa-framework/example-package',
        sourceCommitSha: 'd70c04dd708c8d9246c3b8d0db108bb444e3e203',
        provenanceStatus: 'PROVENANCE_UNVERIFIED',
        slsaLevel: 'L1',
      });
      expect(
        res.body.checks.find((c: { check: string }) => c.check === 'signature'),
      ).toMatchObject({
        result: 'NOT_CHECKED',
        detail: expect.stringContaining('send its Sigstore bundle'),
      });
      const statement = await post(
        provenance('go'),
        json('slsa-github-generator-go-v1.0.0.provenance-v0.2.statement.json'),
      );
      expect(statement.status).toBe(201);
      expect(statement.body).toMatchObject({
        format: 'in-toto-statement',
        provenanceStatus: 'PROVENANCE_UNVERIFIED',
      });
      // The latest recorded is the artifact's provenance.
      expect((await get(provenance('go'))).body.id).toBe(statement.body.id);
    });

    it("accepts OpenFactstore's plain fields, unsigned, at level 1 whatever level they claim", async () => {
      const res = await post(provenance('other'), {
        builderId: 'https://jenkins.example.com/job/build',
        builderType: 'JENKINS',
        sourceCommitSha: 'abc123',
        slsaLevel: 'L3',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        format: 'fields',
        builderType: 'JENKINS',
        slsaLevel: 'L1',
        provenanceStatus: 'PROVENANCE_UNVERIFIED',
      });
    });

    it('refuses provenance about another artifact or with a broken signature, storing nothing', async () => {
      const before = (await get(provenance('other'))).body.id;
      // A real bundle about a different digest.
      const mismatch = await post(provenance('other'), bcrBundle());
      expect(mismatch.status).toBe(422);
      expect(mismatch.body.error.message).toMatch(
        /subjectDigest: no subject has the artifact's digest/,
      );
      // npm's registry attestations name the package by sha512 only.
      const npm = await post(
        provenance('other'),
        json('npm-registry-attestations.sigstore.json'),
      );
      expect(npm.status).toBe(422);
      expect(npm.body.error.message).toMatch(/sha512/);
      // The subject rewritten to this artifact's digest: the signature no longer verifies.
      const forged = bcrBundle();
      const statement = JSON.parse(
        Buffer.from(forged.dsseEnvelope.payload, 'base64').toString(),
      );
      statement.subject[0].digest.sha256 = 'ab'.repeat(32);
      forged.dsseEnvelope.payload = Buffer.from(
        JSON.stringify(statement),
      ).toString('base64');
      const tampered = await post(provenance('other'), forged);
      expect(tampered.status).toBe(422);
      expect(tampered.body.error.message).toMatch(/signature: /);
      expect((await get(provenance('other'))).body.id).toBe(before);
    });

    it('verifies again on demand, with the builder, source and signer expected', async () => {
      const ok = await post(`${provenance('bcr')}/verify`, {
        builderId: BCR_SIGNER,
        sourceRepositoryUri: 'https://github.com/aspect-build/rules_lint',
        certificateIdentity: BCR_SIGNER,
        certificateIssuer: 'https://token.actions.githubusercontent.com',
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        artifactId: artifacts.bcr,
        provenanceStatus: 'PROVENANCE_VERIFIED',
        verified: true,
        slsaLevel: 'L2',
        trustRoot: expect.stringContaining('public-good'),
      });
      expect(
        ok.body.checks.map((c: { check: string; result: string }) => [
          c.check,
          c.result,
        ]),
      ).toEqual([
        ['subjectDigest', 'PASSED'],
        ['predicateType', 'PASSED'],
        ['signature', 'PASSED'],
        ['builderId', 'PASSED'],
        ['sourceRepository', 'PASSED'],
        ['certificateIdentity', 'PASSED'],
        ['certificateIssuer', 'PASSED'],
      ]);

      const wrong = await post(`${provenance('bcr')}/verify`, {
        builderId: 'https://github.com/evil/builder',
      });
      expect(wrong.body).toMatchObject({
        provenanceStatus: 'PROVENANCE_FAILED',
        verified: false,
        slsaLevel: 'L0',
        message: expect.stringContaining('builderId: builder id is'),
      });

      const unsigned = await post(`${provenance('go')}/verify`, {
        certificateIdentity: 'https://github.com/x',
      });
      expect(unsigned.body.checks).toContainEqual(
        expect.objectContaining({
          check: 'certificateIdentity',
          result: 'FAILED',
        }),
      );
    });

    it('refuses bad bodies and ids with the field named', async () => {
      const empty = await post(provenance('go'), {});
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toMatch(/in-toto statement \(_type\)/);
      const sbom = await post(
        provenance('go'),
        json('trivy-centos-7-cyclonedx.statement.json'),
      );
      expect(sbom.status).toBe(400);
      expect(sbom.body.error.message).toMatch(
        /body\.predicateType: must be SLSA provenance/,
      );
      const envelope = { ...goEnvelope(), payloadType: 'text/plain' };
      expect(
        (await post(provenance('go'), envelope)).body.error.message,
      ).toMatch(/body\.payloadType/);
      const garbage = { ...goEnvelope(), payload: 'bm90IGpzb24=' };
      expect(
        (await post(provenance('go'), garbage)).body.error.message,
      ).toMatch(/payload: must be a base64 in-toto statement/);
      expect(
        (await post(`${provenance('bcr')}/verify`, { builder: 'x' })).status,
      ).toBe(400);
      expect(
        (await get(`/trails/${trailId}/artifacts/nope/provenance`)).body.error
          .message,
      ).toMatch(/artifactId: must be a UUID/);
      expect(
        (
          await get(
            `/trails/${trailId}/artifacts/00000000-0000-4000-8000-000000000000/provenance`,
          )
        ).status,
      ).toBe(404);
      expect((await get('/artifacts/xyz/provenance')).status).toBe(400);
      expect(
        (await get(`/artifacts/${'cd'.repeat(32)}/provenance`)).status,
      ).toBe(404);
      expect(
        (await backend.http.get(`${API}${provenance('bcr')}`)).status,
      ).toBe(401);
      expect(
        (
          await backend.http
            .post(`${API}${provenance('bcr')}`)
            .send(bcrBundle())
        ).status,
      ).toBe(401);
    });
  },
);

describe('factstore provenance with its own trust root and without the permission', () => {
  it('checks signatures against the configured trust root only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factstore-trust-'));
    const path = join(dir, 'trusted_root.json');
    writeFileSync(
      path,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
      }),
    );
    const backend = await startPluginBackend({
      features: [factstorePlugin],
      config: {
        factstore: { provenance: { sigstore: { trustedRootPath: path } } },
      },
    });
    try {
      const flow = (
        await backend.http.post(`${API}/flows`).set(jane).send({ name: 'f' })
      ).body;
      const trail = (
        await backend.http
          .post(`${API}/trails`)
          .set(ci)
          .send({ flowId: flow.id, name: 't' })
      ).body;
      const artifact = (
        await backend.http
          .post(`${API}/trails/${trail.id}/artifacts`)
          .set(ci)
          .send({ name: 'bcr', sha256Digest: BCR_SHA })
      ).body;
      const res = await backend.http
        .post(`${API}/trails/${trail.id}/artifacts/${artifact.id}/provenance`)
        .set(ci)
        .send(bcrBundle());
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(
        new RegExp(`signature: .*the trust root in ${path}`),
      );
    } finally {
      await backend.stop();
    }
  });

  it('refuses recording provenance with 403', async () => {
    const backend = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
    });
    try {
      const res = await backend.http
        .post(
          `${API}/trails/00000000-0000-4000-8000-000000000000/artifacts/00000000-0000-4000-8000-000000000001/provenance`,
        )
        .set(ci)
        .send(bcrBundle());
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/factstore\.provenance\.record/);
    } finally {
      await backend.stop();
    }
  });
});
