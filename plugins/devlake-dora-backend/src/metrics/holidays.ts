import { InputError } from '@backstage/errors';
import { isCalendarDay } from './calendar';

/**
 * Holidays as the start (00:00 UTC) of each day: `YYYY-MM-DD` dates, each a day of the calendar.
 * `field` names the list in the error (`query.holidays`, `devlake.holidays`).
 */
export function parseHolidays(dates: string[], field: string): number[] {
  return dates.map((date, i) => {
    const text = date.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isCalendarDay(text))
      throw new InputError(
        `${field}: must be dates as YYYY-MM-DD, comma-separated; item ${i + 1} is ${JSON.stringify(date)}`,
      );
    return Date.parse(`${text}T00:00:00Z`);
  });
}
