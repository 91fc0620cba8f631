import { SharedReads } from './SharedReads';

/** A read whose answer the test releases, counting how often it was started. */
function gatedRead<T>() {
  let started = 0;
  const gates: Array<{
    resolve: (v: T) => void;
    reject: (e: Error) => void;
  }> = [];
  const read = () => {
    started += 1;
    return new Promise<T>((resolve, reject) => gates.push({ resolve, reject }));
  };
  return { read, gates, started: () => started };
}

describe('SharedReads', () => {
  it('runs overlapping identical reads once, each caller with its own copy', async () => {
    const shared = new SharedReads();
    const r = gatedRead<{ figures: number[] }>();
    const first = shared.run('q', r.read);
    const second = shared.run('q', r.read);
    expect(r.started()).toBe(1);
    r.gates[0].resolve({ figures: [1, 2] });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual({ figures: [1, 2] });
    a.figures.push(3);
    expect(b).toEqual({ figures: [1, 2] });
  });

  it('runs different keys apart, and the same key again once its read settled', async () => {
    const shared = new SharedReads();
    const r = gatedRead<number>();
    const one = shared.run('a', r.read);
    const other = shared.run('b', r.read);
    expect(r.started()).toBe(2);
    r.gates[0].resolve(1);
    r.gates[1].resolve(2);
    await expect(one).resolves.toBe(1);
    await expect(other).resolves.toBe(2);
    const again = shared.run('a', r.read);
    expect(r.started()).toBe(3);
    r.gates[2].resolve(4);
    await expect(again).resolves.toBe(4);
  });

  it('never gives a call made after a write the answer of a read started before it', async () => {
    const shared = new SharedReads();
    const r = gatedRead<string>();
    const before = shared.run('q', r.read);
    shared.written();
    const after = shared.run('q', r.read);
    expect(r.started()).toBe(2);
    r.gates[0].resolve('without the event');
    r.gates[1].resolve('with the event');
    await expect(before).resolves.toBe('without the event');
    await expect(after).resolves.toBe('with the event');
  });

  it('gives a failure to every waiting caller and keeps nothing of it', async () => {
    const shared = new SharedReads();
    const r = gatedRead<number>();
    const first = shared.run('q', r.read);
    const second = shared.run('q', r.read);
    r.gates[0].reject(new Error('the event store is unavailable'));
    await expect(first).rejects.toThrow('the event store is unavailable');
    await expect(second).rejects.toThrow('the event store is unavailable');
    const retried = shared.run('q', r.read);
    expect(r.started()).toBe(2);
    r.gates[1].resolve(7);
    await expect(retried).resolves.toBe(7);
  });
});
