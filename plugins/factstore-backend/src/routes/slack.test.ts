import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHmac } from 'node:crypto';
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
const ci = authHeaders.service('factstore', 'external:ci');
const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const INCOMING = '/services/T000/B000/XXXXSECRETXXXX';

/** A request signed the way Slack signs it: v0=HMAC-SHA256("v0:<ts>:<body>"). */
function slackHeaders(body: string, secret = SIGNING_SECRET, at = Date.now()) {
  const timestamp = String(Math.floor(at / 1000));
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': signature,
  };
}

describe.each(databases.eachSupportedId())(
  'factstore Slack on %s',
  databaseId => {
    let backend: PluginBackend;
    let slack: RecordingServer;

    beforeAll(async () => {
      // Slack's incoming webhooks answer 200 "ok", or an error code as text.
      slack = await startRecordingServer({ status: 200, body: 'ok' });
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config: {
          factstore: {
            notifications: { retryDelayMs: 5 },
            outbound: { allowedAddresses: ['127.0.0.1'] },
            slack: {
              signingSecret: SIGNING_SECRET,
              incomingWebhooks: {
                releases: slack.url(INCOMING),
                broken: slack.url('/services/gone'),
              },
            },
          },
        },
      });
    });
    afterAll(async () => {
      await backend.stop();
      await slack.close();
    });

    const post = (
      path: string,
      body: object,
      headers: Record<string, string> = jane,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers: Record<string, string> = jane) =>
      backend.http.get(`${API}${path}`).set(headers);
    const form = (
      path: string,
      body: string,
      headers: Record<string, string>,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);

    it('configures an organisation by channel name, never by secret', async () => {
      const secret = await post('/organisations/acme/slack', {
        channel: 'releases',
        botToken: 'xoxb-1',
        signingSecret: 'abc',
      });
      expect(secret.status).toBe(400);
      expect(secret.body.error.message).toMatch(
        /body.botToken: is not accepted/,
      );
      expect(secret.body.error.message).toMatch(
        /body.signingSecret: is not accepted/,
      );
      const unknown = await post('/organisations/acme/slack', {
        channel: 'general',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(
        /body.channel: must name an incoming webhook of factstore.slack.incomingWebhooks \(releases, broken\)/,
      );
      expect(
        (await post('/organisations/Not A Slug/slack', { channel: 'releases' }))
          .status,
      ).toBe(400);
      expect((await get('/organisations/acme/slack')).status).toBe(404);

      const configured = await post('/organisations/acme/slack', {
        channel: 'releases',
      });
      expect(configured.status).toBe(200);
      expect(configured.body).toMatchObject({
        orgSlug: 'acme',
        channel: 'releases',
        createdBy: 'user:default/jane',
      });
      expect(JSON.stringify(configured.body)).not.toContain('SECRET');
      expect((await get('/organisations/acme/slack')).body).toEqual(
        configured.body,
      );
      expect((await get('/organisations/acme/slack', {})).status).toBe(401);

      await post('/organisations/gone/slack', { channel: 'releases' });
      expect(
        (await backend.http.delete(`${API}/organisations/gone/slack`).set(jane))
          .status,
      ).toBe(204);
      expect((await get('/organisations/gone/slack')).status).toBe(404);
    });

    it('answers slash commands and buttons signed with the signing secret; refuses forged and replayed ones', async () => {
      await post('/organisations/cmd/slack', { channel: 'releases' });
      const flow = (
        await post('/flows', {
          name: 'slack-flow',
          requiredAttestations: ['junit'],
        })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run-7' }, ci)
      ).body;

      const body = new URLSearchParams({
        command: '/factstore',
        text: `status ${trail.id}`,
        user_id: 'U123',
        user_name: 'jane',
      }).toString();
      const ok = await form(
        '/organisations/cmd/slack/commands',
        body,
        slackHeaders(body),
      );
      expect(ok.status).toBe(200);
      expect(ok.body.response_type).toBe('in_channel');
      expect(ok.body.text).toMatch(/Trail \*run-7\*: INCOMPLETE/);
      expect(ok.body.text).toMatch(/Missing: junit/);

      const forged = await form(
        '/organisations/cmd/slack/commands',
        body,
        slackHeaders(body, 'another-app-secret'),
      );
      expect(forged.status).toBe(401);
      const replayed = await form(
        '/organisations/cmd/slack/commands',
        body,
        slackHeaders(body, SIGNING_SECRET, Date.now() - 6 * 60 * 1000),
      );
      expect(replayed.status).toBe(401);
      expect(replayed.body.error.message).toMatch(/more than five minutes/);
      const tampered = await form(
        '/organisations/cmd/slack/commands',
        body.replace('status', 'help'),
        slackHeaders(body),
      );
      expect(tampered.status).toBe(401);
      const unsigned = await form('/organisations/cmd/slack/commands', body, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(unsigned.status).toBe(401);

      const help = 'text=';
      expect(
        (
          await form(
            '/organisations/cmd/slack/commands',
            help,
            slackHeaders(help),
          )
        ).body,
      ).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringMatching(/Usage/),
      });

      const approval = (
        await post(`/trails/${trail.id}/approvals`, { comment: 'ship' }, ci)
      ).body;
      const payload = JSON.stringify({
        type: 'block_actions',
        user: { id: 'U123' },
        actions: [{ action_id: 'factstore_view_approval', value: approval.id }],
      });
      const action = new URLSearchParams({ payload }).toString();
      const pressed = await form(
        '/organisations/cmd/slack/actions',
        action,
        slackHeaders(action),
      );
      expect(pressed.status).toBe(200);
      expect(pressed.body.text).toMatch(
        new RegExp(`Approval ${approval.id}: PENDING`),
      );
      const noPayload = 'foo=bar';
      const bad = await form(
        '/organisations/cmd/slack/actions',
        noPayload,
        slackHeaders(noPayload),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/body.payload/);
      const elsewhere = 'text=help';
      expect(
        (
          await form(
            '/organisations/nobody/slack/commands',
            elsewhere,
            slackHeaders(elsewhere),
          )
        ).status,
      ).toBe(404);
    });

    it('notifies the channel through its incoming webhook, retried and answered', async () => {
      await post('/organisations/notify/slack', { channel: 'releases' });
      const trailId = '00000000-0000-4000-8000-000000000007';
      const bad = await post(
        '/organisations/notify/slack/notify/trail-non-compliant',
        {
          flowName: 'payments',
        },
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/body.trailId/);

      slack.answers.push({ status: 500, body: 'internal_error' });
      const before = slack.requests.length;
      const sent = await post(
        '/organisations/notify/slack/notify/trail-non-compliant',
        {
          trailId,
          flowName: 'payments',
          missingAttestationTypes: ['junit'],
          failedAttestationTypes: ['snyk'],
          trailUrl: 'https://backstage.example/factstore/trails/7',
        },
      );
      expect(sent.status).toBe(202);
      expect(sent.body).toMatchObject({ status: 'SENT', attemptCount: 2 });
      expect(sent.body.attempts[0]).toMatchObject({ responseStatus: 500 });
      const [first, second] = slack.requests.slice(before);
      expect(first.path).toBe(INCOMING);
      expect(second.headers['content-type']).toBe('application/json');
      const message = JSON.parse(second.body);
      expect(message.text).toBe(
        `Trail ${trailId} of flow payments is non-compliant`,
      );
      expect(message.blocks[0].text.text).toMatch(
        /Missing attestations: junit/,
      );
      expect(message.blocks[0].text.text).toMatch(/Failed attestations: snyk/);

      const approval = await post(
        '/organisations/notify/slack/notify/approval-requested',
        {
          approvalId: 'A-1',
          artifactSha: 'sha256:abc',
          targetEnvironment: 'production',
          requiredApprovers: ['group:default/release-managers'],
        },
      );
      expect(approval.status).toBe(202);
      expect(
        JSON.parse(slack.requests[slack.requests.length - 1].body).blocks[1],
      ).toMatchObject({
        type: 'actions',
        elements: [{ action_id: 'factstore_view_approval', value: 'A-1' }],
      });

      // Slack answers 404 no_service for a removed webhook: not retried, reported.
      await post('/organisations/stale/slack', { channel: 'broken' });
      slack.answers.push({ status: 404, body: 'no_service' });
      const gone = await post(
        '/organisations/stale/slack/notify/approval-requested',
        {
          approvalId: 'A-2',
          artifactSha: 'sha256:def',
          targetEnvironment: 'staging',
        },
      );
      expect(gone.body).toMatchObject({
        status: 'FAILED',
        attemptCount: 1,
        error: 'Slack incoming webhook broken answered HTTP 404',
      });
      expect(JSON.stringify(gone.body)).not.toContain('/services/');
      // Each notification is recorded after its delivery, with what the delivery did.
      const notified = (
        await get('/audit?eventType=SLACK_NOTIFIED&size=100')
      ).body.content.map((e: { details: object }) => e.details);
      expect(notified).toContainEqual(
        expect.objectContaining({
          orgSlug: 'stale',
          status: 'FAILED',
          attemptCount: 1,
          responseStatus: 404,
          error: 'Slack incoming webhook broken answered HTTP 404',
        }),
      );
      expect(notified).toContainEqual(
        expect.objectContaining({
          orgSlug: 'notify',
          status: 'SENT',
          attemptCount: 2,
          responseStatus: 200,
        }),
      );
      // A dry run would still post to Slack: refused, and nothing is sent.
      const sentBefore = slack.requests.length;
      const dry = await post(
        '/organisations/notify/slack/notify/approval-requested',
        { approvalId: 'A-9', artifactSha: 'x', targetEnvironment: 'y' },
        { ...jane, 'x-dry-run': 'true' },
      );
      expect(dry.status).toBe(400);
      expect(dry.body.error.message).toMatch(/headers.x-dry-run: .*Slack/);
      expect(slack.requests.length).toBe(sentBefore);
      expect(
        (
          await post('/organisations/none/slack/notify/approval-requested', {
            approvalId: 'A-3',
            artifactSha: 'x',
            targetEnvironment: 'y',
          })
        ).status,
      ).toBe(404);
    });

    it('a SLACK notification rule posts non-compliant trails to the channel', async () => {
      await post('/organisations/rules/slack', { channel: 'releases' });
      const missingOrg = await post('/notification-rules', {
        name: 'x',
        triggerEvent: 'TRAIL_NON_COMPLIANT',
        channelType: 'SLACK',
      });
      expect(missingOrg.status).toBe(400);
      expect(missingOrg.body.error.message).toMatch(
        /body.channelConfig.slackOrg/,
      );
      const rule = (
        await post('/notification-rules', {
          name: 'to slack',
          triggerEvent: 'TRAIL_NON_COMPLIANT',
          channelType: 'SLACK',
          channelConfig: { slackOrg: 'rules' },
        })
      ).body;
      const flow = (
        await post('/flows', {
          name: 'slack-rule-flow',
          requiredAttestations: ['junit'],
        })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run-9' }, ci)
      ).body;
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );
      const [delivery] = await eventually(
        async () =>
          (await get(`/notification-rules/${rule.id}/deliveries`)).body,
        (d: unknown[]) => d.length === 1,
      );
      expect(delivery).toMatchObject({ status: 'SENT', attemptCount: 1 });
      expect(
        slack.requests.some(r =>
          r.body.includes('run-9 of flow slack-rule-flow is non-compliant'),
        ),
      ).toBe(true);
    });
  },
);

describe('factstore Slack without the permission or the signing secret', () => {
  it('refuses configuration with 403 and every command with 401', async () => {
    const backend = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
    });
    try {
      const res = await backend.http
        .post(`${API}/organisations/acme/slack/notify/trail-non-compliant`)
        .set(jane)
        .send({
          trailId: '00000000-0000-4000-8000-000000000007',
          flowName: 'x',
        });
      expect(res.status).toBe(403);
      const body = 'text=help';
      const command = await backend.http
        .post(`${API}/organisations/acme/slack/commands`)
        .set(slackHeaders(body))
        .send(body);
      expect(command.status).toBe(401);
      expect(command.body.error.message).toMatch(
        /factstore.slack.signingSecret is not configured/,
      );
    } finally {
      await backend.stop();
    }
  });
});
