import { throwRefusedInput } from '@fawkes/backend-http';
import type { Request, RequestHandler } from 'express';

/*
 * The spec's validator runs after the body is read, and the router defers what it finds to the
 * route; factstore's routes answer with their own parsing, whose messages are the contract. A body
 * that cannot be read (not JSON, too large, an unknown charset) is answered before any route, as
 * it always was: its refusal is kept apart from the spec's so that it alone is thrown.
 */
const unreadable = new WeakMap<Request, Error>();

/** After `jsonBody`: keeps the refusal of a body it could not read. */
export const keepUnreadableBody: RequestHandler = (req, _res, next) => {
  try {
    throwRefusedInput(req);
  } catch (error) {
    unreadable.set(req, error as Error);
  }
  next();
};

/** Throws the refusal `keepUnreadableBody` kept, if any. */
export function throwUnreadableBody(req: Request): void {
  const error = unreadable.get(req);
  if (error) throw error;
}
