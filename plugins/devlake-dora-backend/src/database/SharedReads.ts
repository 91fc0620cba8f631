/**
 * Runs identical reads that overlap in time once. A dashboard asks the same question from every
 * browser that has it open: a call made while the same read is still running waits for that read
 * instead of starting another, and gets its own copy of the answer. Nothing is kept once the read
 * settles, so an answer is never older than the read it came from, which started before the
 * call arrived by less than one read's time.
 *
 * `written()` is called when this backend has committed new facts: a call made after it never
 * shares a read started before it, so a client that sent an event and then asks sees its event.
 */
export class SharedReads {
  private readonly running = new Map<string, Promise<unknown>>();
  private generation = 0;

  written(): void {
    this.generation += 1;
  }

  run<T>(key: string, read: () => Promise<T>): Promise<T> {
    const id = `${this.generation}\u0000${key}`;
    let shared = this.running.get(id) as Promise<T> | undefined;
    if (!shared) {
      shared = read().finally(() => this.running.delete(id));
      this.running.set(id, shared);
    }
    // Each caller may change its answer (trends are set on it) without touching another's.
    return shared.then(answer => structuredClone(answer));
  }
}
