import {
  authHeaders,
  createTestDatabases,
  describeWithFixtures,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  eventually,
  startRecordingServer,
  type RecordingServer,
} from '../__testUtils__/recordingServer';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(180_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const SECRETS = {
  github: 'github-hook-secret',
  gitlab: 'gitlab-hook-token',
  jenkins: 'jenkins-hook-secret',
  generic: 'generic-hook-secret',
};
const SIGNING = 'outgoing-signing-secret';

const fixture = (name: string) =>
  readFileSync(fixturePath('webhooks', name), 'utf8');
const hub = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

const config = {
  factstore: {
    notifications: { retryDelayMs: 5 },
    // The test's receiver listens on 127.0.0.1: allowed explicitly, as nothing is by default.
    outbound: { allowedAddresses: ['127.0.0.1'] },
    webhooks: {
      incoming: {
        github: { secret: SECRETS.github },
        gitlab: { secret: SECRETS.gitlab },
        jenkins: { secret: SECRETS.jenkins },
        generic: { secret: SECRETS.generic },
      },
      outgoing: { signingSecret: SIGNING },
    },
  },
};

describeWithFixtures().each(databases.eachSupportedId())(
  'factstore webhooks on %s',
  databaseId => {
    let backend: PluginBackend;
    let receiver: RecordingServer;

    beforeAll(async () => {
      receiver = await startRecordingServer();
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config,
      });
    });
    afterAll(async () => {
      await backend.stop();
      await receiver.close();
    });

    const post = (path: string, body: object, headers = jane) =>
      backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers = jane) =>
      backend.http.get(`${API}${path}`).set(headers);
    const deliver = (
      source: string,
      body: string,
      headers: Record<string, string>,
      query = '',
    ) =>
      backend.http
        .post(`${API}/webhooks/${source}${query}`)
        .set({ 'content-type': 'application/json', ...headers })
        .send(body);

    async function trailsOf(flowId: string) {
      return (await get(`/trails?flowId=${flowId}`)).body as Array<{
        id: string;
        name: string;
        gitBranch?: string;
        gitAuthor?: string;
      }>;
    }

    it('GitHub: a signed push opens the trail, a completed run attests it, a replay records nothing', async () => {
      const flow = (await post('/flows', { name: 'Hello-World' })).body;
      const push = fixture('github-push.with-new-branch.json');
      const headers = {
        'x-github-event': 'push',
        'x-github-delivery': 'push-delivery-1',
      };

      const unsigned = await deliver('github', push, headers);
      expect(unsigned.status).toBe(401);
      expect(unsigned.body.error.message).toMatch(
        /X-Hub-Signature-256 is required/,
      );
      const forged = await deliver('github', push, {
        ...headers,
        'x-hub-signature-256': hub('not-the-secret', push),
      });
      expect(forged.status).toBe(401);
      expect(forged.body.error.message).not.toContain(SECRETS.github);
      expect(await trailsOf(flow.id)).toEqual([]);

      const signed = {
        ...headers,
        'x-hub-signature-256': hub(SECRETS.github, push),
      };
      const first = await deliver('github', push, signed);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        accepted: true,
        deliveryId: 'push-delivery-1',
      });
      const [trail] = await trailsOf(flow.id);
      expect(trail).toMatchObject({
        id: first.body.trailId,
        name: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
        gitBranch: 'master',
        gitAuthor: 'Codertocat',
      });

      const replay = await deliver('github', push, signed);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ accepted: false });
      expect(replay.body.message).toMatch(/already received/);
      expect(await trailsOf(flow.id)).toHaveLength(1);

      // The run of another repository's commit, sent to this flow by ?flowId.
      const run = fixture('github-workflow_run.completed.json');
      const runHeaders = {
        'x-github-event': 'workflow_run',
        'x-github-delivery': 'run-delivery-1',
        'x-hub-signature-256': hub(SECRETS.github, run),
      };
      const attested = await deliver(
        'github',
        run,
        runHeaders,
        `?flowId=${flow.id}`,
      );
      expect(attested.status).toBe(200);
      const attestations = (
        await get(`/trails/${attested.body.trailId}/attestations`)
      ).body;
      expect(attestations).toEqual([
        expect.objectContaining({
          id: attested.body.attestationId,
          type: 'ci',
          status: 'PASSED',
          attestedBy: 'webhook:github',
        }),
      ]);
      expect(
        (await deliver('github', run, runHeaders, `?flowId=${flow.id}`)).body
          .accepted,
      ).toBe(false);
      expect(
        (await get(`/trails/${attested.body.trailId}/attestations`)).body,
      ).toHaveLength(1);
    });

    it('GitHub: refuses a bad body naming the field, an unknown flow with 422, and ignores other events', async () => {
      const bad = JSON.stringify({
        ref: 'refs/heads/main',
        after: 'xyz',
        repository: { name: 'r' },
      });
      const res = await deliver('github', bad, {
        'x-github-event': 'push',
        'x-hub-signature-256': hub(SECRETS.github, bad),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /body.after: must be a 40-character commit sha/,
      );

      const push = fixture('github-push.with-new-branch.json').replace(
        '"name": "Hello-World"',
        '"name": "no-such-flow"',
      );
      const unknown = await deliver('github', push, {
        'x-github-event': 'push',
        'x-github-delivery': 'unknown-flow',
        'x-hub-signature-256': hub(SECRETS.github, push),
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.message).toMatch(
        /no flow named "no-such-flow"/,
      );

      const ping = '{"zen":"Keep it logically awesome."}';
      const ignored = await deliver('github', ping, {
        'x-github-event': 'ping',
        'x-hub-signature-256': hub(SECRETS.github, ping),
      });
      expect(ignored.status).toBe(200);
      expect(ignored.body).toMatchObject({ accepted: false });
      expect(ignored.body.message).toMatch(/GitHub event ping records nothing/);

      const source = await deliver('bitbucket', ping, {});
      expect(source.status).toBe(400);
      expect(source.body.error.message).toMatch(
        /params.source: must be one of github, gitlab, jenkins, generic$/,
      );
    });

    it('GitLab: X-Gitlab-Token verifies; a finished pipeline attests its commit once', async () => {
      const flow = (await post('/flows', { name: 'gitlab-test' })).body;
      const pipeline = fixture('gitlab-pipeline.json');
      const headers = {
        'x-gitlab-event': 'Pipeline Hook',
        'x-gitlab-event-uuid': '13792a34-cac6-4fda-95a8-c58e00a3954e',
      };
      expect(
        (
          await deliver('gitlab', pipeline, {
            ...headers,
            'x-gitlab-token': 'wrong',
          })
        ).status,
      ).toBe(401);
      expect((await deliver('gitlab', pipeline, headers)).status).toBe(401);
      const ok = await deliver('gitlab', pipeline, {
        ...headers,
        'x-gitlab-token': SECRETS.gitlab,
      });
      expect(ok.status).toBe(200);
      expect(ok.body.accepted).toBe(true);
      const [trail] = await trailsOf(flow.id);
      expect(trail.name).toBe('bcbb5ec396a2c0f828686f14fac9b80b780504f2');
      const again = await deliver('gitlab', pipeline, {
        ...headers,
        'x-gitlab-token': SECRETS.gitlab,
      });
      expect(again.body.accepted).toBe(false);
      expect((await get(`/trails/${trail.id}/attestations`)).body).toEqual([
        expect.objectContaining({ type: 'ci', status: 'PASSED' }),
      ]);
    });

    it('Jenkins: signed or bearer; STARTED opens the trail, FINALIZED FAILURE fails it', async () => {
      const flow = (
        await post('/flows', {
          name: 'payments-build',
          requiredAttestations: ['ci'],
        })
      ).body;
      const build = (phase: string, status?: string) =>
        JSON.stringify({
          name: 'payments-build',
          build: {
            number: 42,
            phase,
            status,
            full_url: 'https://jenkins.example/job/payments-build/42/',
            scm: { commit: 'a'.repeat(40), branch: 'origin/main' },
          },
        });
      const started = build('STARTED');
      expect(
        (await deliver('jenkins', started, { authorization: 'Bearer nope' }))
          .status,
      ).toBe(401);
      const open = await deliver('jenkins', started, {
        'x-hub-signature-256': hub(SECRETS.jenkins, started),
      });
      expect(open.body).toMatchObject({ accepted: true });
      const done = build('FINALIZED', 'FAILURE');
      const failed = await deliver('jenkins', done, {
        authorization: `Bearer ${SECRETS.jenkins}`,
      });
      expect(failed.body.attestationId).toBeDefined();
      const [trail] = await trailsOf(flow.id);
      expect(trail).toMatchObject({ id: open.body.trailId, gitBranch: 'main' });
      const view = (await get(`/trails/${trail.id}`)).body;
      expect(view.complianceStatus).toBe('NON-COMPLIANT');
      // No X-Delivery-Id: the body's hash identifies the delivery.
      expect(
        (
          await deliver('jenkins', done, {
            authorization: `Bearer ${SECRETS.jenkins}`,
          })
        ).body.accepted,
      ).toBe(false);
    });

    it("generic: OpenFactstore's payload, signed in either header, attests by event type or its own type and status", async () => {
      const flow = (
        await post('/flows', {
          name: 'generic-ci',
          requiredAttestations: ['BUILD', 'TEST'],
        })
      ).body;
      const sha = 'b'.repeat(40);
      const event = (fields: object) =>
        JSON.stringify({ gitCommitSha: sha, gitBranch: 'main', ...fields });
      const started = event({ eventType: 'build.started' });
      expect(
        (
          await deliver(
            'generic',
            started,
            { 'x-webhook-signature': hub('not-the-secret', started) },
            `?flowId=${flow.id}`,
          )
        ).status,
      ).toBe(401);
      // No flow named: ?flowId= or body.flowName is required.
      const unnamed = await deliver('generic', started, {
        'x-hub-signature-256': hub(SECRETS.generic, started),
      });
      expect(unnamed.status).toBe(422);
      expect(unnamed.body.error.message).toContain('query.flowId');
      const open = await deliver(
        'generic',
        started,
        // OpenFactstore's own header, the HMAC as bare hex.
        {
          'x-webhook-signature': hub(SECRETS.generic, started).replace(
            'sha256=',
            '',
          ),
          'x-delivery-id': 'g-1',
        },
        `?flowId=${flow.id}`,
      );
      expect(open.body).toMatchObject({ accepted: true });
      expect(open.body.attestationId).toBeUndefined();
      const built = event({
        eventType: 'build.succeeded',
        flowName: 'generic-ci',
      });
      // A dry run answers as the delivery would be answered, and records nothing: not even its
      // receipt, so the same delivery afterwards is processed, not a replay.
      const preview = await deliver('generic', built, {
        'x-hub-signature-256': hub(SECRETS.generic, built),
        'x-delivery-id': 'g-2',
        'x-dry-run': 'true',
      });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        accepted: true,
        trailId: open.body.trailId,
        attestationId: expect.any(String),
      });
      expect(
        (await get(`/trails/${open.body.trailId}/attestations`)).body,
      ).toEqual([]);
      const passed = await deliver('generic', built, {
        'x-hub-signature-256': hub(SECRETS.generic, built),
        'x-delivery-id': 'g-2',
      });
      expect(passed.body).toMatchObject({
        accepted: true,
        trailId: open.body.trailId,
      });
      const tested = event({
        eventType: 'custom.step',
        attestationType: 'TEST',
        attestationStatus: 'FAILED',
        details: '3 of 120 failed',
      });
      const failed = await deliver(
        'generic',
        tested,
        { 'x-hub-signature-256': hub(SECRETS.generic, tested) },
        `?flowId=${flow.id}`,
      );
      expect(failed.body.attestationId).toBeDefined();
      const attestations = (
        await get(`/trails/${open.body.trailId}/attestations`)
      ).body.map((a: { type: string; status: string }) => [a.type, a.status]);
      expect(attestations).toEqual([
        ['BUILD', 'PASSED'],
        ['TEST', 'FAILED'],
      ]);
      expect(
        (await get(`/trails/${open.body.trailId}`)).body.complianceStatus,
      ).toBe('NON-COMPLIANT');
      const other = event({ eventType: 'release.noted' });
      const ignored = await deliver(
        'generic',
        other,
        { 'x-hub-signature-256': hub(SECRETS.generic, other) },
        `?flowId=${flow.id}`,
      );
      expect(ignored.body).toMatchObject({ accepted: false });
      expect(ignored.body.message).toContain('records nothing');
      const bad = event({ eventType: 'build.failed', gitCommitSha: 'HEAD' });
      expect(
        (
          await deliver(
            'generic',
            bad,
            { 'x-hub-signature-256': hub(SECRETS.generic, bad) },
            `?flowId=${flow.id}`,
          )
        ).status,
      ).toBe(400);
    });

    it('webhook configs: refuse secrets and internal URLs, deliver signed, retry with backoff and record each attempt', async () => {
      const withSecret = await post('/webhook-configs', {
        url: receiver.url('/hook'),
        secret: 's3cret',
      });
      expect(withSecret.status).toBe(400);
      expect(withSecret.body.error.message).toMatch(
        /body.secret: is not accepted/,
      );
      for (const [url, why] of [
        ['https://169.254.169.254/latest/meta-data', /link-local|linkLocal/],
        ['ftp://example.com/x', /must use https/],
        ['not a url', /not a valid URL/],
      ] as const) {
        const res = await post('/webhook-configs', { url });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/body.url: /);
        expect(res.body.error.message).toMatch(why);
      }
      expect((await post('/webhook-configs', {})).body.error.message).toMatch(
        /body.url/,
      );

      const created = await post('/webhook-configs', {
        name: 'audit sink',
        url: receiver.url('/hook?token=abc'),
      });
      expect(created.status).toBe(201);
      expect(created.body.url).toBe(receiver.url('/hook?…'));
      const sink = created.body;
      expect((await get('/webhook-configs')).body).toContainEqual(sink);

      const rule = await post('/notification-rules', {
        name: 'to the sink',
        triggerEvent: 'GATE_DENIED',
        channelType: 'WEBHOOK',
        channelConfig: { webhookConfigId: sink.id },
      });
      expect(rule.status).toBe(201);
      const noTarget = await post('/notification-rules', {
        name: 'x',
        triggerEvent: 'GATE_DENIED',
        channelType: 'WEBHOOK',
      });
      expect(noTarget.status).toBe(400);
      expect(noTarget.body.error.message).toMatch(
        /body.channelConfig.webhookConfigId/,
      );

      // The receiver fails twice, then takes the delivery.
      receiver.answers.push({ status: 503 }, { status: 500 });
      const before = receiver.requests.length;
      const test = await post(`/notification-rules/${rule.body.id}/test`, {});
      expect(test.status).toBe(202);
      expect(test.body).toEqual({
        status: 'SENT',
        attemptCount: 3,
        error: null,
      });
      const sent = receiver.requests.slice(before);
      expect(sent).toHaveLength(3);
      const last = sent[2];
      expect(last.path).toBe('/hook?token=abc');
      const timestamp = last.headers['x-factstore-timestamp'] as string;
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(
        3600,
      );
      expect(last.headers['x-factstore-signature-256']).toBe(
        `sha256=${createHmac('sha256', SIGNING).update(`${timestamp}.${last.body}`).digest('hex')}`,
      );
      expect(JSON.parse(last.body)).toMatchObject({
        eventType: 'GATE_DENIED',
        data: { ruleId: rule.body.id },
      });

      const [delivery] = (await get(`/webhook-configs/${sink.id}/deliveries`))
        .body;
      expect(delivery).toMatchObject({
        webhookConfigId: sink.id,
        status: 'SENT',
        attemptCount: 3,
        attempts: [
          {
            attempt: 1,
            responseStatus: 503,
            error: 'webhook audit sink answered HTTP 503',
          },
          { attempt: 2, responseStatus: 500 },
          { attempt: 3, responseStatus: 200, error: null },
        ],
      });

      // A receiver that keeps failing: every try recorded, the delivery FAILED.
      receiver.setFallback({ status: 502 });
      try {
        const failed = await post(
          `/notification-rules/${rule.body.id}/test`,
          {},
        );
        expect(failed.body).toMatchObject({
          status: 'FAILED',
          attemptCount: 3,
        });
        const deliveries = await eventually(
          async () =>
            (await get(`/webhook-configs/${sink.id}/deliveries`)).body,
          (d: Array<{ attempts: unknown[] }>) => d.length === 2,
        );
        expect(deliveries[0]).toMatchObject({
          status: 'FAILED',
          attemptCount: 3,
        });
        expect(deliveries[0].attempts).toHaveLength(3);
      } finally {
        receiver.setFallback({ status: 200 });
      }

      expect(
        (await get(`/webhook-configs/${sink.id}/deliveries`, {} as never))
          .status,
      ).toBe(401);
      expect(
        (
          await backend.http
            .delete(`${API}/webhook-configs/${sink.id}`)
            .set(jane)
        ).status,
      ).toBe(204);
      expect((await get(`/webhook-configs/${sink.id}/deliveries`)).status).toBe(
        404,
      );
    });
  },
);

describe('factstore webhook configs by default and without the permission', () => {
  it('refuse a loopback URL without an explicit allowance, and writes without the permission', async () => {
    const open = await startPluginBackend({ features: [factstorePlugin] });
    try {
      const res = await open.http
        .post(`${API}/webhook-configs`)
        .set(jane)
        .send({ url: 'http://127.0.0.1:9/hook' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/127\.0\.0\.1 \(loopback\)/);
      const unsigned = await open.http
        .post(`${API}/webhooks/github`)
        .set('content-type', 'application/json')
        .send('{}');
      expect(unsigned.status).toBe(401);
      expect(unsigned.body.error.message).toMatch(
        /factstore.webhooks.incoming.github.secret is not configured/,
      );
      expect(
        (
          await open.http
            .post(`${API}/webhook-configs`)
            .send({ url: 'https://example.com/' })
        ).status,
      ).toBe(401);
    } finally {
      await open.stop();
    }
    const denied = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
      config,
    });
    try {
      const res = await denied.http
        .post(`${API}/webhook-configs`)
        .set(jane)
        .send({ url: 'http://127.0.0.1:9/hook' });
      expect(res.status).toBe(403);
      // Refused before the URL is resolved: nothing of what an internal host resolves to is told.
      for (const url of [
        'https://169.254.169.254/latest/meta-data',
        'https://localhost/hook',
      ]) {
        const internal = await denied.http
          .post(`${API}/webhook-configs`)
          .set(jane)
          .send({ url });
        expect(internal.status).toBe(403);
        expect(internal.body.error.message).not.toMatch(
          /169\.254|127\.0\.0\.1|::1/,
        );
      }
      expect(
        (await denied.http.get(`${API}/webhook-configs`).set(jane)).body,
      ).toEqual([]);
    } finally {
      await denied.stop();
    }
  });
});
