import { spawn, type ChildProcess } from 'node:child_process';
import type { Knex } from 'knex';

/** A port nothing listens on right now, for a backend started as a child process. */
export { freePort } from '@fawkes/test-kit';

export interface BackendProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
}

/** Starts `node <args>` in its own process group (see stopProcessGroup), keeping its output. */
export function startBackendProcess(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): BackendProcess {
  const child = spawn(process.execPath, args, { ...options, detached: true });
  let output = '';
  child.stdout?.on('data', d => {
    output += d;
  });
  child.stderr?.on('data', d => {
    output += d;
  });
  return { child, output: () => output };
}

/**
 * Polls the backend's readiness route until it answers. Fails at once when the process exits or
 * logs a failed start; the generous limit only ends a start that hangs, it is no speed bound.
 */
export async function waitUntilReady(
  baseUrl: string,
  { child, output }: BackendProcess,
  timeoutMs = 600_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `backend exited (${child.exitCode ?? child.signalCode}):\n${output()}`,
      );
    // The CLI's watcher keeps the process alive after a failed start; do not wait out the limit.
    if (output().includes('Backend startup failed'))
      throw new Error(`backend failed to start:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`backend not ready after ${timeoutMs} ms:\n${output()}`);
}

/** Stops a child started with `detached: true` and everything it spawned. */
export async function stopProcessGroup(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null)
    return;
  const exited = new Promise(r => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Drops the databases a backend created under its `backend.database.prefix`. */
export async function dropDatabases(admin: Knex, prefix: string) {
  const { rows } = await admin.raw(
    'select datname from pg_database where datname like ?',
    [`${prefix}%`],
  );
  for (const { datname } of rows)
    await admin.raw('drop database if exists ?? with (force)', [datname]);
}
