import { aggregate } from './aggregate';
import { elapsed } from './calendar';

describe('aggregate', () => {
  it('takes an actual sample as DevLake does: the lower median for an even count', () => {
    expect(aggregate([4, 1, 3, 2], 'median')).toBe(2);
    expect(aggregate([5, 1, 3], 'median')).toBe(3);
    expect(aggregate([7], 'median')).toBe(7);
    expect(aggregate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'p90')).toBe(9);
    expect(aggregate([1, 2, 3, 4], 'p75')).toBe(3);
    expect(aggregate([1, 2, 3, 4], 'mean')).toBe(2.5);
    expect(aggregate([], 'median')).toBeNull();
  });
});

describe('elapsed', () => {
  it('skips Saturdays and Sundays only when asked', () => {
    const fri = Date.parse('2026-11-06T20:00:00Z');
    const mon = Date.parse('2026-11-09T02:00:00Z');
    expect(elapsed(fri, mon, false) / 3_600_000).toBe(54);
    expect(elapsed(fri, mon, true) / 3_600_000).toBe(6);
  });
});
