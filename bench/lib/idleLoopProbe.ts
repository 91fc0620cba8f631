import { spawn } from 'node:child_process';

/**
 * A separate Node process that does nothing but watch its own event loop while a load runs: the
 * delays it sees are the machine's (every process waiting for a core), not a request's work, so
 * a backend's delays can be read against them.
 */
const PROBE = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
process.stdin.on('data', () => {
  loop.disable();
  process.stdout.write(JSON.stringify({ max: loop.max / 1e6, p99: loop.percentile(99) / 1e6 }));
  process.exit(0);
});
process.stdout.write('ready\\n');
`;

export interface IdleLoopProbe {
  /** Stops the probe: the longest delay and the p99 it saw, in ms. */
  stop(): Promise<{ maxMs: number; p99Ms: number }>;
}

export async function startIdleLoopProbe(): Promise<IdleLoopProbe> {
  const child = spawn(process.execPath, ['-e', PROBE], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('ready\n')) resolve();
    });
  });
  return {
    stop: async () => {
      output = '';
      const done = new Promise<void>(resolve =>
        child.once('exit', () => resolve()),
      );
      child.stdin.write('stop\n');
      await done;
      const { max, p99 } = JSON.parse(output.trim());
      return { maxMs: Math.round(max), p99Ms: Math.round(p99) };
    },
  };
}
