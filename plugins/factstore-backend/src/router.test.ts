import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { factstorePlugin } from './plugin';

const databases = createTestDatabases();
const API = '/api/factstore/api/v1';
const user = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const digest = (seed: string) =>
  createHash('sha256').update(seed).digest('hex');

describe.each(databases.eachSupportedId())(
  'factstore OpenFactstore v1 routes on %s',
  databaseId => {
    let backend: PluginBackend;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex,
        config: { factstore: { evidence: { maxBytes: 64 * 1024 } } },
      });
    });
    afterAll(() => backend.stop());

    const post = (
      path: string,
      body: object,
      headers: Record<string, string> = user,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers: Record<string, string> = user) =>
      backend.http.get(`${API}${path}`).set(headers);

    async function flowWithTrail(name: string, flow: object = {}) {
      const created = await post('/flows', {
        name,
        requiredAttestations: ['junit', 'snyk'],
        ...flow,
      });
      expect(created.status).toBe(201);
      const trail = await post(
        '/trails',
        { flowId: created.body.id, name: 'build-1' },
        ci,
      );
      expect(trail.status).toBe(201);
      return { flow: created.body, trail: trail.body };
    }

    it('serves health without credentials and refuses everything else without them', async () => {
      expect((await backend.http.get('/api/factstore/health')).status).toBe(
        200,
      );
      expect((await backend.http.get(`${API}/flows`)).status).toBe(401);
      expect((await backend.http.post(`${API}/assert`).send({})).status).toBe(
        401,
      );
    });

    it('creates, reads, updates, lists and deletes a flow; names are unique', async () => {
      const created = await post('/flows', {
        name: 'payments',
        description: 'd',
        requiredAttestations: ['junit'],
        tags: { team: 'pay' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'payments',
        org: 'default',
        requiredAttestations: ['junit'],
        tags: { team: 'pay' },
        createdBy: 'user:default/jane',
      });
      expect((await post('/flows', { name: 'payments' })).status).toBe(409);
      expect((await get(`/flows/${created.body.id}`)).body.name).toBe(
        'payments',
      );
      const updated = await backend.http
        .put(`${API}/flows/${created.body.id}`)
        .set(user)
        .send({ description: 'new', requiredAttestations: ['junit', 'trivy'] });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        description: 'new',
        requiredAttestations: ['junit', 'trivy'],
      });
      const template = await get(`/flows/${created.body.id}/template`);
      expect(template.type).toBe('application/yaml');
      expect(template.text).toContain('type: trivy');
      expect(
        (await get('/flows')).body.map((f: { name: string }) => f.name),
      ).toContain('payments');
      expect(
        (await backend.http.delete(`${API}/flows/${created.body.id}`).set(user))
          .status,
      ).toBe(204);
      expect((await get(`/flows/${created.body.id}`)).status).toBe(404);
    });

    it('answers 400 naming the field for bad input, never 500', async () => {
      const bad = await post('/flows', {
        name: 'has spaces',
        requiredAttestations: 'junit',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/body\.name/);
      expect(bad.body.error.message).toMatch(/body\.requiredAttestations/);
      expect((await get('/flows/not-a-uuid')).status).toBe(400);
      const badDigest = await post('/assert', {
        flowId: '00000000-0000-4000-8000-000000000000',
        sha256Digest: 'sha256:abc',
      });
      expect(badDigest.status).toBe(400);
      expect(badDigest.body.error.message).toMatch(/body\.sha256Digest/);
      expect((await get('/artifacts?sha256=nothex')).status).toBe(400);
      const ciHeader = await post(
        '/trails',
        { flowId: '00000000-0000-4000-8000-000000000000' },
        { ...user, 'X-Factstore-CI-Context': 'travis' },
      );
      expect(ciHeader.status).toBe(400);
      expect(ciHeader.body.error.message).toMatch(/x-factstore-ci-context/);
      expect(
        (
          await post('/trails', {
            flowId: '00000000-0000-4000-8000-000000000000',
          })
        ).status,
      ).toBe(422);
    });

    it('answers 4xx, not 500, to malformed JSON, broken multipart and odd query strings', async () => {
      const badJson = await backend.http
        .post(`${API}/flows`)
        .set({ ...user, 'Content-Type': 'application/json' })
        .send('{"name":');
      expect(badJson.status).toBe(400);
      const { trail } = await flowWithTrail('malformed');
      const att = (
        await post(
          `/trails/${trail.id}/attestations`,
          { type: 'junit', status: 'PASSED' },
          ci,
        )
      ).body;
      const brokenMultipart = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.id}/evidence`)
        .set({ ...ci, 'Content-Type': 'multipart/form-data' })
        .send('--x\r\nnot really');
      expect(brokenMultipart.status).toBe(400);
      const notMultipart = await post(
        `/trails/${trail.id}/attestations/${att.id}/evidence`,
        { file: 'x' },
        ci,
      );
      expect(notMultipart.status).toBe(400);
      expect((await get(`/trails?limit=abc`)).status).toBe(400);
      expect((await get(`/trails?limit=5000`)).status).toBe(400);
      expect((await get(`/artifacts?sha256[]=a`)).status).toBe(400);
      expect(
        (await post(`/trails/${trail.id}/attestations`, [1, 2], ci)).status,
      ).toBe(400);
      expect(
        (
          await post(
            `/trails/00000000-0000-4000-8000-000000000000/attestations`,
            { type: 'junit', status: 'PASSED' },
            ci,
          )
        ).status,
      ).toBe(404);
    });

    it('fills trail git fields from the CI environment named by X-Factstore-CI-Context; body fields win', async () => {
      const flow = (await post('/flows', { name: 'ci-context' })).body;
      const res = await post(
        '/trails',
        {
          flowId: flow.id,
          gitAuthor: 'explicit',
          ciEnvironment: {
            GITHUB_SHA: 'a'.repeat(40),
            GITHUB_REF: 'refs/pull/42/merge',
            GITHUB_HEAD_REF: 'feature',
            GITHUB_ACTOR: 'octocat',
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_REPOSITORY: 'o/r',
            GITHUB_RUN_ID: '7',
          },
        },
        { ...ci, 'X-Factstore-CI-Context': 'github-actions' },
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        gitCommitSha: 'a'.repeat(40),
        gitBranch: 'feature',
        gitAuthor: 'explicit',
        pullRequestNumber: 42,
        buildUrl: 'https://github.com/o/r/actions/runs/7',
        ciContext: 'github-actions',
        createdBy: 'external:ci',
      });
      expect((await get(`/trails?flowId=${flow.id}`)).body).toHaveLength(1);
      expect((await get(`/flows/${flow.id}/trails`)).body[0].id).toBe(
        res.body.id,
      );
      expect((await get(`/trails/${res.body.id}`)).body.name).toBe(
        res.body.name,
      );
    });

    it("creates a trail from the seed's example body as written", async () => {
      const flow = (await post('/flows', { name: 'seed-example' })).body;
      const body = {
        flowId: flow.id,
        gitCommitSha: 'abc123',
        gitBranch: 'main',
        gitAuthor: 'alice',
        gitAuthorEmail: 'alice@example.com',
        pullRequestNumber: 42,
        buildUrl: 'https://ci.example.com/builds/123',
      };
      const res = await post('/trails', body, ci);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject(body);
      // Optional fields sent as null, as OpenFactstore's clients serialise them, are absent.
      const nulls = await post(
        '/trails',
        {
          flowId: flow.id,
          name: 'nulls',
          gitCommitSha: 'abc1234',
          gitBranch: null,
          gitAuthor: null,
          pullRequestNumber: null,
          buildUrl: null,
        },
        ci,
      );
      expect(nulls.status).toBe(201);
      expect(nulls.body.gitBranch ?? null).toBeNull();
      expect(nulls.body.pullRequestNumber ?? null).toBeNull();
      const tooShort = await post(
        '/trails',
        { flowId: flow.id, gitCommitSha: 'abc' },
        ci,
      );
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.error.message).toMatch(
        /body\.gitCommitSha: must be a git commit hash \(4-64 hex\)/,
      );
    });

    it('reports artifacts idempotently and finds them by digest', async () => {
      const { trail } = await flowWithTrail('artifacts');
      const sha = digest('artifacts');
      const first = await post(
        `/trails/${trail.id}/artifacts`,
        { name: 'app', sha256Digest: `sha256:${sha}`, tag: 'v1' },
        ci,
      );
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        sha256Digest: `sha256:${sha}`,
        reportedBy: 'external:ci',
      });
      const again = await post(
        `/trails/${trail.id}/artifacts`,
        { name: 'app', sha256Digest: sha.toUpperCase() },
        ci,
      );
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      expect((await get(`/trails/${trail.id}/artifacts`)).body).toHaveLength(1);
      expect(
        (await get(`/artifacts?sha256=sha256:${sha}`)).body[0],
      ).toMatchObject({ trailId: trail.id, name: 'app' });
    });

    it('records attestations with the caller as attester and uploads evidence content-addressed, parsing JUnit', async () => {
      const { trail } = await flowWithTrail('evidence');
      const att = await post(
        `/trails/${trail.id}/attestations`,
        {
          type: 'junit',
          status: 'PASSED',
          metadata: { total: 3 },
          attestedBy: 'someone-else',
        },
        ci,
      );
      expect(att.status).toBe(201);
      expect(att.body).toMatchObject({
        type: 'junit',
        status: 'PASSED',
        attestedBy: 'external:ci',
      });
      const xml = readFileSync(fixturePath('junit', 'jest-junit.failures.xml'));
      const up = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.body.id}/evidence`)
        .set(ci)
        .attach('file', xml, 'results.xml');
      expect(up.status).toBe(201);
      expect(up.body.sha256).toBe(
        `sha256:${createHash('sha256').update(xml).digest('hex')}`,
      );
      expect(up.body.sizeBytes).toBe(xml.length);
      expect(up.body.junit.failures).toBeGreaterThan(0);
      const listed = (await get(`/trails/${trail.id}/attestations`)).body;
      expect(listed[0].evidence).toMatchObject({
        sha256: createHash('sha256').update(xml).digest('hex'),
        fileName: 'results.xml',
      });
      const download = await backend.http
        .get(`${API}/trails/${trail.id}/attestations/${att.body.id}/evidence`)
        .set(user)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(Buffer.compare(download.body, xml)).toBe(0);
      // Evidence is attached once.
      const twice = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.body.id}/evidence`)
        .set(ci)
        .attach('file', xml, 'results.xml');
      expect(twice.status).toBe(409);
    });

    it('refuses evidence above the configured size and JUnit evidence that does not parse', async () => {
      const { trail } = await flowWithTrail('evidence-limits');
      const att = (
        await post(
          `/trails/${trail.id}/attestations`,
          { type: 'junit', status: 'PASSED' },
          ci,
        )
      ).body;
      const big = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.id}/evidence`)
        .set(ci)
        .attach('file', Buffer.alloc(65 * 1024, 1), 'big.bin');
      expect(big.status).toBe(413);
      const broken = await backend.http
        .post(`${API}/trails/${trail.id}/attestations/${att.id}/evidence`)
        .set(ci)
        .attach('file', Buffer.from('<testsuite><testcase'), 'r.xml');
      // A report that does not parse is the client's mistake (400), naming the format tried.
      expect(broken.status).toBe(400);
      expect(broken.body.error.message).toMatch(
        /^Invalid report in file: tried junit: not well-formed XML/,
      );
      expect(
        (await get(`/trails/${trail.id}/attestations`)).body[0].evidence,
      ).toBeUndefined();
    });

    describe('assert truth table', () => {
      let flowId: string;
      let trailId: string;
      const sha = digest('assert');
      const assert = async () =>
        (await post('/assert', { flowId, sha256Digest: `sha256:${sha}` })).body;
      const attest = (type: string, status: string) =>
        post(`/trails/${trailId}/attestations`, { type, status }, ci);

      beforeAll(async () => {
        const { flow, trail } = await flowWithTrail('truth-table');
        flowId = flow.id;
        trailId = trail.id;
      });

      it('unknown artifact: not compliant, everything missing', async () => {
        const result = await assert();
        expect(result).toMatchObject({
          compliant: false,
          missingAttestations: ['junit', 'snyk'],
        });
        expect(result.reasons[0]).toMatch(/no artifact/);
      });

      it('missing types are named', async () => {
        await post(
          `/trails/${trailId}/artifacts`,
          { name: 'svc', sha256Digest: sha },
          ci,
        );
        await attest('junit', 'PASSED');
        const result = await assert();
        expect(result).toMatchObject({
          compliant: false,
          missingAttestations: ['snyk'],
          failedAttestations: [],
        });
        expect(result.verificationSummary).toMatchObject({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: 'svc', digest: { sha256: sha } }],
          predicateType: 'https://slsa.dev/verification_summary/v1',
          predicate: { verificationResult: 'FAILED' },
        });
      });

      it('failed types are named', async () => {
        await attest('snyk', 'FAILED');
        expect(await assert()).toMatchObject({
          compliant: false,
          missingAttestations: [],
          failedAttestations: ['snyk'],
        });
      });

      it('a later PASSED overrides an earlier FAILED', async () => {
        await attest('snyk', 'PASSED');
        const result = await assert();
        expect(result).toMatchObject({
          compliant: true,
          missingAttestations: [],
          failedAttestations: [],
          reasons: [],
        });
        expect(result.verificationSummary.predicate).toMatchObject({
          verificationResult: 'PASSED',
          verifiedLevels: ['FACTSTORE_FLOW_COMPLIANT'],
        });
      });

      it('a later FAILED overrides an earlier PASSED', async () => {
        await attest('junit', 'FAILED');
        expect(await assert()).toMatchObject({
          compliant: false,
          failedAttestations: ['junit'],
        });
        await attest('junit', 'PASSED');
        expect((await assert()).compliant).toBe(true);
      });

      it('an attestation about another artifact in the trail does not count', async () => {
        await post(
          `/trails/${trailId}/attestations`,
          { type: 'snyk', status: 'FAILED', artifactSha256: digest('other') },
          ci,
        );
        expect((await assert()).compliant).toBe(true);
        await post(
          `/trails/${trailId}/attestations`,
          { type: 'snyk', status: 'FAILED', artifactSha256: sha },
          ci,
        );
        expect(await assert()).toMatchObject({
          compliant: false,
          failedAttestations: ['snyk'],
        });
      });
    });

    it('X-Dry-Run answers as if done and stores nothing', async () => {
      const dry = await post(
        '/flows',
        { name: 'dry' },
        { ...user, 'X-Dry-Run': 'true' },
      );
      expect(dry.status).toBe(201);
      expect(dry.body).toMatchObject({ name: 'dry', id: expect.any(String) });
      expect((await get(`/flows/${dry.body.id}`)).status).toBe(404);
      const { trail } = await flowWithTrail('dry-trail');
      const att = await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'PASSED' },
        { ...ci, 'X-Dry-Run': 'true' },
      );
      expect(att.status).toBe(201);
      expect((await get(`/trails/${trail.id}/attestations`)).body).toEqual([]);
      // Validation still applies.
      expect(
        (await post('/flows', { name: '' }, { ...user, 'X-Dry-Run': 'true' }))
          .status,
      ).toBe(400);
      expect(
        (await post('/flows', { name: 'x' }, { ...user, 'X-Dry-Run': 'maybe' }))
          .status,
      ).toBe(400);
    });

    it('security thresholds: defaults, then set', async () => {
      const flow = (await post('/flows', { name: 'thresholds' })).body;
      expect(
        (await get(`/flows/${flow.id}/security-thresholds`)).body,
      ).toMatchObject({
        maxCritical: 0,
        maxHigh: 0,
        maxMedium: 10,
        isDefault: true,
      });
      const set = await post(`/flows/${flow.id}/security-thresholds`, {
        maxCritical: 0,
        maxHigh: 2,
        maxMedium: 5,
        maxLow: 50,
      });
      expect(set.status).toBe(200);
      expect(
        (await get(`/flows/${flow.id}/security-thresholds`)).body,
      ).toMatchObject({
        maxHigh: 2,
        maxLow: 50,
        updatedBy: 'user:default/jane',
      });
      expect(
        (await post(`/flows/${flow.id}/security-thresholds`, { maxHigh: -1 }))
          .status,
      ).toBe(400);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'factstore permissions on %s',
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

    it('DENY on factstore.flow.manage is 403 and nothing is stored', async () => {
      const res = await backend.http
        .post(`${API}/flows`)
        .set(user)
        .send({ name: 'denied' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/factstore\.flow\.manage/);
      expect((await backend.http.get(`${API}/flows`).set(user)).body).toEqual(
        [],
      );
    });
  },
);
