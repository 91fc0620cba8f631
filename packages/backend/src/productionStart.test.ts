import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import knexFactory from 'knex';
import {
  dropDatabases,
  freePort,
  startBackendProcess,
  stopProcessGroup,
  waitUntilReady,
  type BackendProcess,
} from './__testUtils__/childBackend';

const ROOT = resolve(__dirname, '..', '..', '..');
const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const describeWithPostgres = connectionString ? describe : describe.skip;

describeWithPostgres('the backend with app-config.production.yaml', () => {
  const url = new URL(connectionString ?? 'postgresql://localhost');
  const prefix = `fawkes_start_${randomBytes(4).toString('hex')}_`;
  const staticToken = randomBytes(24).toString('hex');
  const admin = knexFactory({ client: 'pg', connection: connectionString });
  let backend: BackendProcess | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    const dir = mkdtempSync(join(tmpdir(), 'fawkes-prod-'));
    const testConfig = join(dir, 'app-config.test.yaml');
    // Only what a second backend on this machine must differ in: its port and database names.
    writeFileSync(
      testConfig,
      `backend:\n  baseUrl: ${baseUrl}\n  listen:\n    port: ${port}\n  database:\n    prefix: ${prefix}\n`,
    );
    backend = startBackendProcess(
      [
        resolve(ROOT, 'node_modules/@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        '--config',
        resolve(ROOT, 'app-config.yaml'),
        '--config',
        resolve(ROOT, 'app-config.production.yaml'),
        '--config',
        testConfig,
      ],
      {
        cwd: resolve(ROOT, 'packages/backend'),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          POSTGRES_HOST: url.hostname,
          POSTGRES_PORT: url.port || '5432',
          POSTGRES_USER: decodeURIComponent(url.username || 'postgres'),
          POSTGRES_PASSWORD: decodeURIComponent(url.password),
          BACKSTAGE_STATIC_TOKEN: staticToken,
          FACTSTORE_LEDGER_SIGNING_KEY: generateKeyPairSync('ed25519')
            .privateKey.export({ type: 'pkcs8', format: 'pem' })
            .toString(),
        },
      },
    );
    // Generous: a cold start on a loaded machine; a failed start ends the wait at once.
    await waitUntilReady(baseUrl, backend);
  }, 660_000);

  afterAll(async () => {
    await stopProcessGroup(backend?.child);
    await dropDatabases(admin, prefix);
    await admin.destroy();
  }, 120_000);

  it('keeps each plugin in its own PostgreSQL database', async () => {
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ? order by datname',
      [`${prefix}%`],
    );
    expect(rows.map((r: { datname: string }) => r.datname)).toEqual(
      expect.arrayContaining(
        [
          'che-launcher',
          'cloud-extractor',
          'devlake',
          'factstore',
          'helm-releases',
          'catalog',
        ].map(id => `${prefix}${id}`),
      ),
    );
  });

  it('serves the plugins to the static service token and refuses anonymous callers', async () => {
    const withToken = await fetch(`${baseUrl}/api/factstore/api/v1/flows`, {
      headers: { Authorization: `Bearer ${staticToken}` },
    });
    expect(withToken.status).toBe(200);
    expect((await fetch(`${baseUrl}/api/factstore/api/v1/flows`)).status).toBe(
      401,
    );
    expect((await fetch(`${baseUrl}/api/devlake/health`)).status).toBe(200);
  });

  it('accepts no webhook signed with a local default secret', async () => {
    const body = JSON.stringify({ zen: 'ping', hook_id: 1 });
    const signature = `sha256=${createHmac('sha256', 'local-github-secret').update(body).digest('hex')}`;
    const res = await fetch(`${baseUrl}/api/devlake/webhooks/github`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-GitHub-Event': 'ping',
        'X-Hub-Signature-256': signature,
      },
      body,
    });
    expect(res.status).toBe(401);
  });

  it('offers no guest sign-in and no Kubernetes simulator', async () => {
    const guest = await fetch(
      `${baseUrl}/api/auth/guest/refresh?env=development`,
    );
    expect(guest.status).not.toBe(200);
    expect(backend!.output()).not.toContain('Kubernetes simulator listening');
  });
});
