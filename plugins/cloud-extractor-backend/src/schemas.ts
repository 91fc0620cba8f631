import { NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import { JOB_STATUSES, type ExtractionRequest } from './jobs/types';

const name = z.string().min(1, 'must not be empty').max(100);
const region = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'must be a region name such as us-east-1 or westeurope',
  );

/** The part of a trigger and a schedule that says what to extract. */
const extractionFields = {
  provider: name.nullish(),
  services: z
    .array(name)
    .min(1, 'must list at least one service, or be left out for all')
    .max(100)
    .nullish(),
  regions: z
    .array(region)
    .min(1, 'must list at least one region, or be left out for all')
    .max(100)
    .nullish(),
  filters: z
    .record(
      z.string().min(1).max(100),
      z.union([z.string().max(500), z.number(), z.boolean()]),
    )
    .refine(
      filters => Object.keys(filters).length <= 20,
      'must have at most 20 filters',
    )
    .nullish(),
  batch_size: z.number().int('must be an integer').min(1).max(1000).optional(),
};

/*
 * Unknown fields are dropped, not refused: seed 003's pydantic models ignore them (extra='ignore'),
 * so its clients may send fields this API does not have. zod's default object strips them from
 * the parsed value, so they are never stored, audited or answered.
 */
export const triggerBody = z.object(extractionFields);

/** A required text's error: absent says so, rather than "expected string, received undefined". */
const requiredText = {
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is required' : 'must be a string',
};

/** Trimmed; control characters are refused (PostgreSQL cannot store a NUL in text). */
const scheduleName = z
  .string(requiredText)
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .regex(
    /^[^\p{Cc}]*$/u,
    'must not contain control characters such as line breaks or NUL',
  );

export const scheduleBody = z.object({
  name: scheduleName,
  cron_expression: z.string(requiredText).min(1, 'must not be empty').max(200),
  enabled: z.boolean().optional(),
  ...extractionFields,
});

export function toExtractionRequest(
  input: z.infer<typeof triggerBody>,
): ExtractionRequest {
  return {
    provider: input.provider ?? null,
    services: input.services ? [...new Set(input.services)] : null,
    regions: input.regions ? [...new Set(input.regions)] : null,
    filters: input.filters ?? {},
    batch_size: input.batch_size ?? 100,
  };
}

/** A whole number in the query; the spec's validation may already have made it a number. */
const integer = (min: number, max: number) =>
  z
    .union([z.number(), z.string().regex(/^\d+$/, 'must be a whole number')])
    .transform(Number)
    .pipe(z.number().int('must be a whole number').min(min).max(max));

// Query parameters a route does not know are ignored, as FastAPI ignores them.
// The original's GET /jobs takes any limit (default 100 in its code): 1000 keeps its clients working.
export const jobsQuery = z
  .object({
    limit: integer(1, 1000).optional(),
    offset: integer(0, 1_000_000).optional(),
    status: z.enum(JOB_STATUSES).optional(),
  })
  .strip();

export const schedulesQuery = z
  .object({
    limit: integer(1, 100).optional(),
    offset: integer(0, 1_000_000).optional(),
  })
  .strip();

/**
 * The id a job or schedule route names. One not in the form this service gives out
 * (`job_1234567890`, `sched_1234567890`) names nothing: 404, as for any id that does not exist,
 * and the database is not asked.
 */
function idParam(what: 'Job' | 'Schedule', prefix: string) {
  const form = new RegExp(`^${prefix}_[A-Za-z0-9]{1,64}$`);
  return (id: string | undefined): string => {
    if (id !== undefined && form.test(id)) return id;
    const shown = (id ?? '').slice(0, 100);
    throw new NotFoundError(`${what} not found: ${shown}`);
  };
}
export const jobIdParam = idParam('Job', 'job');
export const scheduleIdParam = idParam('Schedule', 'sched');

export const servicesQuery = z.object({ provider: name.optional() }).strip();

export const lastEventId = z
  .string()
  .regex(/^\d{1,15}$/, 'must be the numeric id of an event')
  .transform(Number);

export const entityChangesQuery = z
  .object({
    after: integer(0, 999_999_999_999_999).optional(),
    limit: integer(1, 1000).optional(),
  })
  .strip();
