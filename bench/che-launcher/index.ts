/*
 * che-launcher figures against the Kubernetes simulator, in one process with the backend:
 *
 * - list: GET /workspaces of a user whose namespace holds BENCH_WORKSPACES (1000) DevWorkspaces
 *   (converted from a devfile the way the plugin converts them), at BENCH_LIST_CONNECTIONS (10)
 *   concurrent callers for BENCH_SECONDS (10) s; goal p99 < 100 ms. Besides latency, the CPU time
 *   this process spent per answered list: on a shared machine latency is mostly the queue for
 *   the cores, while CPU per request is what the list itself costs.
 * - create: POST /workspaces (devfile fetched over https from a local server, validated,
 *   converted, namespace checked, DevWorkspace + editor template created and started) at
 *   BENCH_CONNECTIONS (50) concurrent callers, BENCH_CREATES (500) requests: into that namespace
 *   without limits, then spread over 50 users with limits on (row lock + fresh count).
 * - delete: DELETE /workspaces/{workspaceId} of those created, at the same concurrency.
 *
 * The caller is the bench's static service token naming the user (`user`), as scripts do.
 */
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { cpus, loadavg } from 'node:os';
import { stringify as toYaml } from 'yaml';
import { cheLauncherPlugin } from '../../plugins/che-launcher-backend/src/plugin';
import { HttpsTestServer } from '../../plugins/che-launcher-backend/src/__testUtils__/httpsTestServer';
import { DevfileValidator } from '../../plugins/che-launcher-backend/src/devfiles/DevfileValidator';
import { devWorkspaceFromDevfile } from '../../plugins/che-launcher-backend/src/workspaces/devWorkspaceFromDevfile';
import { cheCodeEditor } from '../../plugins/che-launcher-backend/src/workspaces/editors';
import { startBenchBackend } from '../lib/backend';
import { runLoad } from '../lib/load';
import { PeakRss } from '../lib/memory';
import { printTable, writeResults } from '../lib/report';

const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 1000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LIST_CONNECTIONS = Number(process.env.BENCH_LIST_CONNECTIONS ?? 10);
const CREATES = Number(process.env.BENCH_CREATES ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USER = 'user:default/bench';
// Request logging to a terminal would be measured instead of the plugin.
process.env.LOG_LEVEL ??= 'warn';
const NAMESPACE = 'bench-che';

/** A devfile like the registry's Node.js stack: a runtime container with endpoints and commands. */
const DEVFILE = toYaml({
  schemaVersion: '2.2.2',
  metadata: {
    name: 'nodejs',
    version: '2.2.1',
    displayName: 'Node.js Runtime',
  },
  starterProjects: [
    {
      name: 'nodejs-starter',
      git: {
        remotes: {
          origin: 'https://github.com/nodeshift-starters/devfile-sample.git',
        },
      },
    },
  ],
  components: [
    {
      name: 'runtime',
      container: {
        image: 'registry.access.redhat.com/ubi8/nodejs-18:1-32',
        args: ['tail', '-f', '/dev/null'],
        memoryLimit: '1024Mi',
        mountSources: true,
        env: [{ name: 'DEBUG_PORT', value: '5858' }],
        endpoints: [
          { name: 'http-node', targetPort: 3000 },
          { exposure: 'none', name: 'debug', targetPort: 5858 },
        ],
      },
    },
  ],
  commands: [
    {
      id: 'install',
      exec: {
        component: 'runtime',
        commandLine: 'npm install',
        workingDir: '${PROJECT_SOURCE}',
        group: { kind: 'build', isDefault: true },
      },
    },
    {
      id: 'run',
      exec: {
        component: 'runtime',
        commandLine: 'npm start',
        workingDir: '${PROJECT_SOURCE}',
        group: { kind: 'run', isDefault: true },
      },
    },
  ],
});

async function main() {
  const rss = new PeakRss();
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: 20, stopDelayMs: 20 },
  });
  const devfiles = new HttpsTestServer();
  await Promise.all([sim.start(), devfiles.start()]);
  devfiles.routes.set('/devfile.yaml', { body: DEVFILE });

  // Seed the namespace: what the plugin would have created, half of them running.
  const devfile = new DevfileValidator().parse(DEVFILE, 'bench');
  const seeded = [];
  for (let i = 0; i < WORKSPACES; i++) {
    const name = `seeded-${String(i).padStart(4, '0')}`;
    const { devWorkspace, editorTemplate } = devWorkspaceFromDevfile({
      devfile,
      name,
      namespace: NAMESPACE,
      editor: cheCodeEditor(),
      devfileUrl: devfiles.url('/devfile.yaml'),
      userRef: USER,
      now: new Date(),
    });
    const running = i % 2 === 0;
    seeded.push(
      {
        ...devWorkspace,
        spec: { ...devWorkspace.spec, started: running },
        status: running
          ? {
              phase: 'Running',
              mainUrl: `https://workspaces.simulator.local/${NAMESPACE}/${name}/3100/`,
              devworkspaceId: `workspace${i}`,
            }
          : { phase: 'Stopped', devworkspaceId: `workspace${i}` },
      },
      editorTemplate,
    );
  }
  sim.seed(seeded);

  const config = (limits?: object) => ({
    kubernetes: {
      clusterLocatorMethods: [
        { type: 'config', clusters: [sim.clusterConfig('local')] },
      ],
    },
    cheLauncher: {
      devfileFetch: {
        allowPrivateNetworks: true,
        extraCaCertificates: [devfiles.ca],
      },
      ...(limits ? { limits } : {}),
    },
  });
  let backend = await startBenchBackend({
    features: [cheLauncherPlugin],
    config: config(),
  });
  const headers = {
    Authorization: `Bearer ${backend.token}`,
    'content-type': 'application/json',
  };
  let api = `${backend.baseUrl}/api/che-launcher`;
  const user = encodeURIComponent(USER);

  const check = await fetch(`${api}/workspaces?user=${user}&limit=1`, {
    headers,
  });
  const checked = await check.json();
  if (!check.ok || checked.total !== WORKSPACES)
    throw new Error(
      `list check failed: ${check.status} ${JSON.stringify(checked).slice(0, 300)}`,
    );

  // Not measured: the first requests compile the code paths (JIT) a running backend has warm.
  await runLoad({
    url: `${api}/workspaces?user=${user}`,
    headers: { Authorization: headers.Authorization },
    connections: LIST_CONNECTIONS,
    duration: 2,
  });

  const rows = [];
  for (const [label, query] of [
    [`list (page of 100 of ${WORKSPACES})`, `user=${user}`],
    [`list (all ${WORKSPACES})`, `user=${user}&limit=1000`],
    ['list Running only', `user=${user}&status=Running&limit=1000`],
  ] as const) {
    const cpuBefore = process.cpuUsage();
    const figures = await runLoad({
      url: `${api}/workspaces?${query}`,
      headers: { Authorization: headers.Authorization },
      connections: LIST_CONNECTIONS,
      duration: SECONDS,
    });
    const cpu = process.cpuUsage(cpuBefore);
    rows.push({
      request: label,
      connections: LIST_CONNECTIONS,
      ...figures,
      // What a list costs, whatever else runs on the machine: this process's CPU time per
      // answered request, the load generator and the simulator's share included.
      cpuMsPerRequest: Number(
        (
          (cpu.user + cpu.system) /
          1000 /
          Math.max(1, figures.requests)
        ).toFixed(2),
      ),
    });
    // Lists the cluster answered: each is one the watch cache could not (it was not current).
    const fromCluster = sim.auditLog.filter(
      r => r.verb === 'list' && r.namespace === NAMESPACE,
    ).length;
    console.log(`${label}: ${fromCluster} lists read from the cluster so far`);
  }

  /** Creates then deletes CREATES workspaces at CONNECTIONS callers, for the users `users(i)` in turn. */
  async function createAndDelete(label: string, users: (i: number) => string) {
    const created: Array<{ id: string; user: string }> = [];
    let n = 0;
    const createFigures = await runLoad({
      url: `${api}/workspaces`,
      method: 'POST',
      headers,
      connections: CONNECTIONS,
      amount: CREATES,
      requests: [
        {
          method: 'POST',
          setupRequest: req => ({
            ...req,
            body: JSON.stringify({
              devfileUrl: devfiles.url('/devfile.yaml'),
              user: users(n++),
            }),
          }),
          onResponse: (status: number, body: string) => {
            if (status === 201) {
              const w = JSON.parse(body);
              created.push({
                id: w.workspaceId,
                user: `user:default/${w.namespace.replace(/-che$/, '')}`,
              });
            }
          },
        },
      ],
    });
    rows.push({
      request: `create, ${label}`,
      connections: CONNECTIONS,
      ...createFigures,
    });
    const toDelete = [...created];
    const deleteFigures = await runLoad({
      url: api,
      method: 'DELETE',
      headers: { Authorization: headers.Authorization },
      connections: CONNECTIONS,
      amount: toDelete.length,
      requests: [
        {
          method: 'DELETE',
          setupRequest: req => {
            const next = toDelete.pop()!;
            return {
              ...req,
              path: `/api/che-launcher/workspaces/${next.id}?user=${encodeURIComponent(next.user)}`,
            };
          },
        },
      ],
    });
    rows.push({
      request: `delete, ${label}`,
      connections: CONNECTIONS,
      ...deleteFigures,
    });
    return created.length;
  }

  // BENCH_CREATES=0 measures the lists alone.
  let created = 0;
  if (CREATES > 0) {
    created = await createAndDelete(
      `into the namespace of ${WORKSPACES}, no limits`,
      () => USER,
    );
    await backend.stop();

    // With limits, a create checks them under the user's row lock with a fresh count from the cluster.
    backend = await startBenchBackend({
      features: [cheLauncherPlugin],
      config: config({
        maxWorkspacesPerUser: 100_000,
        maxRunningWorkspacesPerUser: 100_000,
      }),
    });
    headers.Authorization = `Bearer ${backend.token}`;
    api = `${backend.baseUrl}/api/che-launcher`;
    await createAndDelete(
      `${CONNECTIONS} users, limits on`,
      i => `user:default/dev-${i % CONNECTIONS}`,
    );
  }

  await backend.stop();
  await Promise.all([sim.stop(), devfiles.stop()]);
  const peakRssMiB = rss.stop();
  printTable(
    `che-launcher over HTTP against the simulator: ${WORKSPACES} workspaces in the namespace (peak RSS ${peakRssMiB} MiB, backend + simulator)`,
    rows,
  );
  const listP99 = rows[0].p99Ms;
  const [load1] = loadavg();
  console.log(
    `\nlist p99 ${listP99} ms: goal < 100 ms ${listP99 < 100 ? 'met' : 'NOT met'} (load average ${load1.toFixed(1)} on ${cpus().length} cores)`,
  );
  writeResults('che-launcher', {
    loadAverage: load1,
    workspaces: WORKSPACES,
    created,
    rows,
    peakRssMiB,
  });
}

// Exit when done: a stopped backend can leave handles (pools, timers) that would keep the run alive.
main()
  .then(() => process.exit(0))
  .catch(error => {
    console.error(error);
    process.exit(1);
  });
