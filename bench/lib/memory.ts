/** Samples this process's resident set size and keeps the peak, for "peak RSS" figures. */
export class PeakRss {
  private peak = process.memoryUsage.rss();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 50) {
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, process.memoryUsage.rss());
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops sampling; the peak in MiB. */
  stop(): number {
    clearInterval(this.timer);
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
    return Math.round(this.peak / 1024 / 1024);
  }
}

/** Resident memory of a process and all its descendants, in MiB (from `ps`): the sum and the largest one. */
export function processTreeRssMiB(rootPid: number): {
  totalMiB: number;
  largestMiB: number;
} {
  const { execFileSync } =
    require('node:child_process') as typeof import('node:child_process');
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='])
    .toString()
    .trim()
    .split('\n')
    .map(line => line.trim().split(/\s+/).map(Number));
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of table) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const sizes = table.filter(([pid]) => tree.has(pid)).map(([, , rss]) => rss);
  const mib = (kb: number) => Math.round(kb / 1024);
  return {
    totalMiB: mib(sizes.reduce((a, b) => a + b, 0)),
    largestMiB: mib(Math.max(0, ...sizes)),
  };
}
