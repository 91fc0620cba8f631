import { authHeaders } from '@fawkes/test-kit';
import {
  beginTrail,
  cliHeaders,
  createFlow,
  expectGoShape,
  HOST,
  kosli,
  must,
  onEachDatabase,
  ORG,
  sha,
  type GoShape,
} from '../__testUtils__/kosliCli';

/*
 * Conformance with the approval commands of the Kosli CLI up to v2.34.0 (removed in v2.35):
 * report/request approval (reportApproval.go `ApprovalPayload`), assert approval, get approval,
 * list approvals. A reported approval is a request until a Backstage user decides it.
 */

const COMMIT = 'b'.repeat(40);
const IMAGE = sha('approved-image');

/** getApproval.go / listApprovals.go type assertions. */
const approvalShape: GoShape = {
  release_number: 'number',
  base_artifact: 'string',
  artifact_name: 'string',
  state: 'string',
  last_modified_at: 'number',
  approvals: [{ state: 'string', approved_by: 'string?', timestamp: 'number' }],
  src_commit_list: [
    { commit_sha: 'string', artifact_fingerprints: ['string'] },
  ],
};

onEachDatabase('Kosli CLI v2.34 approvals', server => {
  beforeAll(async () => {
    await must(createFlow(server(), 'releases'), 201);
    await must(
      beginTrail(server(), 'releases', {
        name: 'r1',
        git_commit_info: { sha1: COMMIT },
      }),
      201,
    );
    await must(
      kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/releases`, {
        payload: { fingerprint: IMAGE, filename: 'rel:1', trail_name: 'r1' },
      }),
      201,
    );
  });

  it('report approval with X-Dry-Run answers the approval it would record, and records nothing', async () => {
    const preview = await kosli(
      server(),
      'POST',
      `/api/v2/approvals/${ORG}/releases`,
      {
        payload: { artifact_fingerprint: IMAGE, description: 'preview' },
        headers: { ...cliHeaders(), 'X-Dry-Run': 'true' },
      },
    );
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({
      release_number: 1,
      state: 'PENDING',
      artifact_name: 'rel:1',
    });
    const listed = await kosli(
      server(),
      'GET',
      `/api/v2/approvals/${ORG}/releases`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([]);
  });

  it('report approval is a request; assert approval passes once a Backstage user approves it', async () => {
    // No approved commit yet: report approval sends every commit.
    const none = await kosli(
      server(),
      'GET',
      `/api/v2/approvals/${ORG}/releases/artifact-commit/prod`,
    );
    expect(none.body).toEqual({ commit_sha: null });
    const reported = await kosli(
      server(),
      'POST',
      `/api/v2/approvals/${ORG}/releases`,
      {
        payload: {
          artifact_fingerprint: IMAGE,
          environment: 'prod',
          description: 'release 1',
          src_commit_list: [COMMIT],
          approvals: [
            {
              state: 'APPROVED',
              comment: 'release 1',
              approved_by: 'someone',
              approval_url: 'undefined',
            },
          ],
          user_data: {},
        },
      },
    );
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({
      release_number: 1,
      state: 'PENDING',
    });

    const assertApproval = () =>
      kosli(
        server(),
        'GET',
        `/api/v2/artifacts/${ORG}/releases/${IMAGE}/approvals`,
      );
    const pending = await assertApproval();
    expectGoShape(pending.body, [approvalShape]);
    expect(pending.body.at(-1).state).toBe('PENDING');

    const approved = await server()
      .http.post(`${HOST}/api/v1/approvals/${reported.body.id}/approve`)
      .set(authHeaders.user('user:default/reviewer'))
      .send({ comment: 'ok' });
    expect(approved.status).toBe(200);
    const after = await assertApproval();
    expect(after.body.at(-1)).toMatchObject({
      state: 'APPROVED',
      release_number: 1,
      approvals: [{ state: 'APPROVED', approved_by: 'user:default/reviewer' }],
    });
    expect(
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/approvals/${ORG}/releases/artifact-commit/prod`,
        )
      ).body,
    ).toEqual({ commit_sha: COMMIT });

    // get approval releases (-1), releases#1; list approvals
    const latest = await kosli(
      server(),
      'GET',
      `/api/v2/approvals/${ORG}/releases/-1`,
    );
    expectGoShape(latest.body, approvalShape);
    expect(latest.body).toMatchObject({
      base_artifact: IMAGE,
      artifact_name: 'rel:1',
      src_commit_list: [{ commit_sha: COMMIT, artifact_fingerprints: [IMAGE] }],
    });
    expect(
      (await kosli(server(), 'GET', `/api/v2/approvals/${ORG}/releases/1`)).body
        .id,
    ).toBe(reported.body.id);
    expect(
      (await kosli(server(), 'GET', `/api/v2/approvals/${ORG}/releases/2`))
        .status,
    ).toBe(404);
    const list = await kosli(
      server(),
      'GET',
      `/api/v2/approvals/${ORG}/releases?page=1&per_page=15`,
    );
    expectGoShape(list.body, [approvalShape]);
    expect(list.body).toHaveLength(1);
    const unknown = await kosli(
      server(),
      'POST',
      `/api/v2/approvals/${ORG}/releases`,
      {
        payload: { artifact_fingerprint: sha('nope'), description: '' },
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/artifact_fingerprint/);
  });
});
