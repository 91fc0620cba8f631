import { InputError, isError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { ErrorRequestHandler, Request } from 'express';
import type { z } from 'zod';

const notJson = (req: Request<any, any, any, any>) =>
  `Invalid request body: body must be JSON sent with Content-Type: application/json; got ${req.headers['content-type'] ?? 'no Content-Type'}`;

/**
 * The request body, validated: seed 003 answers an invalid request body with 422 (its 400s are the
 * provider, service and cron checks made after this). A body that is not JSON is refused: express
 * would leave it unread, and an empty trigger means "extract everything".
 */
export function parseJsonBody<S extends z.ZodType>(
  schema: S,
  req: Request<any, any, any, any>,
): z.output<S> {
  const noBody =
    req.headers['content-length'] === '0' ||
    req.is('application/json') === null;
  if (!noBody && req.is('application/json') === false) {
    throw new UnprocessableEntityError(notJson(req));
  }
  try {
    return parseInput(schema, req.body ?? {}, 'body');
  } catch (error) {
    if (error instanceof InputError)
      throw new UnprocessableEntityError(error.message);
    throw error;
  }
}

/**
 * The spec's validation names a body that does not match it, or is not JSON, as a 400; seed 003
 * answers both with 422, so the router's last error handler turns them into one.
 */
export function specBodyViolationsAs422(): ErrorRequestHandler {
  return (error, req, _res, next) => {
    if (isError(error) && error.name === 'InputError') {
      if (error.message.startsWith('Invalid request body')) {
        next(new UnprocessableEntityError(error.message));
        return;
      }
      if (/unsupported media type/i.test(error.message)) {
        next(new UnprocessableEntityError(notJson(req)));
        return;
      }
    }
    next(error);
  };
}
