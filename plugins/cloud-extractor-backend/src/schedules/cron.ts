import { InputError } from '@backstage/errors';
import { CronExpressionParser } from 'cron-parser';

const MACROS = [
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@hourly',
];

/**
 * The next time a five-field crontab expression (minute hour day month weekday, UTC) or a macro
 * such as `@daily` fires after `from`. Anything else → 400 naming cron_expression.
 */
/** A cron expression as stored: its fields separated by single spaces. */
export const normalisedCron = (expression: string) =>
  expression.trim().split(/\s+/).join(' ');

export function nextRun(expression: string, from: Date): Date {
  const trimmed = normalisedCron(expression);
  const fields = trimmed.split(' ');
  if (!(
    fields.length === 5 ||
    (fields.length === 1 && MACROS.includes(trimmed))
  )) {
    throw new InputError(
      `cron_expression must have five fields (minute hour day-of-month month day-of-week) or be one of ${MACROS.join(', ')}; got '${expression}'`,
    );
  }
  // cron-parser reads H as a random value, drawn again at each run: '0 H * * *' would fire
  // at a different hour after every run. Crontab has no H.
  if (fields.some(field => /(^|[^A-Z])H(?![A-Z])/i.test(field))) {
    throw new InputError(
      `cron_expression must not use H (a random value); give the minute or hour; got '${expression}'`,
    );
  }
  try {
    return CronExpressionParser.parse(trimmed, { currentDate: from, tz: 'UTC' })
      .next()
      .toDate();
  } catch (error) {
    throw new InputError(
      `cron_expression '${expression}' is not valid: ${error instanceof Error ? error.message : error}`,
    );
  }
}
