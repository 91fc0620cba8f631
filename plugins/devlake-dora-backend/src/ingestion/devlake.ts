import { z } from 'zod';
import { isCalendarDay } from '../metrics/calendar';
import { implausibleTime, typeError } from './schemas';

/**
 * What DevLake's webhook plugin accepts, in the words of its request structs (Go validator tags)
 * and decoder (mapstructure, weakly typed): the pieces the deployment, issue and pull request
 * requests share.
 */

/** A DevLake webhook connection: what `:connectionId` or `by-name/:name` designate, and its project. */
export interface WebhookConnection {
  id: number;
  name: string;
  project: string;
}

/** Deployments, issues and incidents from one connection are keyed within that connection. */
export const devlakeSource = (connection: WebhookConnection) =>
  `devlake:${connection.id}`;

/** The repository of a connection's pull requests, as DevLake names it (their `base_repo_id`). */
export const devlakeRepository = (connection: WebhookConnection) =>
  `webhook:${connection.id}`;

/** Deployments posted to `projects/:projectName/deployments` (DevLake's per-project connection). */
export const devlakeProjectSource = (project: string) =>
  `devlake:project:${project}`;

/** DevLake decodes weakly: a number given for a text field is taken as its decimal text. */
const weak = (value: unknown) =>
  typeof value === 'number' ? String(value) : value;

/** An optional text field; absent and "" are the same to DevLake (its zero value). `max` bounds a key kept in a column. */
export const text = (max?: number) => {
  const value = z.string({ error: typeError('a string') });
  return z.preprocess(
    weak,
    (max === undefined
      ? value
      : value.max(max, `must be at most ${max} characters`)
    ).optional(),
  );
};

/** `validate:"required"` on a string: present and not empty; a key is also bounded by its column. */
export const requiredText = (max?: number) => {
  const value = z
    .string({ error: typeError('a string') })
    .min(1, 'is required (must not be empty)');
  return z.preprocess(
    weak,
    max === undefined
      ? value
      : value.max(max, `must be at most ${max} characters`),
  );
};

/**
 * The date forms DevLake's decoder reads (common.ConvertStringToTime): RFC 3339 / ISO 8601 with a
 * zone (`Z`, `+07:00` or `+0700`, fractions allowed) or `YYYY-MM-DD HH:MM:SS`, read as UTC.
 */
const DATE_WITH_ZONE =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;

const date = z
  .string({ error: typeError('a date-time string, e.g. 2026-11-01T10:00:00Z') })
  .transform((value, ctx) => {
    const utc = DATE_UTC.exec(value);
    let parsed = Number.NaN;
    if (!isCalendarDay(value)) parsed = Number.NaN;
    else if (utc) parsed = Date.parse(`${utc[1]}T${utc[2]}Z`);
    else if (DATE_WITH_ZONE.test(value)) parsed = Date.parse(value);
    if (Number.isNaN(parsed)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be a date-time such as 2026-11-01T10:00:00Z, 2026-11-01T10:00:00+08:00 or 2026-11-01 10:00:00 (UTC)',
      });
      return z.NEVER;
    }
    const problem = implausibleTime(parsed);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return new Date(parsed);
  });

/** `validate:"required"` on a *time.Time: present (not null). */
export const requiredDate = date;
/** An optional *time.Time: absent or null. */
export const optionalDate = date.nullish();
