import type { LoggerService } from '@backstage/backend-plugin-api';
import { isError, serializeError, toError } from '@backstage/errors';
import { errorStatus, refusedFields } from '@fawkes/backend-http';
import type { ErrorRequestHandler, Handler } from 'express';
import { randomBytes } from 'node:crypto';

/** One invalid field of a request, in seed 003's error body. */
export interface FieldError {
  field: string;
  message: string;
}

/** Backstage's error body, plus seed 003's `detail` and `errors`. */
export interface ErrorBody {
  error: ReturnType<typeof serializeError>;
  request: { method: string; url: string };
  response: { statusCode: number };
  detail: string;
  errors: FieldError[];
}

/**
 * What Backstage's error middleware does before answering: a thrown non-Error or a database
 * driver's error becomes a plain "internal error" with a log id, and the original is only logged.
 */
function withoutInternals(error: unknown, logger: LoggerService): Error {
  if (isError(error) && error.constructor.name !== 'DatabaseError')
    return error;
  const logId = randomBytes(10).toString('hex');
  logger
    .child({ logId })
    .error(
      `Filtered internal error with logId=${logId} from response`,
      toError(error),
    );
  const filtered = new Error(`An internal error occurred logId=${logId}`);
  delete filtered.stack;
  return filtered;
}

/**
 * Seed 003's `errors`: the invalid fields a validation error names (`refusedFields`), each as the
 * client sent it, without its source (`batch_size`, `regions[0]`, `limit`), as in the seed's
 * `{"field": "services"}`; a problem of a whole source names the source (`body`). Any other error
 * (the seed's 400s for a provider, service, filter or cron expression included, which the seed
 * answers with `"errors": []`) names none.
 */
export function fieldErrorsOf(message: string): FieldError[] {
  return refusedFields(message).map(({ source, field, reason }) => ({
    field: field || source,
    message: reason,
  }));
}

/** The status and body the plugin answers an error with (see errorResponse). */
export function errorBody(
  error: Error,
  request: { method?: string; url?: string },
  includeStack = false,
): { statusCode: number; body: ErrorBody } {
  const statusCode = errorStatus(error);
  return {
    statusCode,
    body: {
      error: serializeError(error, { includeStack }),
      request: { method: request.method ?? 'GET', url: request.url ?? '' },
      response: { statusCode },
      detail: error.message,
      errors: statusCode < 500 ? fieldErrorsOf(error.message) : [],
    },
  };
}

/**
 * The plugin's error answers, rendered as Backstage's error middleware renders them (same status,
 * same `{error, request, response}`, the same logging of 5xx, no stack trace outside development,
 * no internals) with seed 003's `detail` (the message) and `errors` (the invalid fields) beside
 * them, so both Backstage clients (`ResponseError.fromResponse`) and clients of the seed read
 * them. Register it as the plugin's last handler, after `databaseErrorHandler`, so the errors it
 * renders are already free of SQL and driver details. A failure after the answer has started
 * (an event stream) goes on to the backend's own handler.
 */
export function errorResponse(
  logger: LoggerService,
  options: { showStackTraces?: boolean } = {},
): Handler {
  const showStackTraces =
    options.showStackTraces ?? process.env.NODE_ENV === 'development';
  const log = logger.child({ type: 'errorHandler' });
  const handler: ErrorRequestHandler = (rawError, req, res, next) => {
    if (res.headersSent) {
      next(rawError);
      return;
    }
    const error = withoutInternals(rawError, log);
    const { statusCode, body } = errorBody(error, req, showStackTraces);
    if (statusCode >= 500)
      log.error(`Request failed with status ${statusCode}`, error);
    res.status(statusCode).json(body);
  };
  // httpRouter.use is typed for request handlers; express tells error handlers by their arity.
  return handler as unknown as Handler;
}
