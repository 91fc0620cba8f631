import { unreadableBodyError } from '@fawkes/backend-http';
import express, { type Request, type RequestHandler } from 'express';

const unreadable = new WeakMap<Request, Error>();

/**
 * express.json, except that a body it cannot read does not end the request here: the error, which
 * names the problem without the body's text, is kept and thrown by `throwUnreadableBody` inside
 * the route's audit event, so that refusal is audited like any other.
 */
export function jsonBody(options: { limit: string }): RequestHandler {
  const parse = express.json(options);
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (error) unreadable.set(req, unreadableBodyError(error));
      next();
    });
}

/** Throws the error of a request body express.json could not read, if any. */
export function throwUnreadableBody(req: Request): void {
  const error = unreadable.get(req);
  if (error) throw error;
}
