import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Knex } from 'knex';

/** A port nothing listens on right now, for a backend started as a child process. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
    server.on('error', rej);
  });
}

/**
 * Polls `ready` until it answers true. Fails at once when the child exits or logs a failed
 * start, so the limit is only a backstop for a hung start, not a speed requirement.
 */
export async function waitForBackend(options: {
  ready: () => Promise<boolean>;
  child: ChildProcess;
  output: () => string;
  timeoutMs: number;
}): Promise<void> {
  const { ready, child, output, timeoutMs } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`backend exited with ${child.exitCode}:\n${output()}`);
    // The CLI's watcher keeps the process alive after a failed start; do not wait out the limit.
    if (output().includes('Backend startup failed'))
      throw new Error(`backend failed to start:\n${output()}`);
    try {
      if (await ready()) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`backend not ready after ${timeoutMs} ms:\n${output()}`);
}

/** Stops a child started with `detached: true` and everything it spawned. */
export async function stopProcessGroup(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return;
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
