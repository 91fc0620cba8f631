import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import cheLauncher from '@fawkes/plugin-che-launcher-backend';
import cloudExtractor from '@fawkes/plugin-cloud-extractor-backend';
import devlake from '@fawkes/plugin-devlake-dora-backend';
import factstore from '@fawkes/plugin-factstore-backend';
import helmReleases from '@fawkes/plugin-helm-releases-backend';
import knexFactory, { type Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type AddressInfo,
  type Server,
  type Socket,
  connect,
} from 'node:net';
import request from 'supertest';
import { listPluginRoutes, samplePath } from './routeInventory';

const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const describeWithPostgres = connectionString ? describe : describe.skip;

const PLUGIN_IDS = [
  'che-launcher',
  'devlake',
  'factstore',
  'cloud-extractor',
  'helm-releases',
] as const;

/**
 * A TCP relay in front of the PostgreSQL server: every plugin connects through it, so the test can
 * take the database away as a crash or a network cut does (open connections reset, the port
 * refusing new ones) and bring it back.
 */
class DatabaseRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer(client => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>(done =>
      server.listen(this.port, '127.0.0.1', done),
    );
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Resets every open connection and stops listening: the port now refuses connections. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.resetAndDestroy();
    await new Promise(done => this.server?.close(done));
  }
}

interface Answer {
  phase: string;
  route: string;
  status: number;
  retryAfter?: string;
  body: string;
}

describeWithPostgres(
  'every plugin while its PostgreSQL database goes away under load',
  () => {
    const url = new URL(connectionString ?? 'postgresql://localhost');
    const prefix = `fawkes_outage_${randomBytes(4).toString('hex')}_`;
    const admin = knexFactory({
      client: 'pg',
      connection: connectionString,
      pool: { min: 0, max: 2 },
    });
    const relay = new DatabaseRelay({
      host: url.hostname,
      port: Number(url.port || 5432),
    });
    const simulator = new KubernetesSimulator();
    const clients: Knex[] = [];
    const databaseOf = (pluginId: string) =>
      `${prefix}${pluginId.replace(/-/g, '_')}`;
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let http: ReturnType<typeof request>;
    const nodeEnv = process.env.NODE_ENV;
    const user = { Authorization: mockCredentials.user.header() };
    let trailId: string;

    /** Each plugin its own database, reached through the relay, as Backstage's pluginDivisionMode does. */
    const databaseThroughRelay = createServiceFactory({
      service: coreServices.database,
      deps: { plugin: coreServices.pluginMetadata },
      factory({ plugin }) {
        const knex = knexFactory({
          client: 'pg',
          connection: {
            host: '127.0.0.1',
            port: relay.port,
            user: decodeURIComponent(url.username) || 'postgres',
            password: decodeURIComponent(url.password) || undefined,
            database: databaseOf(plugin.getId()),
          },
          pool: { min: 0, max: 5 },
          acquireConnectionTimeout: 5_000,
        });
        clients.push(knex);
        return { getClient: async () => knex, migrations: { skip: false } };
      },
    });

    beforeAll(async () => {
      for (const id of PLUGIN_IDS)
        await admin.raw('create database ??', [databaseOf(id)]);
      await relay.open();
      await simulator.start();
      // The mock user's workspace namespace (`<username>-che`), so its workspace lookups reach the database.
      simulator.seed([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mock-che' } },
      ]);
      // Development mode: Backstage's error middleware then adds stack traces to error bodies.
      process.env.NODE_ENV = 'development';
      backend = await startTestBackend({
        features: [
          cheLauncher,
          devlake,
          factstore,
          cloudExtractor,
          helmReleases,
          databaseThroughRelay,
          catalogServiceMock.factory({ entities: [] }),
          mockServices.rootConfig.factory({
            data: {
              kubernetes: {
                clusterLocatorMethods: [
                  {
                    type: 'config',
                    clusters: [simulator.clusterConfig('local')],
                  },
                ],
              },
            },
          }),
        ],
      });
      http = request(backend.server);
      const flow = await http
        .post('/api/factstore/api/v1/flows')
        .set(user)
        .send({ name: 'outage' });
      const trail = await http
        .post('/api/factstore/api/v1/trails')
        .set(user)
        .send({ flowId: flow.body.id, name: 'run' });
      if (trail.status !== 201)
        throw new Error(`could not create a trail: ${trail.text}`);
      trailId = trail.body.id;
    }, 600_000);

    afterAll(async () => {
      process.env.NODE_ENV = nodeEnv;
      await backend?.stop();
      await Promise.all(clients.map(knex => knex.destroy()));
      await simulator.stop();
      for (const id of PLUGIN_IDS) {
        await admin.raw('alter database ?? allow_connections true', [
          databaseOf(id),
        ]);
        await admin.raw('drop database if exists ?? with (force)', [
          databaseOf(id),
        ]);
      }
      await admin.destroy();
    }, 600_000);

    /** A route of each plugin that reads or writes its database. */
    const representative: Record<
      (typeof PLUGIN_IDS)[number],
      () => request.Test
    > = {
      factstore: () =>
        http
          .post(`/api/factstore/api/v1/trails/${trailId}/attestations`)
          .set(user)
          .send({ type: 'junit', status: 'PASSED' }),
      devlake: () =>
        http.get('/api/devlake/deployment-history?service=payments').set(user),
      'cloud-extractor': () =>
        http.get('/api/cloud-extractor/extraction/jobs').set(user),
      'helm-releases': () =>
        http
          .get(
            '/api/helm-releases/api/releases/web/operations?namespace=default',
          )
          .set(user),
      'che-launcher': () =>
        http
          .get(
            '/api/che-launcher/workspaces/0b6c2f3e-6f1f-4a51-9d0b-1c3f7a2b9e10',
          )
          .set(user),
    };

    const answered = (phase: string, route: string, res: request.Response) => ({
      phase,
      route,
      status: res.status,
      retryAfter: res.headers['retry-after'],
      body: res.text ?? '',
    });

    /** What no error answer may carry: SQL, the database's address, names or driver fields. */
    function leaks(answer: Answer): string[] {
      const found: string[] = [];
      // Success bodies are the plugins' data (helm-releases lists its clusters' URLs, say).
      if (answer.status < 400) return found;
      const patterns: Array<[string, RegExp]> = [
        [
          'SQL',
          /\b(select|insert into|update|delete from)\b[^"]*\b(from|into|set|where|values)\b/i,
        ],
        ['host', /127\.0\.0\.1|localhost|::1/],
        ['relay port', new RegExp(`\\b${relay.port}\\b`)],
        ['database port', new RegExp(`\\b${url.port || 5432}\\b`)],
        ['database name', new RegExp(prefix)],
        ['errno', /errno|syscall|ECONN|EPIPE|SQLSTATE|"severity"|"routine"/],
        ['cause', /"cause"/],
      ];
      for (const [what, pattern] of patterns)
        if (pattern.test(answer.body)) found.push(what);
      return found;
    }

    it('answers 503 with Retry-After on every plugin, never 500, leaks nothing, and recovers', async () => {
      for (const [id, send] of Object.entries(representative)) {
        const res = await send();
        expect([id, res.status < 500]).toEqual([id, true]);
      }

      const answers: Answer[] = [];
      let phase = 'up';
      let running = true;
      // Eight clients cycle through the representative routes until told to stop.
      const load = Array.from({ length: 8 }, async (_, worker) => {
        for (let i = worker; running; i++) {
          const [id, send] =
            Object.entries(representative)[i % PLUGIN_IDS.length];
          const at = phase;
          answers.push(answered(at, id, await send().timeout(120_000)));
        }
      });
      const pause = (ms: number) => new Promise(r => setTimeout(r, ms));
      // Each phase lasts until every plugin has answered in it three times (a loaded machine is
      // slower, not different), bounded so a stuck route fails the test instead of hanging it.
      const answeredInPhase = async () => {
        const deadline = Date.now() + 120_000;
        const enough = () =>
          PLUGIN_IDS.every(
            id =>
              answers.filter(a => a.phase === phase && a.route === id).length >=
              3,
          );
        while (!enough() && Date.now() < deadline) await pause(100);
      };
      await answeredInPhase();

      // 1. PostgreSQL refuses the databases and terminates their sessions, queries in flight.
      for (const id of PLUGIN_IDS) {
        await admin.raw('alter database ?? allow_connections false', [
          databaseOf(id),
        ]);
        await admin.raw(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = ?',
          [databaseOf(id)],
        );
      }
      phase = 'terminated';
      await answeredInPhase();

      // 2. The server is gone: open connections reset, its port refuses new ones.
      await relay.cut();
      phase = 'unreachable';
      await answeredInPhase();
      running = false;
      await Promise.all(load);

      expect(answers.filter(a => a.status >= 500 && a.status !== 503)).toEqual(
        [],
      );
      for (const answer of answers.filter(a => a.status === 503)) {
        expect([answer.route, answer.retryAfter]).toEqual([answer.route, '5']);
        expect(JSON.parse(answer.body).error.message).toMatch(
          /retry|try again/i,
        );
      }
      expect(
        answers.flatMap(a => leaks(a).map(what => `${a.route}: ${what}`)),
      ).toEqual([]);
      for (const down of ['terminated', 'unreachable'])
        for (const id of PLUGIN_IDS)
          expect([
            down,
            id,
            answers.some(
              a => a.phase === down && a.route === id && a.status === 503,
            ),
          ]).toEqual([down, id, true]);

      // Each representative route, and every other route of every plugin, while it is down.
      for (const [id, send] of Object.entries(representative)) {
        const res = await send();
        expect([id, res.status, res.headers['retry-after']]).toEqual([
          id,
          503,
          '5',
        ]);
        expect([id, leaks(answered('down', id, res))]).toEqual([id, []]);
      }
      const app = backend.server.listeners('request')[0];
      const failures: string[] = [];
      for (const pluginId of PLUGIN_IDS) {
        for (const route of listPluginRoutes(app, pluginId)) {
          const res = await http[route.method.toLowerCase() as 'get'](
            `/api/${pluginId}${samplePath(route.path)}`,
          )
            .set(user)
            .send({})
            .timeout(120_000);
          const key = `${pluginId} ${route.method} ${route.path}`;
          // 501 is a deliberate answer (a Kosli SaaS-only command), made without the database.
          if (res.status >= 500 && res.status !== 503 && res.status !== 501)
            failures.push(`${key} answered ${res.status}: ${res.text}`);
          for (const what of leaks(answered('down', key, res)))
            failures.push(`${key} leaks ${what}: ${res.text}`);
        }
      }
      expect(failures).toEqual([]);

      // The process survived: once the database is back, the same routes work again.
      for (const id of PLUGIN_IDS)
        await admin.raw('alter database ?? allow_connections true', [
          databaseOf(id),
        ]);
      await relay.open();
      for (const [id, send] of Object.entries(representative)) {
        // Polls until the pool reconnects; the limit only ends a test that would never pass.
        let status = 0;
        for (
          const deadline = Date.now() + 180_000;
          !(status > 0 && status < 500) && Date.now() < deadline;
        ) {
          if (status > 0) await pause(500);
          status = (await send()).status;
        }
        expect([id, status < 500]).toEqual([id, true]);
      }
    }, 900_000);
  },
);
