import { isError } from '@backstage/errors';
import type { ErrorRequestHandler, Handler } from 'express';

/**
 * Seed 000's error format is `{error: {code, message, details: {field, reason}}}`; Backstage's is
 * `{error: {name, message}, request, response}`. Backstage's error handler serialises every own
 * field of the error, so giving the error a `code` (and `details` when a field is named) answers
 * both kinds of client with one body.
 */
const CODES: Record<string, string> = {
  InputError: 'INVALID_REQUEST',
  AuthenticationError: 'UNAUTHORIZED',
  NotAllowedError: 'FORBIDDEN',
  NotFoundError: 'NOT_FOUND',
  ConflictError: 'CONFLICT',
  NotImplementedError: 'NOT_IMPLEMENTED',
  ServiceUnavailableError: 'SERVICE_UNAVAILABLE',
};

const STATUS_CODES: Record<number, string> = {
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

// The plugins name a refused field as `query.limit: must be <= 1000` (several joined by "; ").
const FIELD_PROBLEM =
  /\b(?:query|body|params|headers)\.([A-Za-z0-9_$.[\]-]+): ([^;]+)/;

function seedCode(error: Error & { statusCode?: unknown }): string | undefined {
  if (typeof error.statusCode === 'number')
    return STATUS_CODES[error.statusCode];
  return CODES[error.name];
}

/** Adds seed 000's `code` and `details` to an error the plugin answers with (see above). */
export function seedErrorFields(): Handler {
  const handler: ErrorRequestHandler = (error, _req, _res, next) => {
    if (isError(error) && !('code' in error)) {
      const code = seedCode(error);
      if (code) {
        const problem = FIELD_PROBLEM.exec(error.message);
        Object.assign(error, {
          code,
          ...(problem
            ? { details: { field: problem[1], reason: problem[2].trim() } }
            : {}),
        });
      }
    }
    next(error);
  };
  // httpRouter.use is typed for request handlers; express tells error handlers by their arity.
  return handler as unknown as Handler;
}
