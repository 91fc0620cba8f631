import {
  beginTrail,
  createFlow,
  kosli,
  must,
  onEachDatabase,
  ORG,
  sha,
} from '../__testUtils__/kosliCli';

/*
 * Conformance with the Kosli CLI v2.38.0, the remaining commands: every snapshot kind as its
 * reporter marshals it (internal/aws, internal/server, internal/azure, internal/cloudrun), rename
 * flow/environment, logical environments (create --type logical, join), and the legacy
 * `report artifact` with its latest_commit lookup.
 */

const D = sha('kind');

/** One report per kind, with the fields its Go type writes. */
const REPORTS: Array<[string, unknown[], string]> = [
  [
    'ECS',
    [
      {
        taskArn: 'arn:aws:ecs:task/1',
        cluster_name: 'c',
        service_name: 's',
        digests: { 'acme/api': D },
        creationTimestamp: 1732200000,
      },
    ],
    'arn:aws:ecs:task/1',
  ],
  ['lambda', [{ digests: { 'my-fn': D }, creationTimestamp: 1732200000 }], ''],
  [
    'S3',
    [{ digests: { 'bucket/site': D }, creationTimestamp: 1732200000 }],
    '',
  ],
  [
    'docker',
    [{ digests: { 'acme/api:1': D }, creationTimestamp: 1732200000 }],
    '',
  ],
  [
    'server',
    [{ digests: { '/opt/app.jar': D }, creationTimestamp: 1732200000 }],
    '',
  ],
  [
    'azure-apps',
    [
      {
        app_name: 'web',
        app_kind: 'app',
        digests_source: 'acr',
        digests: { 'acme/web': D },
        creationTimestamp: 1732200000,
      },
    ],
    'web',
  ],
  [
    'cloud-run',
    [
      {
        digests: { 'acme/run': D },
        creationTimestamp: 1732200000,
        kind: 'service',
        serviceName: 'svc',
        revisionName: 'svc-001',
      },
    ],
    'svc/svc-001',
  ],
];

onEachDatabase('Kosli CLI v2.38 commands', server => {
  it.each(REPORTS)(
    'snapshot %s: the report is recorded, one instance each',
    async (type, artifacts, instance) => {
      const env = `env-${type.toLowerCase()}`;
      await must(
        kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
          payload: { name: env, type, description: '' },
        }),
        201,
      );
      const report = await kosli(
        server(),
        'PUT',
        `/api/v2/environments/${ORG}/${env}/report/${type}`,
        {
          payload:
            type === 'cloud-run'
              ? { type: 'cloud-run', artifacts }
              : { artifacts },
        },
      );
      expect(report.status).toBe(201);
      const snapshot = await kosli(
        server(),
        'GET',
        `/api/v2/snapshots/${ORG}/${env}/-1`,
      );
      expect(snapshot.body.artifacts).toHaveLength(1);
      expect(snapshot.body.artifacts[0]).toMatchObject({
        fingerprint: D,
        creationTimestamp: [1732200000],
        annotation: { now: 1 },
      });
      expect(snapshot.body.artifacts[0].pods).toBeNull();
      const diff = await kosli(
        server(),
        'GET',
        `/api/v2/env-diff/${ORG}?snappish1=${env}&snappish2=${env}`,
      );
      expect(diff.body['not-changed'].artifacts).toHaveLength(1);
      expect(report.body.artifacts[0].instance ?? '').toBe(instance);
    },
  );

  it('rename flow and environment; a taken name is 400 (a 409 would be retried by the CLI)', async () => {
    await must(createFlow(server(), 'old-flow'), 201);
    await must(createFlow(server(), 'taken-flow'), 201);
    const renamed = await kosli(
      server(),
      'PUT',
      `/api/v2/flows/${ORG}/old-flow/rename`,
      { payload: { new_name: 'new-flow' } },
    );
    expect(renamed.status).toBe(200);
    expect(
      (await kosli(server(), 'GET', `/api/v2/flows/${ORG}/new-flow`)).status,
    ).toBe(200);
    expect(
      (await kosli(server(), 'GET', `/api/v2/flows/${ORG}/old-flow`)).status,
    ).toBe(404);
    const taken = await kosli(
      server(),
      'PUT',
      `/api/v2/flows/${ORG}/new-flow/rename`,
      { payload: { new_name: 'taken-flow' } },
    );
    expect(taken.status).toBe(400);
    expect(taken.body.message).toMatch(/body\.new_name/);

    await must(
      kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
        payload: { name: 'old-env', type: 'K8S', description: '' },
      }),
      201,
    );
    const env = await kosli(
      server(),
      'PUT',
      `/api/v2/environments/${ORG}/old-env/rename`,
      { payload: { new_name: 'new-env' } },
    );
    expect(env.status).toBe(200);
    expect(env.body.name).toBe('new-env');
  });

  it('attest by trail name after the flow was renamed and its old name taken: each lands in the trail that has the name now', async () => {
    const attest = (flow: string) =>
      kosli(
        server(),
        'POST',
        `/api/v2/attestations/${ORG}/${flow}/trail/t/junit`,
        { form: { data: { attestation_name: 'unit', junit_results: null } } },
      );
    await must(createFlow(server(), 'moving'), 201);
    const first = (
      await must(beginTrail(server(), 'moving', { name: 't' }), 201)
    ).body.id;
    // The second write to the same trail name is the one that can use the id the first resolved.
    for (let i = 0; i < 2; i++)
      expect((await must(attest('moving'), 201)).body.trailId).toBe(first);
    await must(
      kosli(server(), 'PUT', `/api/v2/flows/${ORG}/moving/rename`, {
        payload: { new_name: 'moved' },
      }),
      200,
    );
    const gone = await attest('moving');
    expect(gone.status).toBe(404);
    expect(gone.body.message).toBe(
      `Flow "moving" does not exist in org "${ORG}"`,
    );
    expect((await must(attest('moved'), 201)).body.trailId).toBe(first);

    await must(createFlow(server(), 'moving'), 201);
    const second = (
      await must(beginTrail(server(), 'moving', { name: 't' }), 201)
    ).body.id;
    expect(second).not.toBe(first);
    const landed = (await must(attest('moving'), 201)).body;
    expect(landed.trailId).toBe(second);
    expect((await must(attest('moved'), 201)).body.trailId).toBe(first);

    // The attestation, its audit event and its ledger leaf name the same trail; nothing else was written.
    const leaf = await must(
      kosli(server(), 'GET', `/api/v1/ledger/entries/${landed.id}`),
      200,
    );
    expect(leaf.body.trailId).toBe(second);
    const count = async (path: string) =>
      (await must(kosli(server(), 'GET', path), 200)).body;
    expect(await count(`/api/v1/trails/${first}/attestations`)).toHaveLength(4);
    expect(await count(`/api/v1/trails/${second}/attestations`)).toEqual([
      expect.objectContaining({ id: landed.id }),
    ]);
    expect(
      (
        await count(
          `/api/v1/audit?trailId=${second}&eventType=ATTESTATION_RECORDED`,
        )
      ).totalElements,
    ).toBe(1);
  });

  it('create environment --type logical --included-environments, and join environment', async () => {
    for (const name of ['k8s-a', 'k8s-b'])
      await must(
        kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
          payload: { name, type: 'K8S', description: '' },
        }),
        201,
      );
    const logical = await kosli(
      server(),
      'PUT',
      `/api/v2/environments/${ORG}`,
      {
        payload: {
          name: 'prod-all',
          type: 'logical',
          description: '',
          included_environments: ['k8s-a'],
        },
      },
    );
    expect(logical.status).toBe(201);
    expect(logical.body.members).toHaveLength(1);
    const joined = await kosli(
      server(),
      'PUT',
      `/api/v2/environments/${ORG}/prod-all/join`,
      { payload: { physical_env_name: 'k8s-b' } },
    );
    expect(joined.status).toBe(200);
    expect(joined.body.included_environments).toHaveLength(2);
    const notLogical = await kosli(
      server(),
      'PUT',
      `/api/v2/environments/${ORG}/k8s-a/join`,
      { payload: { physical_env_name: 'k8s-b' } },
    );
    expect(notLogical.status).toBe(400);
    const bad = await kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
      payload: {
        name: 'bad-logical',
        type: 'logical',
        description: '',
        included_environments: ['prod-all'],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/body\.included_environments/);
  });

  it('report artifact (legacy, no trail): its commit names the trail; latest_commit finds it', async () => {
    await must(
      kosli(server(), 'PUT', `/api/v2/flows/${ORG}`, {
        payload: { name: 'legacy', description: '', template: ['artifact'] },
      }),
      201,
    );
    const commit = 'd'.repeat(40);
    const reported = await kosli(
      server(),
      'POST',
      `/api/v2/artifacts/${ORG}/legacy`,
      {
        payload: {
          fingerprint: sha('legacy'),
          filename: 'legacy.jar',
          git_commit: commit,
          build_url: 'https://ci/1',
          commit_url: 'https://git/c',
          repo_url: '',
          commits_list: [],
        },
      },
    );
    expect(reported.status).toBe(201);
    const trail = await kosli(
      server(),
      'GET',
      `/api/v2/trails/${ORG}/legacy/${commit}`,
    );
    expect(trail.status).toBe(200);
    const latest = await kosli(
      server(),
      'GET',
      `/api/v2/artifacts/${ORG}/legacy/${sha('next')}/latest_commit`,
    );
    expect(latest.body).toEqual({ latest_commit: commit });
    const none = await kosli(
      server(),
      'POST',
      `/api/v2/artifacts/${ORG}/legacy`,
      { payload: { fingerprint: sha('x'), filename: 'x' } },
    );
    expect(none.status).toBe(400);
    expect(none.body.message).toMatch(/body\.trail_name/);
  });

  it('attest junit/snyk/jira/pull_request/sonar/custom with the payloads the CLI marshals (nil slices as null)', async () => {
    await must(createFlow(server(), 'attested'), 201);
    await must(beginTrail(server(), 'attested', { name: 't' }), 201);
    const attest = (type: string, data: Record<string, unknown>) =>
      kosli(
        server(),
        'POST',
        `/api/v2/attestations/${ORG}/attested/trail/t/${type}`,
        { form: { data } },
      );
    expect(
      (await attest('junit', { attestation_name: 'unit', junit_results: null }))
        .status,
    ).toBe(201);
    expect(
      (
        await attest('snyk', {
          attestation_name: 'snyk',
          snyk_results: {
            results: [
              {
                high_count: 0,
                medium_count: 0,
                low_count: 0,
                high: null,
                medium: null,
                low: null,
              },
            ],
          },
        })
      ).body.status,
    ).toBe('PASSED');
    expect(
      (
        await attest('jira', {
          attestation_name: 'jira',
          jira_results: [
            {
              issue_id: 'ABC-1',
              issue_exists: true,
              issue_fields: { summary: 's' },
            },
          ],
        })
      ).body.status,
    ).toBe('PASSED');
    expect(
      (
        await attest('pull_request', {
          attestation_name: 'pr',
          git_provider: 'github',
          pull_requests: [
            {
              url: 'https://github.com/acme/x/pull/1',
              state: 'MERGED',
              approvers: [],
            },
          ],
        })
      ).body.status,
    ).toBe('PASSED');
    expect(
      (
        await attest('sonar', {
          attestation_name: 'sonar',
          sonar_results: {
            serverUrl: 'https://sonar',
            taskId: 't',
            status: 'SUCCESS',
            analysedAt: '2024',
            project: { name: 'p', key: 'k', url: 'u' },
            qualityGate: { status: 'OK', conditions: [] },
          },
        })
      ).status,
    ).toBe(201);
    // attest custom needs its type: kosli create attestation-type coverage --jq '.line >= 80'
    expect(
      (
        await kosli(
          server(),
          'POST',
          `/api/v2/custom-attestation-types/${ORG}`,
          {
            form: {
              data: {
                name: 'coverage',
                evaluator: { content_type: 'jq', rules: ['.line >= 80'] },
              },
            },
          },
        )
      ).status,
    ).toBe(201);
    const custom = await attest('custom', {
      attestation_name: 'cov',
      type_name: 'coverage',
      attestation_data: { line: 91 },
    });
    expect(custom.status).toBe(201);
    expect(custom.body).toMatchObject({
      type: 'custom:coverage',
      status: 'PASSED',
    });
  });
});
