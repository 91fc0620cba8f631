import { withoutRepeats } from './repeats';

describe('withoutRepeats', () => {
  const key = (e: { id: string }) => e.id;

  it('drops an event identical to the last one kept with its key', () => {
    const a = { id: 'a', status: 'SUCCESS' };
    const b = { id: 'b', status: 'SUCCESS' };
    expect(withoutRepeats([a, { ...a }, b, { ...b }, { ...a }], key)).toEqual([
      a,
      b,
    ]);
  });

  it('keeps a repeat when another event of its key came in between, and events that differ', () => {
    const a1 = { id: 'a', status: 'IN_PROGRESS' };
    const a2 = { id: 'a', status: 'SUCCESS' };
    expect(withoutRepeats([a1, a2, { ...a1 }], key)).toEqual([a1, a2, a1]);
    expect(withoutRepeats([a1, a2, { ...a2 }], key)).toEqual([a1, a2]);
  });

  it('compares dates by their instant', () => {
    const at = (iso: string) => ({ id: 'a', at: new Date(iso) });
    expect(
      withoutRepeats(
        [
          at('2026-01-01T00:00:00Z'),
          at('2026-01-01T00:00:00Z'),
          at('2026-01-02T00:00:00Z'),
        ],
        key,
      ),
    ).toHaveLength(2);
  });
});
