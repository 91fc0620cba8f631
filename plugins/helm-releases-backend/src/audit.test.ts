import { mockServices } from '@backstage/backend-test-utils';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configMapManifest,
  helmSecret,
  makeRelease,
  UNSERVED_WIDGET,
} from './__testUtils__/helmRecords';
import { standIn } from './__testUtils__/helmStandIn';
import { helmReleasesPlugin } from './plugin';

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

interface RecordedEvent {
  eventId: string;
  severityLevel?: string;
  status: 'initiated' | 'succeeded' | 'failed';
  url?: string;
  meta: Record<string, unknown>;
  error?: { name: string; message: string };
}

/** An auditor that keeps each record as the backend's own would write it (meta merged on success and failure). */
function recordingAuditor() {
  const events: RecordedEvent[] = [];
  const mock = mockServices.auditor.mock({
    createEvent: async ({ eventId, severityLevel, request, meta = {} }) => {
      const base = { eventId, severityLevel, url: request?.originalUrl };
      events.push({ ...base, status: 'initiated', meta });
      return {
        success: async params => {
          events.push({
            ...base,
            status: 'succeeded',
            meta: { ...meta, ...params?.meta },
          });
        },
        fail: async params => {
          events.push({
            ...base,
            status: 'failed',
            meta: { ...meta, ...params.meta },
            error: { name: params.error.name, message: params.error.message },
          });
        },
      };
    },
  });
  return { factory: mock.factory, events };
}

/** In the values of an upgrade, and so in the release helm answers (config and manifest). */
const SECRET = 's3cr3t-hunter2';

describe.each(databases.eachSupportedId())(
  'Backstage auditor events of helm-releases on %s',
  databaseId => {
    const sim = new KubernetesSimulator();
    const dir = mkdtempSync(join(tmpdir(), 'helm-audit-'));
    const allowed = recordingAuditor();
    const refused = recordingAuditor();
    let backend: PluginBackend;
    let denied: PluginBackend;

    beforeAll(async () => {
      await sim.start();
      const knex = await databases.init(databaseId);
      const config = {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
        helmReleases: { helmBinary: standIn(dir), hookTimeoutSeconds: 5 },
      };
      backend = await startPluginBackend({
        features: [helmReleasesPlugin, allowed.factory],
        knex,
        config,
      });
      denied = await startPluginBackend({
        features: [helmReleasesPlugin, refused.factory],
        knex,
        config,
        permission: 'deny',
      });
    });

    afterAll(async () => {
      await backend.stop();
      await denied.stop();
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    beforeEach(() => {
      allowed.events.length = 0;
      refused.events.length = 0;
    });

    const post = (b: PluginBackend, path: string, body: object) =>
      b.http
        .post(`/api/helm-releases/api/releases/${path}`)
        .set(user)
        .send(body);
    const seedTwo = (name: string, namespace: string, v1: object = {}) =>
      sim.seed([
        helmSecret(
          makeRelease(name, 1, { namespace, status: 'superseded', ...v1 }),
        ),
        helmSecret(makeRelease(name, 2, { namespace })),
      ]);

    describe('rollback', () => {
      it('records the target as asked, then the revision it resolved to and the one it wrote', async () => {
        seedTwo('app', 'au-rb');
        const res = await post(backend, 'app/rollback', {
          namespace: 'au-rb',
          context: 'local',
        });
        expect(res.status).toBe(200);
        const asked = {
          context: 'local',
          namespace: 'au-rb',
          releaseName: 'app',
          storage: 'secret',
          targetRevision: 0,
          disableHooks: false,
        };
        const common = {
          eventId: 'release-rollback',
          severityLevel: 'high',
          url: '/api/helm-releases/api/releases/app/rollback',
        };
        expect(allowed.events).toEqual([
          { ...common, status: 'initiated', meta: asked },
          {
            ...common,
            status: 'succeeded',
            meta: {
              ...asked,
              cluster: 'local',
              fromRevision: 2,
              targetRevision: 1,
              resultingRevision: 3,
              status: 'deployed',
            },
          },
        ]);
      });

      it('records a rollback that fails after writing its revision as failed, naming that revision', async () => {
        seedTwo('bad', 'au-fail', {
          manifest:
            configMapManifest('bad-config', { v: '1' }) + UNSERVED_WIDGET,
        });
        const res = await post(backend, 'bad/rollback', {
          namespace: 'au-fail',
          revision: 1,
        });
        expect(res.status).toBe(502);
        expect(allowed.events.map(e => e.status)).toEqual([
          'initiated',
          'failed',
        ]);
        expect(allowed.events[1]).toMatchObject({
          eventId: 'release-rollback',
          meta: {
            cluster: 'local',
            namespace: 'au-fail',
            releaseName: 'bad',
            fromRevision: 2,
            targetRevision: 1,
            resultingRevision: 3,
            status: 'failed',
          },
          error: { message: expect.stringContaining('does not serve Widget') },
        });
      });

      it('records a missing target revision (404) as a failed event', async () => {
        seedTwo('gone', 'au-404');
        const res = await post(backend, 'gone/rollback', {
          namespace: 'au-404',
          revision: 9,
        });
        expect(res.status).toBe(404);
        expect(allowed.events[1]).toMatchObject({
          status: 'failed',
          meta: { cluster: 'local', releaseName: 'gone', targetRevision: 9 },
          error: { name: 'NotFoundError' },
        });
        expect(allowed.events[1].meta).not.toHaveProperty('resultingRevision');
      });

      it('records an unknown context (400 from the cluster lookup) as a failed event', async () => {
        const res = await post(backend, 'app/rollback', {
          namespace: 'au-rb',
          context: 'nowhere',
        });
        expect(res.status).toBe(400);
        expect(allowed.events[1]).toMatchObject({
          status: 'failed',
          meta: { context: 'nowhere' },
          error: { name: 'InputError' },
        });
      });

      it('does not audit a body that fails validation: it names no release to act on', async () => {
        const res = await post(backend, 'app/rollback', {
          namespace: 'au-rb',
          revision: -1,
        });
        expect(res.status).toBe(400);
        expect(allowed.events).toEqual([]);
      });

      it('does not audit a request without credentials: the backend refuses it before the plugin', async () => {
        const res = await backend.http
          .post('/api/helm-releases/api/releases/app/rollback')
          .send({ namespace: 'au-rb' });
        expect(res.status).toBe(401);
        expect(allowed.events).toEqual([]);
      });
    });

    describe('recover and the pending lock', () => {
      it('records the 409 of a rollback on a pending release, the recovery, and the 409 of a second recovery', async () => {
        sim.seed([
          helmSecret(makeRelease('stuck', 1, { namespace: 'au-stuck' })),
          helmSecret(
            makeRelease('stuck', 2, {
              namespace: 'au-stuck',
              status: 'pending-upgrade',
            }),
          ),
        ]);
        expect(
          (
            await post(backend, 'stuck/rollback', {
              namespace: 'au-stuck',
              revision: 1,
            })
          ).status,
        ).toBe(409);
        expect(
          (await post(backend, 'stuck/recover', { namespace: 'au-stuck' }))
            .status,
        ).toBe(200);
        expect(
          (await post(backend, 'stuck/recover', { namespace: 'au-stuck' }))
            .status,
        ).toBe(409);
        const asked = {
          namespace: 'au-stuck',
          releaseName: 'stuck',
          storage: 'secret',
        };
        expect(allowed.events.filter(e => e.status !== 'initiated')).toEqual([
          expect.objectContaining({
            eventId: 'release-rollback',
            status: 'failed',
            error: expect.objectContaining({ name: 'ConflictError' }),
          }),
          {
            eventId: 'release-recover',
            severityLevel: 'medium',
            url: '/api/helm-releases/api/releases/stuck/recover',
            status: 'succeeded',
            meta: {
              ...asked,
              cluster: 'local',
              resultingRevision: 2,
              previousStatus: 'pending-upgrade',
              status: 'failed',
            },
          },
          expect.objectContaining({
            eventId: 'release-recover',
            status: 'failed',
            meta: { ...asked, cluster: 'local' },
            error: expect.objectContaining({ name: 'ConflictError' }),
          }),
        ]);
      });
    });

    describe('upgrade through the stand-in helm', () => {
      beforeAll(() => seedTwo('up', 'au-up', {}));

      it.each([
        [true, 'medium'],
        [false, 'high'],
      ])(
        'records dryRun %s at severity %s with the revision helm answers, and never the values or the manifest',
        async (dryRun, severityLevel) => {
          const res = await post(backend, 'up/upgrade', {
            namespace: 'au-up',
            values: `greeting: ${SECRET}\n`,
            dryRun,
          });
          expect(res.status).toBe(200);
          // The secret does reach helm and comes back in the release: the audit record must not carry it.
          expect(JSON.stringify(res.body)).toContain(SECRET);
          const asked = {
            namespace: 'au-up',
            releaseName: 'up',
            storage: 'secret',
            dryRun,
          };
          const common = {
            eventId: 'release-upgrade',
            severityLevel,
            url: '/api/helm-releases/api/releases/up/upgrade',
          };
          expect(allowed.events).toEqual([
            { ...common, status: 'initiated', meta: asked },
            {
              ...common,
              status: 'succeeded',
              meta: {
                ...asked,
                cluster: 'local',
                fromRevision: 2,
                resultingRevision: 3,
                status: 'deployed',
              },
            },
          ]);
          expect(JSON.stringify(allowed.events)).not.toContain(SECRET);
        },
      );

      it('records a failed helm run with its error, and still without the values', async () => {
        const res = await post(backend, 'up/upgrade', {
          namespace: 'au-up',
          values: `broken: true\npassword: ${SECRET}\n`,
        });
        expect(res.status).toBe(502);
        expect(allowed.events[1]).toMatchObject({
          eventId: 'release-upgrade',
          status: 'failed',
          meta: { cluster: 'local', releaseName: 'up', dryRun: false },
          error: { name: 'BadGatewayError' },
        });
        expect(JSON.stringify(allowed.events)).not.toContain(SECRET);
      });

      it('records values that are not YAML (400 from the domain) as a failed event without them', async () => {
        // The YAML parser quotes the offending line in its message; only its first line is kept.
        const res = await post(backend, 'up/upgrade', {
          namespace: 'au-up',
          values: `password: "${SECRET}\n`,
        });
        expect(res.status).toBe(400);
        expect(allowed.events[1]).toMatchObject({
          eventId: 'release-upgrade',
          status: 'failed',
          error: { name: 'InputError' },
        });
        expect(JSON.stringify(allowed.events)).not.toContain(SECRET);
      });
    });

    it.each([
      ['rollback', 'release-rollback', { revision: 1 }],
      ['recover', 'release-recover', {}],
      ['upgrade', 'release-upgrade', { values: `password: ${SECRET}` }],
    ])(
      'records a denied %s (403) as a failed event naming the release',
      async (action, eventId, body) => {
        const res = await post(denied, `app/${action}`, {
          namespace: 'au-rb',
          ...body,
        });
        expect(res.status).toBe(403);
        expect(refused.events).toEqual([
          expect.objectContaining({ eventId, status: 'initiated' }),
          expect.objectContaining({
            eventId,
            status: 'failed',
            meta: expect.objectContaining({
              namespace: 'au-rb',
              releaseName: 'app',
            }),
            error: expect.objectContaining({ name: 'NotAllowedError' }),
          }),
        ]);
        expect(JSON.stringify(refused.events)).not.toContain(SECRET);
      },
    );

    describe('reads', () => {
      it('records a list and a history at severity low, with the cluster used', async () => {
        seedTwo('seen', 'au-read');
        expect(
          (
            await backend.http
              .get('/api/helm-releases/api/releases?namespace=au-read')
              .set(user)
          ).status,
        ).toBe(200);
        expect(
          (
            await backend.http
              .get(
                '/api/helm-releases/api/releases/seen/history?namespace=au-read',
              )
              .set(user)
          ).status,
        ).toBe(200);
        expect(allowed.events.filter(e => e.status === 'succeeded')).toEqual([
          expect.objectContaining({
            eventId: 'release-fetch',
            severityLevel: 'low',
            meta: {
              queryType: 'list',
              namespace: 'au-read',
              storage: 'secret',
              cluster: 'local',
            },
          }),
          expect.objectContaining({
            eventId: 'release-fetch',
            severityLevel: 'low',
            meta: {
              queryType: 'history',
              namespace: 'au-read',
              releaseName: 'seen',
              storage: 'secret',
              cluster: 'local',
            },
          }),
        ]);
      });

      it('records a missing revision (404) and a denied read (403) as failed events', async () => {
        expect(
          (
            await backend.http
              .get('/api/helm-releases/api/releases/seen/7?namespace=au-read')
              .set(user)
          ).status,
        ).toBe(404);
        expect(allowed.events[1]).toMatchObject({
          eventId: 'release-fetch',
          status: 'failed',
          meta: { queryType: 'revision', revision: 7 },
          error: { name: 'NotFoundError' },
        });
        expect(
          (
            await denied.http
              .get(
                '/api/helm-releases/api/releases/seen/diff?namespace=au-read',
              )
              .set(user)
          ).status,
        ).toBe(403);
        expect(refused.events[1]).toMatchObject({
          eventId: 'release-fetch',
          status: 'failed',
          meta: { queryType: 'diff', releaseName: 'seen' },
          error: { name: 'NotAllowedError' },
        });
      });
    });
  },
);
