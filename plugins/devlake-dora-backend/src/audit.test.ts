import {
  coreServices,
  createServiceFactory,
  type AuditorServiceCreateEventOptions,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { devlakePlugin } from './plugin';
import { SECRETS, hubSignature, testConfig } from './test/signing';

const databases = createTestDatabases();

/** One audit event as the plugin reported it: how it was opened and how it ended. */
interface Recorded {
  options: AuditorServiceCreateEventOptions;
  success?: { meta?: object };
  fail?: { error: Error; meta?: object };
}

// Jenkins has no secret here: a source with none configured refuses everything.
const { jenkins: _jenkins, ...webhooks } = testConfig.devlake.webhooks;
const config = { devlake: { ...testConfig.devlake, webhooks } };

describe.each(databases.eachSupportedId())(
  'devlake and the Backstage auditor on %s',
  databaseId => {
    let backend: PluginBackend;
    let events: Recorded[] = [];
    const auditor = mockServices.auditor.mock({
      createEvent: jest.fn(
        async (options: AuditorServiceCreateEventOptions) => {
          const recorded: Recorded = { options };
          events.push(recorded);
          return {
            success: async (params?: { meta?: object }) =>
              void (recorded.success = params ?? {}),
            fail: async (params: { error: Error; meta?: object }) =>
              void (recorded.fail = params),
          };
        },
      ),
    });
    const post = (
      path: string,
      body: string,
      headers: Record<string, string>,
    ) =>
      backend.http
        .post(`/api/devlake${path}`)
        .set({ 'Content-Type': 'application/json', ...headers })
        .send(body);
    /** The one event the request produced (also checks it produced only one). */
    const only = () => {
      expect(events).toHaveLength(1);
      return events[0];
    };

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [
          devlakePlugin,
          catalogServiceMock.factory({ entities: [] }),
          auditor.factory,
        ],
        knex: await databases.init(databaseId),
        config,
      });
    });
    afterAll(() => backend.stop());
    beforeEach(() => {
      events = [];
    });

    const argo = JSON.stringify({
      type: 'sync',
      application: 'audited',
      status: 'Succeeded',
      revision: 'a1',
      timestamp: '2026-10-01T10:00:00Z',
    });

    describe('a refused delivery is a failed event of severity medium', () => {
      it('names source, route (without the query), sender address and reason, never the secret presented', async () => {
        const presented = 'presented-but-wrong-secret';
        const res = await post('/webhooks/argocd?from=ci', argo, {
          Authorization: `Bearer ${presented}`,
        });
        expect(res.status).toBe(401);
        const event = only();
        expect(event.options).toMatchObject({
          eventId: 'webhook-delivery',
          severityLevel: 'medium',
          meta: {
            source: 'argocd',
            route: '/api/devlake/webhooks/argocd',
            ip: expect.stringContaining('127.0.0.1'),
          },
        });
        expect(event.fail).toMatchObject({
          error: { name: 'AuthenticationError' },
          meta: { reason: 'secret-mismatch' },
        });
        expect(event.success).toBeUndefined();
        const logged = JSON.stringify([
          event.options.meta,
          event.fail?.meta,
          event.fail?.error.message,
        ]);
        expect(logged).not.toContain(presented);
        expect(logged).not.toContain(SECRETS.argocd);
      });

      it('never records a presented signature', async () => {
        const signature = hubSignature('not-the-secret', '{}');
        const res = await post('/webhooks/github', '{}', {
          'X-GitHub-Event': 'push',
          'X-Hub-Signature-256': signature,
        });
        expect(res.status).toBe(401);
        const event = only();
        expect(event.options.meta).toMatchObject({
          source: 'github',
          route: '/api/devlake/webhooks/github',
        });
        expect(event.fail?.meta).toEqual({ reason: 'signature-mismatch' });
        expect(
          JSON.stringify([
            event.options.meta,
            event.fail?.meta,
            event.fail?.error.message,
          ]),
        ).not.toContain(signature.slice(7));
      });

      it.each([
        [
          'a delivery with no credentials',
          '/webhooks/argocd',
          {},
          'argocd',
          'credentials-missing',
        ],
        [
          'a GitHub delivery without its signature',
          '/webhooks/github',
          { 'X-GitHub-Event': 'push' },
          'github',
          'signature-missing',
        ],
        [
          'a source with no secret configured',
          '/webhooks/jenkins',
          { Authorization: `Bearer ${SECRETS.jenkins}` },
          'jenkins',
          'secret-not-configured',
        ],
        [
          'a DevLake delivery to a connection',
          '/plugins/webhook/connections/1/deployments',
          { Authorization: 'Bearer x' },
          'devlake',
          'secret-mismatch',
        ],
      ])('%s', async (_name, path, headers, source, reason) => {
        expect((await post(path, '{}', headers)).status).toBe(401);
        const event = only();
        expect(event.options).toMatchObject({
          severityLevel: 'medium',
          meta: { source, route: `/api/devlake${path}` },
        });
        expect(event.fail?.meta).toEqual({ reason });
      });
    });

    describe('an accepted delivery is not audited (it is stored with its source; ingestion throughput matters)', () => {
      it('records nothing for a stored, an ignored or a malformed verified delivery', async () => {
        expect(
          (
            await post('/webhooks/argocd', argo, {
              Authorization: `Bearer ${SECRETS.argocd}`,
            })
          ).status,
        ).toBe(200);
        const body = JSON.stringify({ zen: 'Keep it logically awesome.' });
        expect(
          (
            await post('/webhooks/github', body, {
              'X-GitHub-Event': 'watch',
              'X-Hub-Signature-256': hubSignature(SECRETS.github, body),
            })
          ).status,
        ).toBe(202);
        expect(
          (
            await post('/webhooks/argocd', '{not json', {
              Authorization: `Bearer ${SECRETS.argocd}`,
            })
          ).status,
        ).toBe(400);
        expect(events).toEqual([]);
      });
    });

    describe('reads are events of severity low', () => {
      it('records the scope a metrics read asked for, with the request for the actor', async () => {
        const res = await backend.http
          .get('/api/devlake/dora/lead-time?project=checkout')
          .set(authHeaders.user());
        expect(res.status).toBe(200);
        const event = only();
        expect(event.options).toMatchObject({
          eventId: 'metrics-fetch',
          meta: { queryType: 'by-metric' },
        });
        expect(event.options.severityLevel).toBe('low');
        expect(event.options.request?.path).toBe('/dora/lead-time');
        expect(event.success?.meta).toEqual({
          project: 'checkout',
          team: null,
          metric: 'leadTimeForChanges',
        });
      });

      it('fails a read refused for its input', async () => {
        const res = await backend.http
          .get('/api/devlake/deployment-history?service=checkout&limit=500')
          .set(authHeaders.user());
        expect(res.status).toBe(400);
        const event = only();
        expect(event.options.eventId).toBe('deployment-history-fetch');
        expect(event.fail?.error.name).toBe('InputError');
      });
    });
  },
);

/** Every line the backend logs, with the fields of the loggers it went through. */
function recordingRootLogger() {
  const lines: Array<{
    level: string;
    message: string;
    fields: Record<string, unknown>;
  }> = [];
  const logger = (fields: Record<string, unknown>): LoggerService => {
    const log =
      (level: string) =>
      (message: string, meta?: Error | Record<string, unknown>) =>
        void lines.push({
          level,
          message,
          fields: {
            ...fields,
            ...(meta instanceof Error ? { error: meta.message } : meta),
          },
        });
    return {
      error: log('error'),
      warn: log('warn'),
      info: log('info'),
      debug: log('debug'),
      child: more => logger({ ...fields, ...more }),
    };
  };
  return {
    lines,
    factory: createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => logger({}),
    }),
  };
}

describe.each(databases.eachSupportedId())(
  "devlake and the backend's default auditor on %s",
  databaseId => {
    let backend: PluginBackend;
    const root = recordingRootLogger();
    const audit = () =>
      root.lines.filter(
        line =>
          line.fields.isAuditEvent &&
          line.message === 'devlake.webhook-delivery',
      );

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [
          devlakePlugin,
          catalogServiceMock.factory({ entities: [] }),
          root.factory,
        ],
        knex: await databases.init(databaseId),
        config,
      });
    });
    afterAll(() => backend.stop());
    beforeEach(() => {
      root.lines.length = 0;
    });

    const argo = JSON.stringify({
      type: 'sync',
      application: 'logged',
      status: 'Succeeded',
      revision: 'b2',
      timestamp: '2026-10-02T10:00:00Z',
    });
    const deliver = (secret: string) =>
      backend.http
        .post('/api/devlake/webhooks/argocd')
        .set({
          'Content-Type': 'application/json',
          Authorization: `Bearer ${secret}`,
        })
        .send(argo);

    it('accepts a source secret sent as a Bearer token, with no audit line for the accepted delivery', async () => {
      expect((await deliver(SECRETS.argocd)).status).toBe(200);
      expect(audit()).toEqual([]);
    });

    it('logs a refused delivery at info, and no line holds the presented secret', async () => {
      const presented = 'a-guess-at-the-argocd-secret';
      expect((await deliver(presented)).status).toBe(401);
      expect(audit().map(line => [line.level, line.fields.status])).toEqual([
        ['info', 'initiated'],
        ['info', 'failed'],
      ]);
      expect(audit()[1].fields).toMatchObject({
        severityLevel: 'medium',
        meta: { source: 'argocd', reason: 'secret-mismatch' },
      });
      expect(JSON.stringify(root.lines)).not.toContain(presented);
    });
  },
);
