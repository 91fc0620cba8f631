import { eventually } from './__testUtils__/eventually';
import type { AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { cheLauncherPlugin } from './plugin';
import { HttpsTestServer } from './__testUtils__/httpsTestServer';

type Meta = AuditorServiceCreateEventOptions['meta'];

interface RecordedEvent {
  eventId: string;
  severityLevel?: string;
  status: 'initiated' | 'succeeded' | 'failed';
  meta?: Meta;
  error?: Error;
}

/** An auditor that records every event as Backstage's own would log it: outcome meta merged over the initial meta. */
function recordingAuditor() {
  const events: RecordedEvent[] = [];
  const mock = mockServices.auditor.mock({
    createEvent: async ({ eventId, severityLevel, meta }) => {
      events.push({ eventId, severityLevel, status: 'initiated', meta });
      return {
        success: async options => {
          events.push({
            eventId,
            severityLevel,
            status: 'succeeded',
            meta: { ...meta, ...options?.meta },
          });
        },
        fail: async options => {
          events.push({
            eventId,
            severityLevel,
            status: 'failed',
            meta: { ...meta, ...options.meta },
            error: options.error,
          });
        },
      };
    },
  });
  return { events, factory: mock.factory };
}

const BASE = '/api/che-launcher';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Secrets in play in these tests: none may reach an audit event. */
const URL_TOKEN = 'url-query-secret-4711';
const SCM_TOKEN = 'gitlab-integration-secret-0815';
/** A string only the devfile's contents hold. */
const DEVFILE_CONTENT_MARKER = 'quay.io/audit/content-marker-image';

describe('che-launcher and the Backstage auditor', () => {
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: 20, stopDelayMs: 20 },
  });
  const devfiles = new HttpsTestServer();
  const auditor = recordingAuditor();
  let backend: PluginBackend;
  let denying: PluginBackend;

  const as = (user: string) => authHeaders.user(`user:default/${user}`);
  const create = (user: string, body: object) =>
    backend.http.post(`${BASE}/workspaces`).set(as(user)).send(body);
  /** The one event the last request made: its initiated record and its outcome. */
  function lastEvent() {
    expectNoSecrets();
    const [initiated, outcome, ...rest] = auditor.events;
    expect(rest).toEqual([]);
    expect(initiated.status).toBe('initiated');
    expect(outcome).toMatchObject({
      eventId: initiated.eventId,
      severityLevel: initiated.severityLevel,
    });
    return outcome;
  }

  /** No token, query secret or devfile content in any event: meta, error message or stack. */
  function expectNoSecrets() {
    const recorded = JSON.stringify(
      auditor.events.map(e => ({
        ...e,
        error: e.error && {
          name: e.error.name,
          message: e.error.message,
          stack: e.error.stack,
        },
      })),
    );
    expect(recorded).not.toContain(URL_TOKEN);
    expect(recorded).not.toContain(SCM_TOKEN);
    expect(recorded).not.toContain(DEVFILE_CONTENT_MARKER);
  }

  beforeAll(async () => {
    await Promise.all([sim.start(), devfiles.start()]);
    devfiles.routes.set('/app.yaml', {
      body: `schemaVersion: 2.2.0\nmetadata:\n  name: app\ncomponents:\n  - name: dev\n    container:\n      image: ${DEVFILE_CONTENT_MARKER}\n`,
    });
    const config = {
      kubernetes: {
        clusterLocatorMethods: [
          { type: 'config', clusters: [sim.clusterConfig('local')] },
        ],
      },
      // The test server stands in for a private GitLab: its token goes with every fetch from it.
      integrations: {
        gitlab: [
          {
            host: `127.0.0.1:${devfiles.port}`,
            token: SCM_TOKEN,
            apiBaseUrl: `https://127.0.0.1:${devfiles.port}/api/v4`,
          },
        ],
      },
      cheLauncher: {
        limits: { maxRunningWorkspacesPerUser: 2 },
        devfileFetch: {
          allowPrivateNetworks: true,
          extraCaCertificates: [devfiles.ca],
        },
      },
    };
    const catalog = catalogServiceMock.factory({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'app',
            namespace: 'default',
            annotations: {
              'eclipse.org/che-devfile-url': `${devfiles.url('/app.yaml')}?token=${URL_TOKEN}`,
            },
          },
          spec: {},
        },
      ],
    });
    [backend, denying] = await Promise.all([
      startPluginBackend({
        features: [cheLauncherPlugin, catalog, auditor.factory],
        permission: 'allow',
        config,
      }),
      startPluginBackend({
        features: [cheLauncherPlugin, catalog, auditor.factory],
        permission: 'deny',
        config,
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([backend?.stop(), denying?.stop()]);
    await Promise.all([sim.stop(), devfiles.stop()]);
  });

  beforeEach(() => {
    auditor.events.length = 0;
  });

  describe('workspace-create', () => {
    it('succeeds with the workspace, its namespace, the devfile source without its query, and the phase', async () => {
      const res = await create('creator', {
        devfileUrl: `${devfiles.url('/app.yaml')}?token=${URL_TOKEN}#top`,
        editor: 'che-incubator/che-code/latest',
      });
      expect(res.status).toBe(201);
      // The fetch did carry the integration's token: the secret was there to leak.
      expect(devfiles.requests.at(-1)?.headers['private-token']).toBe(
        SCM_TOKEN,
      );
      expect(auditor.events[0]).toEqual({
        eventId: 'workspace-create',
        severityLevel: 'medium',
        status: 'initiated',
        meta: undefined,
      });
      expect(lastEvent()).toEqual({
        eventId: 'workspace-create',
        severityLevel: 'medium',
        status: 'succeeded',
        meta: {
          owner: 'user:default/creator',
          namespace: 'creator-che',
          namespaceProvisioned: true,
          devfileSource: devfiles.url('/app.yaml'),
          editor: 'che-incubator/che-code/latest',
          workspaceId: res.body.workspaceId,
          workspaceName: res.body.name,
          phase: 'Starting',
        },
      });
      expect(res.body.workspaceId).toMatch(UUID);
    });

    it('records the devfile source it read from the entity, and no namespace creation when it exists', async () => {
      const res = await create('creator', {
        entityRef: 'component:default/app',
      });
      expect(res.status).toBe(201);
      expect(lastEvent()).toMatchObject({
        status: 'succeeded',
        meta: {
          entityRef: 'component:default/app',
          devfileSource: devfiles.url('/app.yaml'),
          owner: 'user:default/creator',
          workspaceName: res.body.name,
        },
      });
      expect(lastEvent().meta).not.toHaveProperty('namespaceProvisioned');
    });

    it('fails with the error and what was known when the devfile cannot be fetched (400)', async () => {
      const res = await create('fetcher', {
        devfileUrl: `${devfiles.url('/missing.yaml')}?token=${URL_TOKEN}`,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        `devfileUrl could not be fetched: ${devfiles.url('/missing.yaml')} answered HTTP 404`,
      );
      const event = lastEvent();
      expect(event).toMatchObject({
        status: 'failed',
        error: expect.objectContaining({ name: 'InputError' }),
      });
      expect(event.meta).toEqual({
        owner: 'user:default/fetcher',
        namespace: 'fetcher-che',
        devfileSource: devfiles.url('/missing.yaml'),
      });
    });

    it('fails for a body that is not valid (400), naming the field', async () => {
      const res = await create('invalid', { devfileUrl: 42 });
      expect(res.status).toBe(400);
      expect(lastEvent()).toEqual({
        eventId: 'workspace-create',
        severityLevel: 'medium',
        status: 'failed',
        meta: {},
        error: expect.objectContaining({
          name: 'InputError',
          message: expect.stringContaining('body.devfileUrl'),
        }),
      });
    });

    it('fails for a body that is not JSON (400), without quoting it', async () => {
      const res = await backend.http
        .post(`${BASE}/workspaces`)
        .set(as('invalid'))
        .set('content-type', 'application/json')
        .send(`{"devfileUrl":"https://example.com/?token=${URL_TOKEN}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/body must be JSON/);
      expect(res.body.error.message).not.toContain(URL_TOKEN);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-create',
        status: 'failed',
        error: expect.objectContaining({ name: 'InputError' }),
      });
    });

    it('fails when the name exists (409)', async () => {
      const body = { devfileUrl: devfiles.url('/app.yaml'), name: 'taken' };
      expect((await create('twice', body)).status).toBe(201);
      auditor.events.length = 0;
      const res = await create('twice', body);
      expect(res.status).toBe(409);
      expect(lastEvent()).toMatchObject({
        status: 'failed',
        meta: {
          owner: 'user:default/twice',
          namespace: 'twice-che',
          workspaceName: 'taken',
          devfileSource: devfiles.url('/app.yaml'),
        },
        error: expect.objectContaining({ name: 'ConflictError' }),
      });
    });

    it('fails when the permission is denied (403), naming whose workspace it was for', async () => {
      const res = await denying.http
        .post(`${BASE}/workspaces`)
        .set(authHeaders.service('che-launcher'))
        .send({
          devfileUrl: `${devfiles.url('/app.yaml')}?token=${URL_TOKEN}`,
          user: 'user:default/robin',
        });
      expect(res.status).toBe(403);
      expect(lastEvent()).toEqual({
        eventId: 'workspace-create',
        severityLevel: 'medium',
        status: 'failed',
        meta: {
          owner: 'user:default/robin',
          devfileSource: devfiles.url('/app.yaml'),
        },
        error: expect.objectContaining({ name: 'NotAllowedError' }),
      });
    });
  });

  describe('workspace-stop, workspace-start and workspace-delete', () => {
    let workspace: { workspaceId: string; name: string };
    /** The workspace these tests cycle, asked for by its id. */
    const cycledMeta = () => ({
      workspace: workspace.workspaceId,
      owner: 'user:default/cycler',
      namespace: 'cycler-che',
      workspaceId: workspace.workspaceId,
      workspaceName: 'cycled',
    });
    const post = (path: string, user = 'cycler') =>
      backend.http.post(`${BASE}/workspaces/${path}`).set(as(user));

    beforeAll(async () => {
      workspace = (
        await create('cycler', {
          devfileUrl: devfiles.url('/app.yaml'),
          name: 'cycled',
        })
      ).body;
    });

    it('stop succeeds with the resulting phase', async () => {
      const res = await post(`${workspace.workspaceId}/stop`);
      expect(res.status).toBe(200);
      expect(lastEvent()).toEqual({
        eventId: 'workspace-stop',
        severityLevel: 'medium',
        status: 'succeeded',
        meta: { ...cycledMeta(), phase: res.body.status },
      });
      expect(['Stopping', 'Stopped']).toContain(res.body.status);
    });

    it('start succeeds with the resulting phase, by name', async () => {
      await eventually(
        () => backend.http.get(`${BASE}/workspaces/cycled`).set(as('cycler')),
        res => res.body.status === 'Stopped',
        'the workspace stopped',
      );
      auditor.events.length = 0;
      const res = await post('cycled/start');
      expect(res.status).toBe(200);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-start',
        status: 'succeeded',
        meta: {
          workspace: 'cycled',
          workspaceId: workspace.workspaceId,
          workspaceName: 'cycled',
          namespace: 'cycler-che',
          phase: 'Starting',
        },
      });
    });

    it('start fails at the running-workspace limit (409)', async () => {
      const other = await create('limited', {
        devfileUrl: devfiles.url('/app.yaml'),
        name: 'first',
      });
      expect(other.status).toBe(201);
      await post('first/stop', 'limited');
      for (const name of ['second', 'third'])
        expect(
          (
            await create('limited', {
              devfileUrl: devfiles.url('/app.yaml'),
              name,
            })
          ).status,
        ).toBe(201);
      auditor.events.length = 0;
      const res = await post('first/start', 'limited');
      expect(res.status).toBe(409);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-start',
        status: 'failed',
        meta: {
          workspace: 'first',
          owner: 'user:default/limited',
          namespace: 'limited-che',
        },
        error: expect.objectContaining({
          name: 'ConflictError',
          message: expect.stringContaining('maxRunningWorkspacesPerUser'),
        }),
      });
    });

    it.each([
      ['stop', 'workspace-stop'],
      ['start', 'workspace-start'],
    ])(
      "%s fails for someone else's workspace (404)",
      async (action, eventId) => {
        const res = await post(
          `${workspace.workspaceId}/${action}`,
          'intruder',
        );
        expect(res.status).toBe(404);
        expect(lastEvent()).toEqual({
          eventId,
          severityLevel: 'medium',
          status: 'failed',
          meta: {
            workspace: workspace.workspaceId,
            owner: 'user:default/intruder',
            namespace: 'intruder-che',
          },
          error: expect.objectContaining({ name: 'NotFoundError' }),
        });
      },
    );

    it.each([
      ['post', '/start', 'workspace-start'],
      ['post', '/stop', 'workspace-stop'],
      ['delete', '', 'workspace-delete'],
    ] as const)(
      '%s cycled%s fails when the permission is denied (403)',
      async (method, path, eventId) => {
        const res = await denying.http[method](
          `${BASE}/workspaces/cycled${path}`,
        ).set(as('cycler'));
        expect(res.status).toBe(403);
        expect(lastEvent()).toMatchObject({
          eventId,
          status: 'failed',
          meta: { workspace: 'cycled', owner: 'user:default/cycler' },
          error: expect.objectContaining({ name: 'NotAllowedError' }),
        });
      },
    );

    it('delete fails for an id that is not valid (400)', async () => {
      const res = await backend.http
        .delete(`${BASE}/workspaces/${'x'.repeat(254)}`)
        .set(as('cycler'));
      expect(res.status).toBe(400);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-delete',
        status: 'failed',
        meta: {},
        error: expect.objectContaining({ name: 'InputError' }),
      });
    });

    it('delete succeeds with the workspace it removed, then fails as missing (404)', async () => {
      const res = await backend.http
        .delete(`${BASE}/workspaces/${workspace.workspaceId}`)
        .set(as('cycler'));
      expect(res.status).toBe(204);
      expect(lastEvent()).toEqual({
        eventId: 'workspace-delete',
        severityLevel: 'medium',
        status: 'succeeded',
        meta: cycledMeta(),
      });
      auditor.events.length = 0;
      const again = await backend.http
        .delete(`${BASE}/workspaces/${workspace.workspaceId}`)
        .set(as('cycler'));
      expect(again.status).toBe(404);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-delete',
        status: 'failed',
        error: expect.objectContaining({ name: 'NotFoundError' }),
      });
    });
  });

  describe('reads', () => {
    it('lists and gets as low-severity workspace-fetch events', async () => {
      const created = await create('reader', {
        devfileUrl: devfiles.url('/app.yaml'),
        name: 'read-me',
      });
      auditor.events.length = 0;
      const list = await backend.http
        .get(`${BASE}/workspaces?status=Starting`)
        .set(as('reader'));
      expect(list.status).toBe(200);
      expect(lastEvent()).toEqual({
        eventId: 'workspace-fetch',
        severityLevel: 'low',
        status: 'succeeded',
        meta: {
          queryType: 'list',
          status: 'Starting',
          owner: 'user:default/reader',
          namespace: 'reader-che',
          total: list.body.total,
        },
      });

      auditor.events.length = 0;
      const one = await backend.http
        .get(`${BASE}/workspaces/read-me`)
        .set(as('reader'));
      expect(one.status).toBe(200);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-fetch',
        severityLevel: 'low',
        status: 'succeeded',
        meta: {
          queryType: 'by-id',
          workspace: 'read-me',
          workspaceId: created.body.workspaceId,
          phase: one.body.status,
        },
      });

      auditor.events.length = 0;
      expect(
        (
          await backend.http
            .get(`${BASE}/workspaces/read-me`)
            .set(as('stranger'))
        ).status,
      ).toBe(404);
      expect(lastEvent()).toMatchObject({
        eventId: 'workspace-fetch',
        status: 'failed',
        error: expect.objectContaining({ name: 'NotFoundError' }),
      });
    });

    it('does not audit the configured devfiles, which are the same for everyone', async () => {
      expect(
        (await backend.http.get(`${BASE}/devfiles`).set(as('reader'))).status,
      ).toBe(200);
      expect(auditor.events).toEqual([]);
    });
  });
});
