import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import {
  dropDatabases,
  freePort,
  startBackendProcess,
  stopProcessGroup,
  waitUntilReady,
  type BackendProcess,
} from './__testUtils__/childBackend';
import {
  createFreshBackend,
  packWorkspaces,
  type PackManifest,
} from './__testUtils__/freshBackend';

const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const describeWithPostgres = connectionString ? describe : describe.skip;

// Build, pack, install and a cold start: minutes on a loaded machine. The limits only stop a hang.
const PREPARE_LIMIT_MS = 40 * 60_000;

/*
 * What a team adding these plugins to its own Backstage does: the packed packages (npm pack of
 * each plugins/*-backend and the workspace packages it depends on) installed into a new backend
 * outside this workspace, which must start and answer on every plugin's health route.
 */
describeWithPostgres('the packed plugins in a fresh backend', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fawkes-packed-'));
  const prefix = `fawkes_packed_${randomBytes(4).toString('hex')}_`;
  const admin = knexFactory({ client: 'pg', connection: connectionString });
  let manifest: PackManifest;
  let backend: BackendProcess | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    manifest = await packWorkspaces(join(dir, 'packed'));
    const project = join(dir, 'backend');
    mkdirSync(project);
    await createFreshBackend(project, manifest);

    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    writeFileSync(
      join(project, 'app-config.yaml'),
      JSON.stringify({
        backend: {
          baseUrl,
          listen: { port },
          database: { client: 'pg', connection: connectionString, prefix },
        },
        // Production refuses an unsigned ledger: a team configures its own key.
        factstore: {
          ledger: {
            signingKey: generateKeyPairSync('ed25519')
              .privateKey.export({ type: 'pkcs8', format: 'pem' })
              .toString(),
          },
        },
      }),
    );
    backend = startBackendProcess(
      ['index.js', '--config', join(project, 'app-config.yaml')],
      { cwd: project, env: { ...process.env, NODE_ENV: 'production' } },
    );
    await waitUntilReady(baseUrl, backend);
  }, PREPARE_LIMIT_MS);

  afterAll(async () => {
    await stopProcessGroup(backend?.child);
    await dropDatabases(admin, prefix);
    await admin.destroy();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('packs every backend plugin found under plugins/', () => {
    expect(manifest.plugins.length).toBeGreaterThan(0);
    for (const plugin of manifest.plugins)
      expect(plugin.name).toMatch(/-backend$/);
  });

  it('packs the backend modules found under plugins/, each a package of its own', () => {
    expect(manifest.modules.map(m => m.name)).toEqual(
      expect.arrayContaining([
        '@fawkes/plugin-cloud-extractor-backend-module-aws',
        '@fawkes/plugin-cloud-extractor-backend-module-azure',
        '@fawkes/plugin-cloud-extractor-backend-module-gcp',
        '@fawkes/plugin-catalog-backend-module-cloud-extractor',
      ]),
    );
    for (const module of manifest.modules) expect(module.tarball).toBeTruthy();
  });

  it('answers on each plugin’s health route', async () => {
    for (const { pluginId } of manifest.plugins) {
      const res = await fetch(`${baseUrl}/api/${pluginId}/health`);
      expect({ pluginId, status: res.status }).toEqual({
        pluginId,
        status: 200,
      });
    }
  });

  it('runs the packed code, not this workspace’s sources', async () => {
    const { stdout } = await new Promise<{ stdout: string }>((res, rej) => {
      let out = '';
      const probe = spawn(
        process.execPath,
        [
          '-p',
          `JSON.stringify(${JSON.stringify(manifest.plugins.map(p => p.name))}.map(n => require.resolve(n)))`,
        ],
        { cwd: join(dir, 'backend') },
      );
      probe.stdout.on('data', d => {
        out += d;
      });
      probe.on('error', rej);
      probe.on('exit', () => res({ stdout: out }));
    });
    for (const path of JSON.parse(stdout) as string[])
      expect(path).toMatch(
        new RegExp(
          `^${join(dir, 'backend', 'node_modules')}.*/dist/index\\.cjs\\.js$`,
        ),
      );
  });
});
