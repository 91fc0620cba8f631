import { isError } from '@backstage/errors';
import { errorStatus, refusedFields } from '@fawkes/backend-http';
import type { ErrorRequestHandler, Handler } from 'express';

/**
 * Seed 000's error format is `{error: {code, message, details: {field, reason}}}`; Backstage's is
 * `{error: {name, message}, request, response}`. Backstage's error handler serialises every own
 * field of the error, so giving the error a `code` (and `details` when a field is named) answers
 * both kinds of client with one body.
 */
const SEED_CODES: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'RATE_LIMITED',
  501: 'NOT_IMPLEMENTED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Seed 000's `details`: the first field the refusal names, if any. */
function seedDetails(message: string) {
  const refused = refusedFields(message).find(({ field }) => field !== '');
  if (!refused) return {};
  // The reason has always been given up to its first semicolon (`comma-separated; item 2 is "x"`
  // answers `comma-separated`); kept so the answers stay as they were.
  return {
    details: {
      field: refused.field,
      reason: refused.reason.split(';')[0].trim(),
    },
  };
}

/** Adds seed 000's `code` and `details` to an error the plugin answers with (see above). */
export function seedErrorFields(): Handler {
  const handler: ErrorRequestHandler = (error, _req, _res, next) => {
    if (isError(error) && !('code' in error)) {
      const code = SEED_CODES[errorStatus(error)];
      if (code) Object.assign(error, { code, ...seedDetails(error.message) });
    }
    next(error);
  };
  // httpRouter.use is typed for request handlers; express tells error handlers by their arity.
  return handler as unknown as Handler;
}
