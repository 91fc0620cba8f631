import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import {
  loadDemoData,
  startCloudServer,
  startDevfileServer,
  waitForBackend,
  writeDemoConfig,
  type DevfileServer,
} from '@fawkes/demo-data';
import { freePort } from '@fawkes/test-kit';

// packages/app/src/e2e/__testUtils__ → the repository's root.
const ROOT = resolve(__dirname, '..', '..', '..', '..', '..');
const APP = join(ROOT, 'packages', 'app');
const CLI = join(
  ROOT,
  'node_modules',
  '@backstage',
  'cli',
  'bin',
  'backstage-cli',
);
const STATIC_TOKEN = 'e2e-static-token';
const DEVLAKE_SECRET = 'e2e-devlake-secret';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

/**
 * The app is built once (`.ci/run` builds it before the tests); it is built here only when there
 * is no build or a frontend source is newer than it.
 */
function ensureAppBuilt() {
  const index = join(APP, 'dist', 'index.html');
  const frontendDirs = [
    join(APP, 'src'),
    ...readdirSync(join(ROOT, 'plugins'))
      .map(name => join(ROOT, 'plugins', name))
      .filter(dir => {
        const pkg = join(dir, 'package.json');
        return (
          existsSync(pkg) &&
          JSON.parse(readFileSync(pkg, 'utf8')).backstage?.role ===
            'frontend-plugin'
        );
      }),
  ];
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(...frontendDirs.map(newestMtime))) return;
  const result = spawnSync(
    process.execPath,
    [CLI, 'package', 'build', '--config', join(ROOT, 'app-config.yaml')],
    // NODE_ENV is "test" under Jest; the build picks its browserslist by it.
    {
      cwd: APP,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error('the app did not build');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built app; index.html gets one more config tag (read after the build's, so it
 * wins) pointing the app at this run's backend and origin.
 */
function serveApp(port: number, config: object): Promise<Server> {
  const dist = join(APP, 'dist');
  const index = readFileSync(join(dist, 'index.html'), 'utf8').replace(
    '</head>',
    `<script type="backstage.io/config">${JSON.stringify([
      { context: 'e2e', data: config },
    ])}</script></head>`,
  );
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = join(dist, path);
    if (
      path.startsWith('/static/') &&
      file.startsWith(dist) &&
      existsSync(file)
    ) {
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(index);
  });
  return new Promise(res =>
    server.listen(port, '127.0.0.1', () => res(server)),
  );
}

/**
 * Waits until the catalog serves a component: the demo data is processed by the catalog after
 * the backend answers, and a catalog page loaded before that never shows it.
 */
export async function waitForCatalogComponent(
  stack: PortalStack,
  name: string,
): Promise<void> {
  const url = `${stack.backendUrl}/api/catalog/entities/by-name/component/default/${name}`;
  for (;;) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${STATIC_TOKEN}` },
    }).catch(() => undefined);
    if (res?.ok) return;
    await new Promise(r => setTimeout(r, 1000));
  }
}

/**
 * The backend's output for a failure report: its access log of the readiness polls drowns what
 * the start said, so those lines are left out, and the start is kept along with the end.
 */
function withoutHealthPolls(output: string): string {
  const lines = output
    .split('\n')
    .filter(line => !line.includes('/.backstage/health/'))
    .join('\n');
  return lines.length <= 20_000
    ? lines
    : `${lines.slice(0, 10_000)}\n…\n${lines.slice(-10_000)}`;
}

export interface PortalStack {
  appUrl: string;
  backendUrl: string;
  stop(): Promise<void>;
}

/**
 * The portal as `npm start` runs it, on free ports: the backend on its embedded defaults plus
 * the demo data, and the built app. Nothing here waits on a clock: each step waits for the
 * previous one to answer.
 */
export async function startPortalStack(workDir: string): Promise<PortalStack> {
  ensureAppBuilt();
  const [backendPort, simulatorPort, appPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const backendUrl = `http://localhost:${backendPort}`;
  const appUrl = `http://localhost:${appPort}`;
  const devfiles: DevfileServer = await startDevfileServer();
  const cloud = await startCloudServer();
  const demoConfig = writeDemoConfig({
    repoRoot: ROOT,
    devfileUrl: devfiles.url,
    devfileCa: devfiles.ca,
    awsEndpoint: cloud.url,
  });
  const e2eConfig = join(workDir, 'app-config.e2e.yaml');
  writeFileSync(
    e2eConfig,
    JSON.stringify({
      app: { baseUrl: appUrl },
      backend: {
        baseUrl: backendUrl,
        listen: { port: backendPort },
        cors: { origin: appUrl, credentials: true },
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: STATIC_TOKEN, subject: 'e2e-scripts' },
            },
          ],
        },
      },
      kubernetesSimulator: { port: simulatorPort },
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              {
                name: 'local',
                url: `http://127.0.0.1:${simulatorPort}`,
                authProvider: 'serviceAccount',
                serviceAccountToken: 'local-simulator-token',
                skipTLSVerify: true,
              },
            ],
          },
        ],
      },
      devlake: { webhooks: { devlake: { secret: DEVLAKE_SECRET } } },
    }),
  );
  let output = '';
  // A failed start is logged, and the CLI's watcher keeps the process group alive after it.
  let startFailed: (reason: Error) => void = () => {};
  const failedStart = new Promise<never>((_, reject) => {
    startFailed = reject;
  });
  failedStart.catch(() => {});
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (output.includes('Backend startup failed'))
      startFailed(new Error('the backend failed to start'));
  };
  const backend: ChildProcess = spawn(
    process.execPath,
    [
      CLI,
      'package',
      'start',
      ...[
        join(ROOT, 'app-config.yaml'),
        join(ROOT, 'app-config.development.yaml'),
        demoConfig,
        e2eConfig,
      ].flatMap(file => ['--config', file]),
    ],
    {
      cwd: join(ROOT, 'packages', 'backend'),
      env: { ...process.env, NODE_ENV: 'development' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  backend.stdout?.on('data', keep);
  backend.stderr?.on('data', keep);
  const stopBackend = async () => {
    if (backend.exitCode !== null || !backend.pid) return;
    const pid = backend.pid;
    const exited = new Promise(r => backend.once('exit', r));
    process.kill(-pid, 'SIGTERM');
    // A backend that does not finish its shutdown hooks must not keep the test run alive.
    const killer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 60_000);
    await exited;
    clearTimeout(killer);
    // The CLI's watcher may leave children in the group behind its own exit.
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the whole group is gone
    }
  };
  try {
    await Promise.race([
      waitForBackend(backendUrl, { attempts: 900 }),
      failedStart,
    ]);
    await loadDemoData({
      baseUrl: backendUrl,
      staticToken: STATIC_TOKEN,
      devlakeWebhookSecret: DEVLAKE_SECRET,
    });
  } catch (error) {
    await stopBackend();
    await devfiles.close();
    await cloud.close();
    throw new Error(
      `${(error as Error).message}\n${withoutHealthPolls(output)}`,
    );
  }
  const app = await serveApp(appPort, {
    app: { baseUrl: appUrl },
    backend: { baseUrl: backendUrl },
  });
  return {
    appUrl,
    backendUrl,
    async stop() {
      // Keep-alive connections of the browser would hold close() open.
      app.closeAllConnections();
      await new Promise(r => app.close(r));
      await stopBackend();
      await devfiles.close();
      await cloud.close();
    },
  };
}
