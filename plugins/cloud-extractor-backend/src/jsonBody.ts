import { InputError } from '@backstage/errors';
import {
  parseInput,
  UnprocessableEntityError,
  unreadableBodyError,
} from '@fawkes/backend-http';
import type { ErrorRequestHandler, Request } from 'express';
import type { z } from 'zod';

/**
 * The request body, validated: seed 003 answers an invalid request body with 422 (its 400s are the
 * provider, service and cron checks made after this). A body that is not JSON is refused: express
 * would leave it unread, and an empty trigger means "extract everything".
 */
export function parseJsonBody<S extends z.ZodType>(
  schema: S,
  req: Request,
): z.output<S> {
  const noBody =
    req.headers['content-length'] === '0' ||
    req.is('application/json') === null;
  if (!noBody && req.is('application/json') === false) {
    throw new UnprocessableEntityError(
      `Invalid request body: body must be JSON sent with Content-Type: application/json; got ${req.headers['content-type'] ?? 'no Content-Type'}`,
    );
  }
  try {
    return parseInput(schema, req.body ?? {}, 'body');
  } catch (error) {
    if (error instanceof InputError)
      throw new UnprocessableEntityError(error.message);
    throw error;
  }
}

/** What express.json could not read, refused without echoing the body: a body that is not JSON is the same 422. */
export const jsonBodyErrors: ErrorRequestHandler = (
  error,
  _req,
  _res,
  next,
) => {
  next(unreadableBodyError(error, UnprocessableEntityError));
};
