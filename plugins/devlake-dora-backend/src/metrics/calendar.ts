/** UTC calendar arithmetic, with weekends and holidays optionally taken out of time. */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const startOfDay = (t: number) => t - (((t % DAY) + DAY) % DAY);

/** The latest instant every store and clock here can hold: the end of the year 9999. */
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Whether the `YYYY-MM-DD` a text starts with is a day of the calendar. Date.parse does not tell:
 * V8 reads 2026-02-30 as 2 March.
 */
export function isCalendarDay(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    month - 1
  ];
  return days !== undefined && day >= 1 && day <= days;
}

const isWeekendDay = (dayStart: number) => {
  const weekday = new Date(dayStart).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export const isWeekend = (t: number) => isWeekendDay(startOfDay(t));

/** The days taken out of time: weekends when asked, and holidays (each day's 00:00 UTC). */
export interface OffDays {
  weekends: boolean;
  holidays: ReadonlySet<number>;
}

const NO_HOLIDAYS: ReadonlySet<number> = new Set();

/** `true`/`false` is weekends only, as before holidays existed. */
export const offDaysOf = (off: OffDays | boolean): OffDays =>
  typeof off === 'boolean' ? { weekends: off, holidays: NO_HOLIDAYS } : off;

const noneOff = (off: OffDays) => !off.weekends && off.holidays.size === 0;

const isOffDay = (off: OffDays, dayStart: number) =>
  (off.weekends && isWeekendDay(dayStart)) || off.holidays.has(dayStart);

/** Whether t falls on a day taken out of time. */
export const isOff = (off: OffDays, t: number) =>
  !noneOff(off) && isOffDay(off, startOfDay(t));

/** Monday 00:00 UTC of the ISO week containing t. */
export function startOfWeek(t: number): number {
  const day = startOfDay(t);
  return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
}

export function startOfMonth(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export function addMonths(t: number, months: number): number {
  const d = new Date(t);
  return Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth() + months,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** Milliseconds from a to b; the days taken out of time (`true`: Saturdays and Sundays, UTC) do not count. */
export function elapsed(
  a: number,
  b: number,
  excluded: OffDays | boolean,
): number {
  const off = offDaysOf(excluded);
  if (noneOff(off) || b <= a) return b - a;
  let total = 0;
  for (let day = startOfDay(a); day < b; day += DAY) {
    if (isOffDay(off, day)) continue;
    total += Math.min(b, day + DAY) - Math.max(a, day);
  }
  return total;
}

/** Days (24 h units) in [from, to), without the days taken out of time. */
export const lengthInDays = (
  from: number,
  to: number,
  excluded: OffDays | boolean,
) => elapsed(from, to, excluded) / DAY;
