import {
  expectGoShape,
  beginTrail,
  createFlow,
  kosli,
  onEachDatabase,
  ORG,
  sha,
  type GoShape,
} from '../__testUtils__/kosliCli';

/*
 * Conformance with the Kosli CLI v2.38.0: each test replays what one command sends (path, query,
 * JSON or multipart body, headers; see __testUtils__/kosliCli.ts) and checks the answer against the Go
 * types the command reads it into (cmd/kosli/<command>.go).
 */

/** cmd/kosli/testdata/valid_template.yml of the CLI. */
const VALID_TEMPLATE = `version: 1
trail:
  attestations:
  - name: bar
    type: generic
  artifacts:
  - name: cli
    attestations:
    - name: foo
      type: generic
`;
/** cmd/kosli/testdata/invalid_template.yml of the CLI. */
const INVALID_TEMPLATE = `version: 1
trail:
  attestations:
  - name: foo
    type: not-supported
`;

/** getFlow.go / listFlows.go: `tags` is type-asserted to a map. */
const flowShape: GoShape = {
  name: 'string',
  description: 'string',
  visibility: 'string',
  template: 'any',
  tags: 'object',
  last_deployment_at: 'number?',
};
/** listTrails.go `Pagination`. */
const paginationShape: GoShape = {
  page: 'number',
  page_count: 'number',
  total: 'number',
};

/** printAssertAsTable: what it type-asserts. */
const assertShape: GoShape = {
  scope: 'string',
  compliant: 'bool',
  html_url: 'string',
  flows: [
    {
      flow: 'string',
      trail: 'string?',
      compliance_status: {
        attestations_statuses: [
          {
            attestation_name: 'any',
            status: 'any',
            is_compliant: 'bool?',
            unexpected: 'bool?',
          },
        ],
      },
    },
  ],
};

onEachDatabase('Kosli CLI v2.38 conformance', server => {
  const flow = (name: string, template: string) =>
    createFlow(server(), name, template);

  it("create flow --use-empty-template: `version: 1` alone is a template; Kosli's invalid ones are 400 naming the key", async () => {
    // The CLI writes "version: 1" to a temporary template.yml and uploads it.
    const empty = await flow('empty-template', 'version: 1');
    expect(empty.status).toBe(201);
    expect((await flow('empty-template', 'version: 1')).status).toBe(200);

    const invalid = await flow('bad-template', INVALID_TEMPLATE);
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toMatch(
      /^Input payload validation failed.*trail\.attestations\[0\]\.type.*not-supported/,
    );
    const badKey = await flow(
      'bad-template',
      'version: 1\ntrail:\n  attestation:\n  - name: x\n    type: generic\n',
    );
    expect(badKey.status).toBe(400);
    expect(badKey.body.message).toMatch(/trail\.attestation: unknown key/);
    const badVersion = await flow('bad-template', 'version: 2\n');
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.message).toMatch(/version: must be 1/);
    expect(
      (
        await flow(
          'custom-ok',
          'version: 1\ntrail:\n  attestations:\n  - name: cov\n    type: custom:coverage\n',
        )
      ).status,
    ).toBe(201);
  });

  it('begin trail --template-file, attest generic --name cli.foo (target_artifacts), attest artifact: COMPLIANT', async () => {
    expect((await flow('templated', 'version: 1')).status).toBe(201);
    // begin trail: always multipart (data_json, then the template file when given).
    const begin = await kosli(
      server(),
      'PUT',
      `/api/v2/trails/${ORG}/templated`,
      {
        form: {
          data: { name: 'run-1', description: 'first' },
          files: [
            {
              field: 'template_file',
              fileName: 'valid_template.yml',
              content: VALID_TEMPLATE,
            },
          ],
        },
      },
    );
    expect(begin.status).toBe(201);
    expect(begin.body.compliance_state).toBe('INCOMPLETE');

    const attest = (data: Record<string, unknown>) =>
      kosli(
        server(),
        'POST',
        `/api/v2/attestations/${ORG}/templated/trail/run-1/generic`,
        { form: { data } },
      );
    // --name bar: a trail attestation; --name cli.foo: artifact "cli"'s, sent before it is reported.
    expect(
      (await attest({ attestation_name: 'bar', is_compliant: true })).status,
    ).toBe(201);
    expect(
      (
        await attest({
          attestation_name: 'foo',
          target_artifacts: ['cli'],
          is_compliant: true,
        })
      ).status,
    ).toBe(201);
    const artifact = await kosli(
      server(),
      'POST',
      `/api/v2/artifacts/${ORG}/templated`,
      {
        payload: {
          fingerprint: sha('cli'),
          filename: 'cli',
          trail_name: 'run-1',
          template_reference_name: 'cli',
        },
      },
    );
    expect(artifact.status).toBe(201);
    const trail = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/templated/run-1`,
    );
    expect(trail.body.compliance_state).toBe('COMPLIANT');
    expect(trail.body.compliance_status.artifacts_statuses.cli).toMatchObject({
      artifact_fingerprint: sha('cli'),
      status: 'COMPLIANT',
    });

    // After the artifact exists, cli.foo binds to it (its fingerprint), and a failure counts.
    const failed = await attest({
      attestation_name: 'foo',
      target_artifacts: ['cli'],
      is_compliant: false,
    });
    expect(failed.body.artifactSha256).toBe(sha('cli'));
    const after = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/templated/run-1`,
    );
    expect(after.body.compliance_state).toBe('NON-COMPLIANT');

    // A bad trail template is refused like a bad flow template.
    const bad = await kosli(
      server(),
      'PUT',
      `/api/v2/trails/${ORG}/templated`,
      {
        form: {
          data: { name: 'run-2' },
          files: [
            {
              field: 'template_file',
              fileName: 't.yml',
              content: INVALID_TEMPLATE,
            },
          ],
        },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/Input payload validation failed/);
  });

  it('attest override sends new_compliance_status as a JSON boolean', async () => {
    await flow(
      'overrides',
      'version: 1\ntrail:\n  attestations:\n  - name: scan\n    type: generic\n',
    );
    await beginTrail(server(), 'overrides', { name: 't' });
    await kosli(
      server(),
      'POST',
      `/api/v2/attestations/${ORG}/overrides/trail/t/generic`,
      {
        form: { data: { attestation_name: 'scan', is_compliant: false } },
      },
    );
    const override = await kosli(
      server(),
      'POST',
      `/api/v2/attestations/${ORG}/overrides/trail/t/override`,
      {
        payload: {
          attestation_name: 'scan',
          reason: 'approved out-of-band',
          new_compliance_status: true,
          original_attestation_type: 'generic',
        },
      },
    );
    expect(override.status).toBe(201);
    expect(override.body.status).toBe('PASSED');
    // A waiver that does not say the status it sets is refused, not taken as passing.
    const silent = await kosli(
      server(),
      'POST',
      `/api/v2/attestations/${ORG}/overrides/trail/t/override`,
      { payload: { attestation_name: 'other', reason: 'no status given' } },
    );
    expect(silent.status).toBe(400);
    expect(silent.body.message).toMatch(/body\.new_compliance_status/);
    const trail = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/overrides/t`,
    );
    expect(trail.body.compliance_state).toBe('COMPLIANT');
  });

  it('assert artifact answers the `flows` array the table printer type-asserts', async () => {
    await flow('asserted', 'version: 1');
    await beginTrail(server(), 'asserted', { name: 't' });
    await kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/asserted`, {
      payload: {
        fingerprint: sha('asserted'),
        filename: 'a',
        trail_name: 't',
      },
    });
    const answer = await kosli(
      server(),
      'GET',
      `/api/v2/asserts/${ORG}/fingerprint/${sha('asserted')}?flow_name=asserted`,
    );
    expect(answer.status).toBe(200);
    expectGoShape(answer.body, assertShape);
    expect(answer.body.flows).toHaveLength(1);
    const noFlow = await kosli(
      server(),
      'GET',
      `/api/v2/asserts/${ORG}/fingerprint/${sha('asserted')}`,
    );
    expectGoShape(noFlow.body, assertShape);
  });

  it('get flow, list flows (plain and paged), list trails (by flow, by fingerprint)', async () => {
    await flow('listed', VALID_TEMPLATE);
    await kosli(server(), 'PUT', `/api/v2/flows/${ORG}`, {
      payload: {
        name: 'legacy-listed',
        description: 'd',
        template: ['artifact', 'unit-test'],
      },
    });
    const got = await kosli(server(), 'GET', `/api/v2/flows/${ORG}/listed`);
    expectGoShape(got.body, flowShape);
    expect(got.body.template).toMatch(/^version: 1/);
    const legacy = await kosli(
      server(),
      'GET',
      `/api/v2/flows/${ORG}/legacy-listed`,
    );
    expect(legacy.body.template).toEqual(['artifact', 'unit-test']);
    expect(
      (await kosli(server(), 'GET', `/api/v2/flows/${ORG}/nope`)).status,
    ).toBe(404);

    const plain = await kosli(server(), 'GET', `/api/v2/flows/${ORG}`);
    expectGoShape(plain.body, [flowShape]);
    const paged = await kosli(
      server(),
      'GET',
      `/api/v2/flows/${ORG}?page=1&per_page=2&search_by_name=LISTED&case_sensitive=false`,
    );
    expectGoShape(paged.body, {
      data: [flowShape],
      pagination: paginationShape,
    });
    expect(paged.body.pagination.total).toBe(2);

    for (const name of ['t1', 't2'])
      await beginTrail(server(), 'listed', { name });
    await kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/listed`, {
      payload: { fingerprint: sha('listed'), filename: 'x', trail_name: 't1' },
    });
    const trails = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}?per_page=20&page=1&flow=listed`,
    );
    expectGoShape(trails.body, {
      data: [
        { name: 'string', description: 'string', compliance_state: 'string' },
      ],
      pagination: paginationShape,
    });
    expect(trails.body.data.map((t: { name: string }) => t.name)).toEqual([
      't2',
      't1',
    ]);
    const byFingerprint = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}?per_page=20&page=1&fingerprint=${sha('listed')}`,
    );
    expect(
      byFingerprint.body.data.map((t: { name: string }) => t.name),
    ).toEqual(['t1']);
    expect(byFingerprint.body.pagination).toEqual({
      page: 1,
      page_count: 1,
      total: 1,
    });
  });

  it('get trail: the fields its table type-asserts, whatever git_commit_info the trail was begun with', async () => {
    await flow('trail-shape', 'version: 1');
    await beginTrail(server(), 'trail-shape', {
      name: 'partial',
      git_commit_info: { sha1: 'e'.repeat(40) },
    });
    const got = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/trail-shape/partial`,
    );
    expectGoShape(got.body, {
      name: 'string',
      description: 'string',
      compliance_state: 'string',
      last_modified_at: 'number',
      git_commit_info: {
        sha1: 'string',
        author: 'string',
        message: 'string',
        timestamp: 'number',
      },
      compliance_status: {
        attestations_statuses: 'array',
        artifacts_statuses: 'object',
      },
    });
    expect(got.body.git_commit_info.sha1).toBe('e'.repeat(40));
  });
});
