import {
  expectGoShape,
  kosli,
  beginTrail,
  createFlow,
  must,
  onEachDatabase,
  ORG,
  sha,
  type GoShape,
} from '../__testUtils__/kosliCli';

/*
 * Conformance with the Kosli CLI v2.38.0 for artifacts and attestations: get artifact
 * (FLOW@FINGERPRINT, FLOW:COMMIT), list artifacts, search, get attestation, the attestation
 * detail `evaluate trail` fetches (evaluateHelpers.go), and `status`.
 */

const COMMIT = `${'c0ffee'.repeat(6)}c0ff`;
const IMAGE = sha('image');

/** getArtifact.go printArtifactsJsonAsTable: each `.(string)` and `.([]interface{})` it asserts. */
const artifactShape: GoShape = {
  filename: 'string',
  flow_name: 'string',
  trail_name: 'string?',
  template_reference_name: 'string?',
  fingerprint: 'string',
  created_at: 'number',
  git_commit: 'string',
  commit_url: 'string',
  build_url: 'string',
  html_url: 'string',
  state: 'string',
  running: [{ environment_name: 'string', snapshot_index: 'number' }],
  exited: [{ environment_name: 'string', snapshot_index: 'number' }],
  history: [{ event: 'any', timestamp: 'number' }],
};
const resolved: GoShape = { type: 'string', count: 'int', matches: ['string'] };
/** search.go `SearchResponse`. */
const searchShape: GoShape = {
  resolved_to: {
    type: 'string',
    full_match: 'string',
    fingerprints: resolved,
    commits: resolved,
  },
  artifacts: [
    {
      fingerprint: 'string',
      name: 'string',
      flow: 'string',
      git_commit: 'string',
      has_provenance: 'bool',
      commit_url: 'string',
      build_url: 'string',
      html_url: 'string',
      compliance_state: 'string',
      running_in: ['string'],
      exited_from: ['string'],
      history: [{ event: 'any', timestamp: 'number' }],
    },
  ],
};
/** getAttestation.go `Attestation`. */
const attestationShape: GoShape = {
  attestation_name: 'string',
  attestation_type: 'string',
  is_compliant: 'bool',
  artifact_fingerprint: 'string?',
  created_at: 'number',
  html_url: 'string',
};

onEachDatabase('Kosli CLI v2.38 artifacts', server => {
  let attestationId = '';

  beforeAll(async () => {
    await must(createFlow(server(), 'svc'), 201);
    await must(
      beginTrail(server(), 'svc', {
        name: 'run',
        git_commit_info: { sha1: COMMIT, branch: 'main' },
      }),
      201,
    );
    await must(
      kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/svc`, {
        payload: {
          fingerprint: IMAGE,
          filename: 'acme/svc:1',
          trail_name: 'run',
          git_commit: COMMIT,
          build_url: 'https://ci.example/1',
          commit_url: `https://git.example/c/${COMMIT}`,
        },
      }),
      201,
    );
    const junit = await must(
      kosli(
        server(),
        'POST',
        `/api/v2/attestations/${ORG}/svc/trail/run/junit`,
        {
          form: {
            data: {
              attestation_name: 'tests',
              artifact_fingerprint: IMAGE,
              junit_results: [
                {
                  name: 's',
                  failures: 0,
                  errors: 0,
                  skipped: 0,
                  total: 2,
                  duration: 1,
                },
              ],
            },
          },
        },
      ),
      201,
    );
    attestationId = junit.body.id;
    await must(
      kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
        payload: { name: 'stage', type: 'server', description: '' },
      }),
      201,
    );
    await must(
      kosli(
        server(),
        'PUT',
        `/api/v2/environments/${ORG}/stage/report/server`,
        {
          payload: {
            artifacts: [
              { digests: { 'svc.jar': IMAGE }, creationTimestamp: 1732200000 },
            ],
          },
        },
      ),
      201,
    );
  });

  it('get artifact FLOW@FINGERPRINT and FLOW:COMMIT; list artifacts', async () => {
    const one = await kosli(
      server(),
      'GET',
      `/api/v2/artifacts/${ORG}/svc/fingerprint/${IMAGE}`,
    );
    expect(one.status).toBe(200);
    expectGoShape(one.body, artifactShape);
    expect(one.body).toMatchObject({
      filename: 'acme/svc:1',
      flow_name: 'svc',
      git_commit: COMMIT,
      state: 'COMPLIANT',
      running: [{ environment_name: 'stage', snapshot_index: 1 }],
    });
    expect(one.body.history).toHaveLength(2);
    const byCommit = await kosli(
      server(),
      'GET',
      `/api/v2/artifacts/${ORG}/svc/commit_sha/${COMMIT}?trail=run`,
    );
    expectGoShape(byCommit.body, [artifactShape]);
    expect(byCommit.body).toHaveLength(1);
    expect(
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/artifacts/${ORG}/svc/fingerprint/${sha('x')}`,
        )
      ).status,
    ).toBe(404);

    const list = await kosli(
      server(),
      'GET',
      `/api/v2/artifacts/${ORG}?page=1&per_page=15&flow_name=svc`,
    );
    expectGoShape(list.body, [artifactShape]);
    expect(
      list.body.map((a: { fingerprint: string }) => a.fingerprint),
    ).toEqual([IMAGE]);
  });

  it('search resolves a fingerprint or a commit from its first digits', async () => {
    const byDigest = await kosli(
      server(),
      'GET',
      `/api/v2/search/${ORG}/sha/${IMAGE.slice(0, 8)}`,
    );
    expect(byDigest.status).toBe(200);
    expectGoShape(byDigest.body, searchShape);
    expect(byDigest.body.resolved_to).toMatchObject({
      type: 'fingerprint',
      full_match: IMAGE,
    });
    expect(byDigest.body.artifacts[0]).toMatchObject({
      running_in: ['stage#1'],
      compliance_state: 'COMPLIANT',
    });
    const byCommit = await kosli(
      server(),
      'GET',
      `/api/v2/search/${ORG}/sha/${COMMIT.slice(0, 10)}`,
    );
    expect(byCommit.body.resolved_to).toMatchObject({
      type: 'commit',
      full_match: COMMIT,
    });
    expect(
      (await kosli(server(), 'GET', `/api/v2/search/${ORG}/sha/ffffffff`))
        .status,
    ).toBe(404);
    const bad = await kosli(server(), 'GET', `/api/v2/search/${ORG}/sha/xyz`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/params\.sha/);
  });

  it('attestation detail for evaluate ({data: [...]}) and get attestation by name', async () => {
    const detail = await kosli(
      server(),
      'GET',
      `/api/v2/attestations/${ORG}?attestation_id=${attestationId}`,
    );
    expect(detail.status).toBe(200);
    expectGoShape(detail.body, { data: [attestationShape] });
    expect(detail.body.data[0]).toMatchObject({
      attestation_id: attestationId,
      attestation_type: 'junit',
      is_compliant: true,
      junit_results: [{ total: 2 }],
    });
    // Another org does not see it.
    expect(
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/attestations/other?attestation_id=${attestationId}`,
        )
      ).status,
    ).toBe(404);
    const named = await kosli(
      server(),
      'GET',
      `/api/v2/attestations/${ORG}/svc/trail/run/tests`,
    );
    expectGoShape(named.body, [attestationShape]);
    const ofArtifact = await kosli(
      server(),
      'GET',
      `/api/v2/attestations/${ORG}/svc/artifact/${IMAGE}/tests`,
    );
    expect(ofArtifact.body).toHaveLength(1);
  });

  it('status: GET /ready answers OK with credentials, 401 without', async () => {
    const ready = await kosli(server(), 'GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.text).toBe('OK');
    expect(
      (await kosli(server(), 'GET', '/ready', { headers: {} })).status,
    ).toBe(401);
  });

  it('evaluate trail: every attestation_id of the trail answer resolves to its detail', async () => {
    const trail = await kosli(server(), 'GET', `/api/v2/trails/${ORG}/svc/run`);
    type Statuses = Array<{ attestation_id?: unknown }>;
    const status = trail.body.compliance_status as {
      attestations_statuses: Statuses;
      artifacts_statuses: Record<string, { attestations_statuses: Statuses }>;
    };
    const ids = [
      ...status.attestations_statuses,
      ...Object.values(status.artifacts_statuses).flatMap(
        a => a.attestations_statuses,
      ),
    ]
      .map(a => a.attestation_id)
      .filter((id): id is string => typeof id === 'string');
    expect(ids).toContain(attestationId);
    for (const id of ids) {
      const detail = await kosli(
        server(),
        'GET',
        `/api/v2/attestations/${ORG}?attestation_id=${id}`,
      );
      expect(detail.body.data[0].attestation_id).toBe(id);
    }
  });
});
