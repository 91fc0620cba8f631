import { InputError } from '@backstage/errors';
import express, { type Request, type RequestHandler } from 'express';

const unreadable = new WeakMap<Request, Error>();

/**
 * express.json, except that a body it cannot read does not end the request here: the error is
 * kept and thrown by `throwUnreadableBody` inside the route's audit event, so that refusal is
 * audited like any other.
 */
export function jsonBody(options: { limit: string }): RequestHandler {
  const parse = express.json(options);
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (error) unreadable.set(req, withoutBody(error));
      next();
    });
}

/** Throws the error of a request body express.json could not read, if any. */
export function throwUnreadableBody(req: Request): void {
  const error = unreadable.get(req);
  if (error) throw error;
}

// A JSON parse message can quote the body, which may hold anything: say what is wrong without it.
function withoutBody(error: unknown): Error {
  if ((error as { type?: string })?.type === 'entity.parse.failed') {
    return new InputError('Invalid request body: body must be JSON sent with Content-Type: application/json, and it could not be parsed');
  }
  return error as Error;
}
