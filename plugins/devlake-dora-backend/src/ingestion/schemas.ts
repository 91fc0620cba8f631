import { z } from 'zod';
import { isCalendarDay, LATEST_TIME } from '../metrics/calendar';

/** No event of a delivery pipeline predates this; an earlier time is a wrong clock or unit. */
export const EARLIEST_EVENT_TIME = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

/**
 * Why a time cannot be an event's: before 2000, or more than a day after now (a clock or unit
 * mistake that would otherwise sit in the figures for years). Undefined when plausible.
 */
export function implausibleTime(time: number): string | undefined {
  if (time < EARLIEST_EVENT_TIME) return 'must not be before 2000-01-01';
  if (time > Date.now() + DAY_MS)
    return 'must not be more than a day in the future';
  return undefined;
}

/** A zod check that the Date is a plausible event time (see implausibleTime). */
export const plausible = (date: Date, ctx: z.RefinementCtx) => {
  const problem = implausibleTime(date.getTime());
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/**
 * A zod check on an object that its start is not after its finish, naming the start. Times are
 * Dates (absent or null: nothing to check).
 */
export const startNotAfter =
  <K extends string>(start: K, finish: K) =>
  (
    value: Partial<Record<K, Date | null | undefined>>,
    ctx: z.RefinementCtx,
  ) => {
    const from = value[start];
    const to = value[finish];
    if (from && to && from.getTime() > to.getTime())
      ctx.addIssue({
        code: 'custom',
        path: [start],
        message: `must not be after ${finish} (${from.toISOString()} is after ${to.toISOString()})`,
      });
  };

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
  .transform(v => new Date(v))
  .superRefine(plausible);

/** An ISO date-time string or epoch milliseconds (up to the year 9999), as a Date. */
export const isoOrEpochMillis = z.union(
  [
    isoDateTime,
    z
      .number()
      .int()
      .nonnegative()
      .max(LATEST_TIME)
      .transform(v => new Date(v))
      .superRefine(plausible),
  ],
  {
    error: 'must be an ISO 8601 date-time or epoch milliseconds',
  },
);

/**
 * A field's error when zod finds it absent or of another type (zod raises both as one issue):
 * `absent` for an absent field, `must be <expected>` for a value of another type.
 */
export const typeError =
  (expected: string, absent = 'is required') =>
  (issue: { input?: unknown }) =>
    issue.input === undefined ? absent : `must be ${expected}`;

export const name = (what: string) =>
  z
    .string({ error: typeError('a string', `is required: ${what}`) })
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters');

/** The commits of a push as GitHub and GitLab both list them, with the source's time format. */
export const pushedCommits = (time: z.ZodType<Date, string>) =>
  z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        timestamp: time,
        message: z.string().optional(),
        author: z
          .object({ email: z.string().optional(), name: z.string().optional() })
          .partial()
          .optional(),
      }),
    )
    .default([]);
