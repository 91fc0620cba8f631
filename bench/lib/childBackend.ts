import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './backend';

const ROOT = resolve(__dirname, '..', '..');
const transform = require.resolve('@backstage/cli/config/nodeTransform.cjs');

export interface ChildBackend {
  baseUrl: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first ready answer of /.backstage/health/v1/readiness. */
  readyMs: number;
  /**
   * CPU time (user + system) the backend process had used when it became ready: the work of its
   * start, which other processes on a shared machine lengthen far less than they do readyMs.
   */
  cpuMs: number;
  /** Resident memory of the backend process now, in MiB (from /proc). */
  rssMiB(): number;
  /** Asks probe.cjs for memory figures (after a full GC) and the load costs. */
  probe(): Promise<ProbeReport>;
  stop(): Promise<void>;
}

export interface ProbeReport {
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  snapshot?: string;
  loads: { name: string; ms: number; heapMiB: number; importedBy: string }[];
}

/** utime + stime of a process, from /proc/<pid>/stat (in clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Starts a backend entry point (TypeScript, through the Backstage CLI's Node transform, as
 * `npm start` runs the backend but without the CLI's file watcher) in packages/backend with
 * app-config.yaml, app-config.development.yaml and `config`, on a free port.
 */
export async function startChildBackend(options: {
  entry: string;
  /** Extra YAML appended as the last config file (a JSON object is valid YAML). */
  config: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  /** Only how long a start that never becomes ready is waited for. */
  timeoutMs?: number;
}): Promise<ChildBackend> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // JSON is YAML: the last config file, for the port and whatever the caller adds.
  const extra = join(
    mkdtempSync(join(tmpdir(), 'bench-backend-')),
    'bench.yaml',
  );
  writeFileSync(
    extra,
    JSON.stringify({
      ...options.config,
      backend: {
        ...(options.config.backend as object | undefined),
        baseUrl,
        listen: { port, host: '127.0.0.1' },
      },
    }),
  );
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--require',
      transform,
      '--require',
      resolve(__dirname, '../foundation/probe.cjs'),
      resolve(ROOT, options.entry),
      '--config',
      resolve(ROOT, 'app-config.yaml'),
      '--config',
      resolve(ROOT, 'app-config.development.yaml'),
      '--config',
      extra,
    ],
    {
      cwd: resolve(ROOT, 'packages/backend'),
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const probes: ((line: string) => void)[] = [];
  child.stdout!.on('data', d => {
    output += d;
    for (const line of String(d).split('\n'))
      if (line.startsWith('PROBE ')) probes.shift()?.(line.slice(6));
  });
  child.stderr!.on('data', d => {
    output += d;
  });

  const deadline = started + (options.timeoutMs ?? 600_000);
  let readyMs = -1;
  let cpuMs = -1;
  while (Date.now() < deadline && child.exitCode === null) {
    // A plugin that failed its start leaves the process waiting on the others: stop there.
    if (output.includes('Backend startup failed')) break;
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (res.ok) {
        readyMs = Date.now() - started;
        cpuMs = cpuMsOf(child.pid!);
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 50));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise(r => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  if (readyMs < 0) {
    await stop();
    throw new Error(
      `${options.entry} did not become ready:\n${output.slice(-4000)}`,
    );
  }
  return {
    baseUrl,
    child,
    readyMs,
    cpuMs,
    rssMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
    },
    probe: () =>
      new Promise(res => {
        probes.push(line => res(JSON.parse(line)));
        child.kill('SIGUSR2');
      }),
    stop,
  };
}
