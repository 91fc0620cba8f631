import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(120_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const fixture = (name: string) =>
  JSON.parse(readFileSync(fixturePath('webhooks', name), 'utf8'));
/** Codertocat's PR #2 of Hello-World, as GitHub's API gives it (closed, not merged). */
const githubPr = fixture('github-pull_request.closed.json').pull_request;
/** GitLab's merge request !1 (opened), as its webhook carries it. */
const gitlabMr = fixture('gitlab-merge_request.json').object_attributes;
const COMMIT = githubPr.head.sha;

describe.each(databases.eachSupportedId())(
  'factstore pull-request attestations on %s',
  databaseId => {
    let backend: PluginBackend;
    let trailId: string;
    let flowId: string;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
      const flow = await backend.http
        .post(`${API}/flows`)
        .set(jane)
        .send({ name: 'reviewed', requiredAttestations: ['pull_request'] });
      flowId = flow.body.id;
      trailId = (
        await backend.http
          .post(`${API}/trails`)
          .set(ci)
          .send({ flowId, name: 'main-1', gitCommitSha: COMMIT })
      ).body.id;
    });
    afterAll(() => backend.stop());

    const attest = (body: object, trail = trailId) =>
      backend.http
        .post(`${API}/trails/${trail}/attestations/pull-request`)
        .set(ci)
        .send(body);
    const compliance = async () =>
      (await backend.http.get(`${API}/trails/${trailId}`).set(jane)).body;

    it('decides from GitHub facts: merge state and approvals besides the author', async () => {
      const closed = await attest({
        provider: 'github',
        repository: 'Codertocat/Hello-World',
        commitSha: COMMIT,
        pullRequests: [
          {
            ...githubPr,
            reviews: [{ user: { login: 'octocat' }, state: 'APPROVED' }],
          },
        ],
      });
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({
        type: 'pull_request',
        name: 'pull-request',
        status: 'FAILED',
        statusReason:
          'pull-request: #2 closed, 1 approval (octocat); none open or merged with 1 approval besides its author',
        details: {
          provider: 'GITHUB',
          pullRequests: [
            {
              number: 2,
              state: 'CLOSED',
              author: 'Codertocat',
              url: 'https://github.com/Codertocat/Hello-World/pull/2',
              headSha: COMMIT,
            },
          ],
        },
      });

      const merged = {
        ...githubPr,
        merged: true,
        merged_at: '2019-05-15T15:20:40Z',
        reviews: [
          { user: { login: 'Codertocat' }, state: 'APPROVED' },
          { user: { login: 'hubot' }, state: 'APPROVED' },
          { user: { login: 'octocat' }, state: 'APPROVED' },
          { user: { login: 'octocat' }, state: 'CHANGES_REQUESTED' },
        ],
      };
      const passed = await attest({
        provider: 'GITHUB',
        repository: 'Codertocat/Hello-World',
        commitSha: COMMIT,
        pullRequests: [merged],
      });
      expect(passed.body.status).toBe('PASSED');
      expect(passed.body.details.pullRequests[0]).toMatchObject({
        state: 'MERGED',
        approvers: ['hubot'],
      });
      expect((await compliance()).compliance.status).toBe('COMPLIANT');

      const stricter = await attest({
        provider: 'GITHUB',
        repository: 'Codertocat/Hello-World',
        commitSha: COMMIT,
        minApprovals: 2,
        pullRequests: [merged],
      });
      expect(stricter.body.status).toBe('FAILED');
      expect((await compliance()).compliance.status).toBe('NON-COMPLIANT');
    });

    it('decides from GitLab facts', async () => {
      const res = await attest({
        provider: 'GITLAB',
        repository: 'diaspora/diaspora',
        commitSha: COMMIT,
        name: 'mr-review',
        pullRequests: [
          { ...gitlabMr, approved_by: [{ user: { username: 'root' } }] },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name: 'mr-review', status: 'PASSED' });
      expect(res.body.details.pullRequests[0]).toMatchObject({
        number: 1,
        state: 'OPEN',
        url: 'http://example.com/diaspora/merge_requests/1',
        approvers: ['root'],
      });
    });

    it('without a pull request: FAILED, or 422 with nothing stored when asked to assert', async () => {
      const none = await attest({
        provider: 'GITHUB',
        repository: 'acme/app',
        commitSha: COMMIT,
      });
      expect(none.body).toMatchObject({
        status: 'FAILED',
        statusReason: `pull-request: no GITHUB pull request was found for commit ${COMMIT}`,
      });
      const before = (
        await backend.http
          .get(`${API}/trails/${trailId}/attestations`)
          .set(jane)
      ).body.length;
      const asserted = await attest({
        provider: 'GITHUB',
        repository: 'acme/app',
        commitSha: COMMIT,
        assertOnMissing: true,
      });
      expect(asserted.status).toBe(422);
      expect(asserted.body.error.message).toMatch(/no GITHUB pull request/);
      expect(
        (
          await backend.http
            .get(`${API}/trails/${trailId}/attestations`)
            .set(jane)
        ).body.length,
      ).toBe(before);
    });

    describe("seed 002's body: a pull request named by owner, repository and number", () => {
      const seedBody = {
        organisationSlug: 'acme-corp',
        provider: 'github',
        repositoryOwner: 'my-org',
        repositoryName: 'my-service',
        prNumber: 42,
      };
      let seedTrailId: string;
      beforeAll(async () => {
        seedTrailId = (
          await backend.http
            .post(`${API}/trails`)
            .set(ci)
            .send({ flowId, name: 'seed-pr', gitCommitSha: COMMIT })
        ).body.id;
      });
      const attestations = async () =>
        (
          await backend.http
            .get(`${API}/trails/${seedTrailId}/attestations`)
            .set(jane)
        ).body;

      it('is recorded with its reference, FAILED as unverified (no SCM integration), and keeps the trail from compliance', async () => {
        const res = await attest(seedBody, seedTrailId);
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
          type: 'pull_request',
          name: 'pull-request',
          status: 'FAILED',
          statusReason:
            'pull-request: GITHUB my-org/my-service#42 was not verified: no SCM integration is configured to read it; send the pull request in pullRequests[] (with repository and commitSha) to decide it',
          description: 'GITHUB pull request my-org/my-service#42',
          details: {
            provider: 'GITHUB',
            repository: 'my-org/my-service',
            repositoryOwner: 'my-org',
            repositoryName: 'my-service',
            prNumber: 42,
            organisationSlug: 'acme-corp',
            verified: false,
          },
        });
        const trail = (
          await backend.http.get(`${API}/trails/${seedTrailId}`).set(jane)
        ).body;
        expect(trail.compliance.status).toBe('NON-COMPLIANT');
        expect(trail.compliance.reasons).toEqual([
          expect.stringMatching(/"pull_request" attestation .* is FAILED/),
        ]);

        // The facts sent inline afterwards decide: the latest attestation wins.
        const merged = {
          ...githubPr,
          merged: true,
          reviews: [{ user: { login: 'hubot' }, state: 'APPROVED' }],
        };
        const verified = await attest(
          {
            provider: 'GITHUB',
            repository: 'my-org/my-service',
            commitSha: COMMIT,
            pullRequests: [merged],
          },
          seedTrailId,
        );
        expect(verified.body.status).toBe('PASSED');
        expect(
          (await backend.http.get(`${API}/trails/${seedTrailId}`).set(jane))
            .body.compliance.status,
        ).toBe('COMPLIANT');
      });

      it('with assertOnMissing: 422, nothing stored', async () => {
        const before = (await attestations()).length;
        const res = await attest(
          { ...seedBody, assertOnMissing: true },
          seedTrailId,
        );
        expect(res.status).toBe(422);
        expect(res.body.error.message).toMatch(
          /my-org\/my-service#42 was not verified/,
        );
        expect(await attestations()).toHaveLength(before);
      });

      it('refuses a body missing owner, repository or number, naming the field', async () => {
        const before = (await attestations()).length;
        const { repositoryOwner: _o, ...noOwner } = seedBody;
        const { repositoryName: _n, ...noName } = seedBody;
        const { prNumber: _p, ...noNumber } = seedBody;
        const cases = [
          [noOwner, /^Invalid request body: body\.repositoryOwner: /],
          [noName, /^Invalid request body: body\.repositoryName: /],
          [noNumber, /^Invalid request body: body\.prNumber: /],
          [{ ...seedBody, prNumber: '42' }, /body\.prNumber: .*number/],
          [{ ...seedBody, prNumber: 0 }, /body\.prNumber: /],
          [{ ...seedBody, prNumber: 2 ** 31 }, /body\.prNumber: /],
          [{ ...seedBody, repositoryOwner: 'a b' }, /body\.repositoryOwner: /],
          [{ ...seedBody, repositoryName: 'a/b' }, /body\.repositoryName: /],
          [{ ...seedBody, provider: 'svn' }, /body\.provider: must be one of/],
          [
            { ...seedBody, organisationSlug: 'x'.repeat(256) },
            /body\.organisationSlug: /,
          ],
          [
            { ...seedBody, commitSha: COMMIT, pullRequests: [] },
            /body: .*repositoryOwner.*pullRequests/,
          ],
          [
            { provider: 'github' },
            /body\.repositoryOwner: .*body\.repositoryName: .*body\.prNumber: /,
          ],
        ] as const;
        for (const [body, message] of cases) {
          const res = await attest(body, seedTrailId);
          expect([JSON.stringify(body), res.status]).toEqual([
            JSON.stringify(body),
            400,
          ]);
          expect(res.body.error.message).toMatch(message);
        }
        expect(await attestations()).toHaveLength(before);
        expect(
          (await attest(seedBody, '00000000-0000-4000-8000-000000000000'))
            .status,
        ).toBe(404);
      });
    });

    it('refuses bad input naming the field', async () => {
      const cases = [
        [
          { provider: 'bitbucket', repository: 'a/b', commitSha: COMMIT },
          /body.provider: must be one of GITHUB, GITLAB/,
        ],
        [
          { provider: 'GITHUB', repository: 'a/b', commitSha: 'zz' },
          /body.commitSha: must be a git commit SHA/,
        ],
        [
          {
            provider: 'GITHUB',
            repository: 'a/b',
            commitSha: COMMIT,
            pullRequests: [{ number: 1, state: 'merged' }],
          },
          /body.pullRequests\[0\].state/,
        ],
      ] as const;
      for (const [body, message] of cases) {
        const res = await attest(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      }
      expect(
        (
          await attest(
            { provider: 'GITHUB', repository: 'a/b', commitSha: COMMIT },
            '00000000-0000-4000-8000-000000000000',
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await backend.http
            .post(`${API}/trails/${trailId}/attestations/pull-request`)
            .send({})
        ).status,
      ).toBe(401);
    });
  },
);
