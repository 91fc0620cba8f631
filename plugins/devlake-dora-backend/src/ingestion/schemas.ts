import { z } from 'zod';
import { isCalendarDay, LATEST_TIME } from '../metrics/calendar';

/** An ISO 8601 date-time with a zone (Z or an offset), as a Date. */
export const isoDateTime = z
  .string({ error: 'must be an ISO 8601 date-time string' })
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i,
    'must be an ISO 8601 date-time with a zone, e.g. 2026-11-01T10:00:00Z',
  )
  .refine(
    v => isCalendarDay(v) && !Number.isNaN(Date.parse(v)),
    'is not a valid date',
  )
  .transform(v => new Date(v));

/** An ISO date-time string or epoch milliseconds (up to the year 9999), as a Date. */
export const isoOrEpochMillis = z.union(
  [
    isoDateTime,
    z
      .number()
      .int()
      .nonnegative()
      .max(LATEST_TIME)
      .transform(v => new Date(v)),
  ],
  {
    error: 'must be an ISO 8601 date-time or epoch milliseconds',
  },
);

export const name = (what: string) =>
  z
    .string({ error: `is required: ${what}` })
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters');
