/**
 * Polls `probe` until `done` holds for its result, and answers that result. The limit is
 * generous (60 s) because it only bounds a failing test: a passing one returns as soon as the
 * state is reached, however loaded the machine is.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  { timeoutMs = 60_000, intervalMs = 25 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached within ${timeoutMs} ms`);
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
