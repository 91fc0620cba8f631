/** Delayed steps of the simulated controllers, cancelled together when the server stops. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  after(ms: number, step: () => void): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      step();
    }, ms);
    timer.unref?.();
    this.pending.add(timer);
  }

  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
