import { InputError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { ErrorRequestHandler, Request } from 'express';
import type { z } from 'zod';

/**
 * The request body, validated: seed 003 answers an invalid request body with 422 (its 400s are the
 * provider, service and cron checks made after this). A body that is not JSON is refused: express
 * would leave it unread, and an empty trigger means "extract everything".
 */
export function parseJsonBody<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  const noBody = req.headers['content-length'] === '0' || req.is('application/json') === null;
  if (!noBody && req.is('application/json') === false) {
    throw new UnprocessableEntityError(
      `Invalid request body: body must be JSON sent with Content-Type: application/json; got ${req.headers['content-type'] ?? 'no Content-Type'}`,
    );
  }
  try {
    return parseInput(schema, req.body ?? {}, 'body');
  } catch (error) {
    if (error instanceof InputError) throw new UnprocessableEntityError(error.message);
    throw error;
  }
}

/** express.json's parse failures as the same 422, without echoing the raw body back. */
export const jsonBodyErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  if ((error as { type?: string })?.type === 'entity.parse.failed') {
    next(new UnprocessableEntityError(`Invalid request body: body must be a JSON object: ${(error as Error).message}`));
    return;
  }
  next(error);
};
