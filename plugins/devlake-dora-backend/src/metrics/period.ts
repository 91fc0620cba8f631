import { InputError } from '@backstage/errors';
import { DAY, isCalendarDay, startOfDay } from './calendar';
import type { Window } from './DoraCalculator';

/** The longest period a request may ask for, so one request cannot read the whole history. */
export const MAX_PERIOD_DAYS = 731;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

export interface Period extends Window {
  startDate: string;
  endDate: string;
}

function instant(value: string, field: string, endOfDay: boolean): number {
  let t = Number.NaN;
  if (DATE_ONLY.test(value)) {
    t = Date.parse(`${value}T00:00:00Z`) + (endOfDay ? DAY : 0);
  } else if (DATE_TIME.test(value)) {
    t = Date.parse(value);
  }
  if (!Number.isNaN(t) && isCalendarDay(value)) return t;
  throw new InputError(
    `${field}: must be an ISO 8601 date (2026-11-01) or date-time with a zone (2026-11-01T10:00:00Z), got ${JSON.stringify(value)}`,
  );
}

function checked(from: number, to: number, fromField: string): void {
  if (from >= to)
    throw new InputError(`${fromField}: must be before the end of the period`);
  if (to - from > MAX_PERIOD_DAYS * DAY)
    throw new InputError(
      `${fromField}: the period may span at most ${MAX_PERIOD_DAYS} days`,
    );
}

const dateOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Seed 001's startDate/endDate: a date-only endDate includes that whole day; a date-time is an
 * exclusive instant. Defaults, echoed as dates as in the seed: endDate today (counted up to now),
 * startDate the date 30 days before the end date.
 */
export function periodFromDates(
  startDate: string | undefined,
  endDate: string | undefined,
  now: number,
): Period {
  const to = endDate ? instant(endDate, 'query.endDate', true) : now;
  const end = endDate ?? dateOf(now);
  const start =
    startDate ?? dateOf(startOfDay(endDate ? to - 1 : now) - 30 * DAY);
  const from = instant(start, 'query.startDate', false);
  checked(from, to, 'query.startDate');
  return { from, to, startDate: start, endDate: end };
}

/** Seed 000's timeRange: last7days, last30days, last90days (up to now) or `<from>/<to>`. */
export function periodFromTimeRange(
  timeRange: string | undefined,
  now: number,
): Period {
  const range = timeRange ?? 'last30days';
  const last = range.match(/^last(7|30|90)days$/);
  if (last) {
    const from = now - Number(last[1]) * DAY;
    return {
      from,
      to: now,
      startDate: new Date(from).toISOString(),
      endDate: new Date(now).toISOString(),
    };
  }
  const parts = range.split('/');
  if (parts.length !== 2) {
    throw new InputError(
      `query.timeRange: must be last7days, last30days, last90days or <from>/<to> in ISO 8601, got ${JSON.stringify(range)}`,
    );
  }
  const from = instant(parts[0], 'query.timeRange', false);
  const to = instant(parts[1], 'query.timeRange', true);
  checked(from, to, 'query.timeRange');
  return { from, to, startDate: parts[0], endDate: parts[1] };
}
