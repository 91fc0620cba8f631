import { ConfigReader } from '@backstage/config';
import { aggregatedRowLimit, readSettings } from './config';

describe('devlake.maxFactRows for figures aggregated in the database', () => {
  it('bounds them only when set explicitly, as no row of theirs is held in the backend', () => {
    const defaults = readSettings(new ConfigReader({}));
    expect([defaults.maxFactRows, defaults.maxAggregatedRows]).toEqual([
      500_000,
      undefined,
    ]);
    const set = readSettings(
      new ConfigReader({ devlake: { maxFactRows: 1000 } }),
    );
    expect([set.maxFactRows, set.maxAggregatedRows]).toEqual([1000, 1000]);
  });

  it('bounds them by the default on a database whose statements run on the event loop (SQLite)', () => {
    const defaults = readSettings(new ConfigReader({}));
    expect(aggregatedRowLimit(defaults, true)).toBe(500_000);
    expect(aggregatedRowLimit(defaults, false)).toBeUndefined();
    const set = readSettings(
      new ConfigReader({ devlake: { maxFactRows: 1000 } }),
    );
    expect(aggregatedRowLimit(set, true)).toBe(1000);
    expect(aggregatedRowLimit(set, false)).toBe(1000);
  });

  it('refuses a bad explicit limit naming the setting', () => {
    expect(() =>
      readSettings(new ConfigReader({ devlake: { maxFactRows: 0 } })),
    ).toThrow(
      'devlake.maxFactRows must be a whole number of at least 1, got 0',
    );
  });
});
