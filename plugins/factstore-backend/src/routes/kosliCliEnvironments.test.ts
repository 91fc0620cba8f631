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
 * Conformance with the Kosli CLI v2.38.0 for environments: create environment, snapshot k8s
 * (internal/kube PodData), get/list/assert snapshot, log environment, diff snapshots, get/list
 * environment(s), allow artifact. Shapes are the Go types of cmd/kosli/<command>.go.
 */

const A = sha('image-a');
const B = sha('image-b');

/** getSnapshot.go `Snapshot` and `Artifact` (typed fields: a wrong JSON type fails Unmarshal). */
const snapshotShape: GoShape = {
  index: 'int',
  timestamp: 'number',
  type: 'string',
  user_id: 'string',
  user_name: 'string',
  compliant: 'bool',
  artifacts: [
    {
      name: 'string',
      flow_name: 'string',
      compliant: 'bool',
      deployments: ['int'],
      fingerprint: 'string',
      git_commit: 'string',
      commit_url: 'string',
      creationTimestamp: ['int'],
      pods: 'object?',
      annotation: { type: 'string', was: 'int', now: 'int' },
    },
  ],
};
/** listSnapshots.go printSnapshotsListAsTable type assertions. */
const snapshotListShape: GoShape = [
  {
    index: 'number',
    from: 'number',
    to: 'number',
    duration: 'number',
    compliant: 'bool',
  },
];
/** logEnvironment.go printEnvironmentEventsLogAsTable type assertions. */
const eventsShape: GoShape = [
  {
    snapshot_index: 'number',
    artifact_name: 'string',
    sha256: 'string',
    description: 'string',
    reported_at: 'number',
    pipeline: 'string',
  },
];
/** getEnvironment.go printEnvironmentAsTable: `tags` is type-asserted to a map, `state` to a bool. */
const environmentShape: GoShape = {
  name: 'string',
  type: 'string',
  description: 'string',
  state: 'bool?',
  last_reported_at: 'number?',
  last_modified_at: 'number?',
  tags: 'object',
  policies: 'array?',
};
const diffArtifact: GoShape = {
  fingerprint: 'string',
  flow: 'string',
  name: 'string',
  commit_url: 'string',
  most_recent_timestamp: 'int',
  instance_count: 'int',
  s1_instance_count: 'int?',
  s2_instance_count: 'int?',
  pods: ['string'],
};
/** diffSnapshots.go `DiffSnapshotsResponse`. */
const diffShape: GoShape = {
  snappish1: { snapshot_id: 'string', artifacts: [diffArtifact] },
  snappish2: { snapshot_id: 'string', artifacts: [diffArtifact] },
  changed: { snapshot_id: 'string?', artifacts: [diffArtifact] },
  'not-changed': { snapshot_id: 'string?', artifacts: [diffArtifact] },
};

onEachDatabase('Kosli CLI v2.38 environments', server => {
  /** `kosli snapshot k8s prod`: one PodData per pod, digests by image. */
  const snapshotK8s = (pods: Array<[string, string, string]>) =>
    kosli(server(), 'PUT', `/api/v2/environments/${ORG}/prod/report/K8S`, {
      payload: {
        artifacts: pods.length
          ? pods.map(([podName, image, digest]) => ({
              podName,
              namespace: 'default',
              digests: { [image]: digest },
              creationTimestamp: 1732200000,
              owners: [
                {
                  apiVersion: 'apps/v1',
                  kind: 'ReplicaSet',
                  name: 'rs',
                  uid: 'u',
                  controller: true,
                  blockOwnerDeletion: true,
                },
              ],
            }))
          : null,
      },
    });

  beforeAll(async () => {
    // kosli create environment prod --type K8S
    await must(
      kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
        payload: {
          name: 'prod',
          type: 'K8S',
          description: 'production',
          include_scaling: true,
        },
      }),
      201,
    );
    // Image A comes from a flow whose trail is compliant; B has no provenance.
    await must(createFlow(server(), 'app'), 201);
    await must(beginTrail(server(), 'app', { name: 'build-1' }), 201);
    await kosli(server(), 'POST', `/api/v2/artifacts/${ORG}/app`, {
      payload: {
        fingerprint: A,
        filename: 'acme/a:1',
        trail_name: 'build-1',
        git_commit: 'a'.repeat(40),
        commit_url: 'https://git.example/acme/a/commit/aaaa',
      },
    });
    await must(
      snapshotK8s([
        ['p1', 'acme/a:1', A],
        ['p2', 'acme/a:1', A],
      ]),
      201,
    );
    await must(
      snapshotK8s([
        ['p1', 'acme/a:1', A],
        ['p3', 'acme/a:1', A],
        ['p4', 'acme/b:1', B],
      ]),
      201,
    );
    await must(snapshotK8s([['p1', 'acme/a:1', A]]), 201);
  });

  it('get snapshot: latest (-1), #N, ~N and @{time}, with pods, instance times and was/now annotations', async () => {
    const latest = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod/-1`,
    );
    expect(latest.status).toBe(200);
    expectGoShape(latest.body, snapshotShape);
    expect(latest.body).toMatchObject({
      index: 3,
      type: 'K8S',
      compliant: true,
    });
    const a = latest.body.artifacts.find(
      (x: { fingerprint: string }) => x.fingerprint === A,
    );
    expect(a).toMatchObject({
      name: 'acme/a:1',
      flow_name: 'app',
      compliant: true,
      git_commit: 'a'.repeat(40),
      creationTimestamp: [1732200000],
      annotation: { type: 'scaled', was: 2, now: 1 },
    });
    expect(Object.keys(a.pods)).toEqual(['p1']);
    const b = latest.body.artifacts.find(
      (x: { fingerprint: string }) => x.fingerprint === B,
    );
    expect(b.annotation).toEqual({ type: 'exited', was: 1, now: 0 });

    // The CLI path-escapes the expression: prod#2 is /prod/%232.
    const second = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod/%232`,
    );
    expect(second.body).toMatchObject({ index: 2, compliant: false });
    expectGoShape(second.body, snapshotShape);
    expect(
      (await kosli(server(), 'GET', `/api/v2/snapshots/${ORG}/prod/~2`)).body
        .index,
    ).toBe(1);
    const old = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod/@%7B2020-01-01T00:00:00%7D`,
    );
    expect(old.status).toBe(404);
    const bad = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod/@%7Bsoon%7D`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/params\.id/);
    expect(
      (await kosli(server(), 'GET', `/api/v2/snapshots/${ORG}/nope/-1`)).status,
    ).toBe(404);
  });

  it('assert snapshot: N, -1 for the latest, -N-1 for ~N; `compliant` a bool', async () => {
    const at = async (id: string) =>
      (await kosli(server(), 'GET', `/api/v2/snapshots/${ORG}/prod/${id}`))
        .body;
    expect(await at('2')).toMatchObject({ index: 2, compliant: false });
    expect(await at('-1')).toMatchObject({ index: 3, compliant: true });
    expect(await at('-2')).toMatchObject({ index: 2 });
  });

  it('list snapshots and log environment, paged, newest first unless --reverse, --interval N..M', async () => {
    const list = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod?interval=&page=1&per_page=15&reverse=false`,
    );
    expectGoShape(list.body, snapshotListShape);
    expect(list.body.map((s: { index: number }) => s.index)).toEqual([3, 2, 1]);
    expect(list.body[0].to).toBe(0);
    expect(list.body[1].to).toBeGreaterThan(0);
    expect(list.body.map((s: { compliant: boolean }) => s.compliant)).toEqual([
      true,
      false,
      true,
    ]);
    const ranged = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod?interval=1..2&page=1&per_page=15&reverse=true`,
    );
    expect(ranged.body.map((s: { index: number }) => s.index)).toEqual([1, 2]);
    const page2 = await kosli(
      server(),
      'GET',
      `/api/v2/snapshots/${ORG}/prod?interval=&page=2&per_page=2&reverse=false`,
    );
    expect(page2.body.map((s: { index: number }) => s.index)).toEqual([1]);
    expect(
      (
        await kosli(
          server(),
          'GET',
          `/api/v2/snapshots/${ORG}/prod?interval=x&page=1&per_page=15&reverse=false`,
        )
      ).status,
    ).toBe(400);

    const log = await kosli(
      server(),
      'GET',
      `/api/v2/environments/${ORG}/prod/events?interval=&page=1&per_page=15&reverse=false`,
    );
    expect(log.status).toBe(200);
    expectGoShape(log.body, eventsShape);
    expect(
      log.body.map(
        (e: {
          snapshot_index: number;
          sha256: string;
          pipeline: string;
          description: string;
        }) => [
          e.snapshot_index,
          e.sha256 === A ? 'A' : 'B',
          e.pipeline,
          e.description,
        ],
      ),
    ).toEqual([
      [3, 'A', 'app', 'scaled from 2 to 1 instances'],
      [3, 'B', '', '1 instance exited'],
      [2, 'B', '', '1 instance started running'],
      [1, 'A', 'app', '2 instances started running'],
    ]);
  });

  it('log environment: a page of snapshots, --interval with ~N and NOW, --start/--end; time filters a 400 naming them', async () => {
    const log = (query: string) =>
      kosli(
        server(),
        'GET',
        `/api/v2/environments/${ORG}/prod/events?${query}`,
      );
    const snapshotsOf = (body: Array<{ snapshot_index: number }>) => [
      ...new Set(body.map(e => e.snapshot_index)),
    ];
    // --page-limit 1 --page 2: the second newest snapshot's events only.
    const second = await log('interval=&page=2&per_page=1&reverse=false');
    expect(second.status).toBe(200);
    expectGoShape(second.body, eventsShape);
    expect(snapshotsOf(second.body)).toEqual([2]);
    // ~1..NOW: the latest two snapshots; ~2 alone: snapshot 1.
    expect(
      snapshotsOf(
        (await log('interval=~1..NOW&page=1&per_page=15&reverse=false')).body,
      ),
    ).toEqual([3, 2]);
    expect(
      snapshotsOf(
        (await log('interval=~2&page=1&per_page=15&reverse=false')).body,
      ),
    ).toEqual([1]);
    // --start 2 (--end defaults to the latest), oldest first with --reverse.
    expect(
      snapshotsOf(
        (await log('interval=&page=1&per_page=15&reverse=true&start=2')).body,
      ),
    ).toEqual([2, 3]);
    expect(
      snapshotsOf(
        (await log('interval=&page=1&per_page=15&reverse=false&start=1&end=~1'))
          .body,
      ),
    ).toEqual([2, 1]);
    const timed = await log(
      'interval=&page=1&per_page=15&reverse=false&start=1hour',
    );
    expect(timed.status).toBe(400);
    expect(timed.body.message).toMatch(/query\.start: "1hour"/);
    const unix = await log(
      'interval=&page=1&per_page=15&reverse=false&start_ts=1700000000',
    );
    expect(unix.status).toBe(400);
    expect(unix.body.message).toMatch(/query\.start_ts/);
    const repo = await log(
      'interval=&page=1&per_page=15&reverse=false&repo_name=acme%2Fapp',
    );
    expect(repo.status).toBe(400);
    expect(repo.body.message).toMatch(/query\.repo_name/);
  });

  it('list environments: --name (any case), repeated --type, --sort/--sort-direction; --tag and --space-id match none here', async () => {
    await must(
      kosli(server(), 'PUT', `/api/v2/environments/${ORG}`, {
        payload: { name: 'Staging-Lambda', type: 'lambda', description: '' },
      }),
      201,
    );
    const names = async (query: string) => {
      const answer = await kosli(
        server(),
        'GET',
        `/api/v2/environments/${ORG}?${query}`,
      );
      expect(answer.status).toBe(200);
      expectGoShape(answer.body, [environmentShape]);
      return answer.body.map((e: { name: string }) => e.name);
    };
    expect(await names('name=STAGING')).toEqual(['Staging-Lambda']);
    expect(await names('type=K8S&type=lambda')).toEqual([
      'Staging-Lambda',
      'prod',
    ]);
    expect(await names('type=lambda')).toEqual(['Staging-Lambda']);
    expect(await names('sort=name&sort_direction=desc')).toEqual([
      'prod',
      'Staging-Lambda',
    ]);
    // prod has snapshots, the new one none: last_changed_at puts prod last.
    expect(await names('sort=last_changed_at')).toEqual([
      'Staging-Lambda',
      'prod',
    ]);
    expect(await names('tag=team:payments')).toEqual([]);
    expect(await names('space_id=s-1')).toEqual([]);
    const bad = await kosli(
      server(),
      'GET',
      `/api/v2/environments/${ORG}?sort=size`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/sort/);
  });

  it('diff snapshots: only-in each, scaled with both instance counts, pods', async () => {
    const diff = await kosli(
      server(),
      'GET',
      `/api/v2/env-diff/${ORG}?snappish1=prod%232&snappish2=prod`,
    );
    expect(diff.status).toBe(200);
    expectGoShape(diff.body, diffShape);
    expect(diff.body.snappish1).toMatchObject({
      snapshot_id: 'prod#2',
      artifacts: [
        { fingerprint: B, flow: '', instance_count: 1, pods: ['p4'] },
      ],
    });
    expect(diff.body.snappish2.artifacts).toEqual([]);
    expect(diff.body.changed.artifacts).toEqual([
      expect.objectContaining({
        fingerprint: A,
        flow: 'app',
        commit_url: 'https://git.example/acme/a/commit/aaaa',
        s1_instance_count: 2,
        s2_instance_count: 1,
        pods: ['p1'],
        most_recent_timestamp: 1732200000,
      }),
    ]);
  });

  it('get and list environments; allow artifact makes a snapshot compliant', async () => {
    const env = await kosli(
      server(),
      'GET',
      `/api/v2/environments/${ORG}/prod`,
    );
    expectGoShape(env.body, environmentShape);
    expect(env.body).toMatchObject({ name: 'prod', type: 'K8S', state: true });
    expect(
      (await kosli(server(), 'GET', `/api/v2/environments/${ORG}/nope`)).status,
    ).toBe(404);

    const plain = await kosli(server(), 'GET', `/api/v2/environments/${ORG}`);
    expectGoShape(plain.body, [environmentShape]);
    const paged = await kosli(
      server(),
      'GET',
      `/api/v2/environments/${ORG}?page=1&per_page=20&type=K8S`,
    );
    expectGoShape(paged.body, {
      page: 'int',
      per_page: 'int',
      total_pages: 'int',
      total_count: 'int',
      environments: [environmentShape],
    });
    expect(paged.body.total_count).toBe(1);

    // kosli allow artifact acme/b:1 --fingerprint B --environment prod --reason "hotfix"
    const allowed = await kosli(
      server(),
      'PUT',
      `/api/v2/allowlists/${ORG}/prod`,
      {
        payload: {
          artifact_fingerprint: B,
          artifact_name: 'acme/b:1',
          description: 'hotfix',
        },
      },
    );
    expect(allowed.status).toBe(201);
    expect(
      (await kosli(server(), 'GET', `/api/v2/snapshots/${ORG}/prod/2`)).body
        .compliant,
    ).toBe(true);
    const noReason = await kosli(
      server(),
      'PUT',
      `/api/v2/allowlists/${ORG}/prod`,
      {
        payload: {
          artifact_fingerprint: B,
          artifact_name: 'x',
          description: '',
        },
      },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/body\.description/);
  });

  it('an empty report (Go marshals no pods as `artifacts: null`) is an empty snapshot', async () => {
    const empty = await snapshotK8s([]);
    expect(empty.status).toBe(201);
    expect(empty.body.artifacts).toEqual([]);
  });
});
