import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(180_000);
const API = '/api/factstore/api/v1';
const JANE = 'user:default/jane';
const RELEASE_MANAGERS = 'group:default/release-managers';
const jane = authHeaders.user(JANE);
const janeDryRun = { ...jane, 'X-Dry-Run': 'true' };
const bob = authHeaders.user('user:default/bob');
const ci = authHeaders.service('factstore', 'external:ci');

/** Jane is a release manager; everyone else belongs to no group. */
const userInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const ref = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: ref === JANE ? [ref, RELEASE_MANAGERS] : [ref],
      };
    },
  }),
});

/** Backstage's notifications service as a recorder that fails the first `failures` sends. */
function recordingNotifications() {
  const sent: NotificationSendOptions[] = [];
  const state = { failures: 0 };
  const factory = createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({
      async send(options: NotificationSendOptions) {
        if (state.failures > 0) {
          state.failures--;
          throw new Error('notifications backend answered 503');
        }
        sent.push(options);
      },
    }),
  });
  return { sent, state, factory };
}

/** Polls until `check` holds: notifications are sent after the change is answered. */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean) {
  for (let i = 0; i < 1200; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise(r => setTimeout(r, 50));
  }
  throw new Error('condition never held');
}

describe.each(databases.eachSupportedId())(
  'factstore notifications on %s',
  databaseId => {
    let backend: PluginBackend;
    const backstage = recordingNotifications();

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin, userInfo, backstage.factory],
        knex: await databases.init(databaseId),
        config: { factstore: { notifications: { retryDelayMs: 5 } } },
      });
    });
    afterAll(() => backend.stop());

    const post = (path: string, body: object, headers = jane) =>
      backend.http.post(`${API}${path}`).set(headers).send(body);
    const put = (path: string, body: object, headers = jane) =>
      backend.http.put(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers = jane) =>
      backend.http.get(`${API}${path}`).set(headers);

    async function trailOf(flowName: string, required: string[]) {
      const flow = (
        await post('/flows', { name: flowName, requiredAttestations: required })
      ).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run-1' }, ci)
      ).body;
      return { flow, trail };
    }

    it('refuses bad rules naming the field, and manages good ones', async () => {
      const bad = [
        [
          { name: 'x', triggerEvent: 'NOPE', channelType: 'IN_APP' },
          /body.triggerEvent: must be one of TRAIL_NON_COMPLIANT/,
        ],
        [
          { name: 'x', triggerEvent: 'GATE_DENIED', channelType: 'SMOKE' },
          /body.channelType: must be one of IN_APP, BACKSTAGE/,
        ],
        [
          {
            name: 'x',
            triggerEvent: 'GATE_DENIED',
            channelType: 'IN_APP',
            channelConfig: '{"recipients":["component:default/x"]}',
          },
          /body.channelConfig.recipients\[0\]: must be a user or group entity ref/,
        ],
        [
          {
            name: 'x',
            triggerEvent: 'GATE_DENIED',
            channelType: 'IN_APP',
            channelConfig: '{oops',
          },
          /body.channelConfig: must be a JSON object/,
        ],
        [{ triggerEvent: 'GATE_DENIED', channelType: 'IN_APP' }, /body.name/],
      ] as const;
      for (const [body, message] of bad) {
        const res = await post('/notification-rules', body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      }
      expect((await get('/notification-rules')).body).toEqual([]);

      const created = await post('/notification-rules', {
        name: 'gate denials',
        triggerEvent: 'GATE_DENIED',
        channelType: 'IN_APP',
        channelConfig: '{"recipients":["group:release-managers"]}',
        filterEnvironmentId: '00000000-0000-4000-8000-000000000001',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'gate denials',
        isActive: true,
        channelConfig: JSON.stringify({ recipients: [RELEASE_MANAGERS] }),
        filterFlowId: null,
        createdBy: JANE,
      });
      const id = created.body.id;
      expect((await get(`/notification-rules/${id}`)).body.id).toBe(id);
      const updated = await put(`/notification-rules/${id}`, {
        isActive: false,
        clearFilterEnvironmentId: true,
      });
      expect(updated.body).toMatchObject({
        isActive: false,
        filterEnvironmentId: null,
        name: 'gate denials',
      });
      expect(
        (await backend.http.delete(`${API}/notification-rules/${id}`).set(jane))
          .status,
      ).toBe(204);
      expect((await get(`/notification-rules/${id}`)).status).toBe(404);
      expect(
        (await put(`/notification-rules/${id}`, { name: 'y' })).status,
      ).toBe(404);
      expect((await backend.http.get(`${API}/notification-rules`)).status).toBe(
        401,
      );
    });

    it('a non-compliant trail notifies the group in-app; each reader keeps their own read state', async () => {
      const rule = (
        await post('/notification-rules', {
          name: 'non-compliant trails',
          triggerEvent: 'TRAIL_NON_COMPLIANT',
          channelType: 'IN_APP',
          channelConfig: { recipients: [RELEASE_MANAGERS] },
        })
      ).body;
      const { trail } = await trailOf('notify-trail', ['junit']);
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );

      await eventually(
        async () => (await get('/notifications/unread-count')).body.count,
        count => count === 1,
      );
      expect((await get('/notifications/unread-count', bob)).body).toEqual({
        count: 0,
      });
      const [notification] = (await get('/notifications')).body;
      expect(notification).toMatchObject({
        ruleId: rule.id,
        triggerEvent: 'TRAIL_NON_COMPLIANT',
        severity: 'CRITICAL',
        entityType: 'trail',
        entityId: trail.id,
        recipients: [RELEASE_MANAGERS],
        isRead: false,
      });
      expect(notification.title).toMatch(
        /run-1 of flow notify-trail is non-compliant/,
      );
      expect(notification.message).toMatch(/junit/);
      expect((await get('/notifications?severity=INFO')).body).toEqual([]);
      expect((await get('/notifications?severity=LOUD')).status).toBe(400);

      expect(
        (await post(`/notifications/${notification.id}/read`, {}, bob)).status,
      ).toBe(404);
      // A dry run answers as if marked, and leaves it unread.
      const preview = await post(
        `/notifications/${notification.id}/read`,
        {},
        janeDryRun,
      );
      expect(preview.body).toMatchObject({ id: notification.id, isRead: true });
      expect(
        (await post('/notifications/read-all', {}, janeDryRun)).status,
      ).toBe(204);
      expect((await get('/notifications/unread-count')).body).toEqual({
        count: 1,
      });
      const read = await post(`/notifications/${notification.id}/read`, {});
      expect(read.body).toMatchObject({ id: notification.id, isRead: true });
      expect((await get('/notifications?isRead=false')).body).toEqual([]);
      expect((await get('/notifications/unread-count')).body).toEqual({
        count: 0,
      });
      expect((await post('/notifications/read-all', {})).status).toBe(204);

      const [delivery] = (
        await get(`/notification-rules/${rule.id}/deliveries`)
      ).body;
      expect(delivery).toMatchObject({
        ruleId: rule.id,
        eventType: 'TRAIL_NON_COMPLIANT',
        status: 'SENT',
        attemptCount: 1,
        error: null,
      });
    });

    it("approval requests go through Backstage's notifications service, retried and recorded", async () => {
      const rule = (
        await post('/notification-rules', {
          name: 'reviews',
          triggerEvent: 'APPROVAL_REQUESTED',
          channelType: 'BACKSTAGE',
        })
      ).body;
      const { trail } = await trailOf('notify-approval', []);
      backstage.state.failures = 2;
      await post(`/trails/${trail.id}/approvals`, { comment: 'ship 1.2' }, ci);

      const [delivery] = await eventually(
        async () =>
          (await get(`/notification-rules/${rule.id}/deliveries`)).body,
        (d: unknown[]) => d.length === 1,
      );
      expect(delivery).toMatchObject({
        status: 'SENT',
        attemptCount: 3,
        error: null,
      });
      const sent = backstage.sent.find(
        s => s.payload.topic === 'factstore:APPROVAL_REQUESTED',
      );
      expect(sent).toMatchObject({
        recipients: { type: 'broadcast' },
        payload: { severity: 'normal' },
      });
      expect(sent!.payload.title).toMatch(/Approval requested for trail run-1/);

      // A test notification cannot be taken back: a dry run of it is refused, and sends nothing.
      const sentBefore = backstage.sent.length;
      const dryTest = await post(
        `/notification-rules/${rule.id}/test`,
        {},
        janeDryRun,
      );
      expect(dryTest.status).toBe(400);
      expect(dryTest.body.error.message).toMatch(/x-dry-run/);
      expect(backstage.sent.length).toBe(sentBefore);

      backstage.state.failures = 3;
      const test = await post(`/notification-rules/${rule.id}/test`, {});
      expect(test.status).toBe(202);
      expect(test.body).toEqual({
        status: 'FAILED',
        attemptCount: 3,
        error: 'notifications backend answered 503',
      });
      const deliveries = (
        await get(`/notification-rules/${rule.id}/deliveries`)
      ).body;
      expect(deliveries[0]).toMatchObject({
        status: 'FAILED',
        attemptCount: 3,
      });
    });
  },
);

describe('factstore notification rules without the permission', () => {
  it('are refused with 403', async () => {
    const backend = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
    });
    try {
      const res = await backend.http
        .post(`${API}/notification-rules`)
        .set(jane)
        .send({
          name: 'x',
          triggerEvent: 'GATE_DENIED',
          channelType: 'IN_APP',
        });
      expect(res.status).toBe(403);
      expect(
        (await backend.http.get(`${API}/notification-rules`).set(jane)).body,
      ).toEqual([]);
    } finally {
      await backend.stop();
    }
  });
});
