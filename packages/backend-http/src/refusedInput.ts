import { InputError, isError } from '@backstage/errors';
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
} from 'express';
import { unreadableBodyError } from './unreadableBody';

/*
 * A request refused before its route runs (a body express.json cannot read, a request the
 * OpenAPI spec rejects) is not answered there: the error is kept and thrown by the route itself,
 * inside its audit event, so a refusal is audited like any other failure and answered after the
 * caller's credentials are known.
 */

const refused = new WeakMap<Request, Error>();
/** Of those, the bodies express.json could not read (malformed, too large). */
const unreadable = new WeakMap<Request, Error>();

/** Throws the error of a request refused before its route ran, if any. */
export function throwRefusedInput(req: Request<any, any, any, any>): void {
  const error = refused.get(req);
  if (error) throw error;
}

/**
 * Throws the error of a body express.json could not read, if any. A route that parses its body
 * before `runRoute` calls this first: an unreadable body is read as none, and the route would
 * otherwise answer with the fields it seems to lack instead of the body's real problem (a JSON
 * syntax error, 413 for its size).
 */
export function throwUnreadableBody(req: Request<any, any, any, any>): void {
  const error = unreadable.get(req);
  if (error) throw error;
}

/** express.json whose failures are kept for the route (see above), named without the body's text. */
export function jsonBody(options: {
  limit: string;
  /** The error class of a body that is not JSON (default InputError, 400). */
  InvalidBody?: new (message: string) => Error;
  /**
   * Accept any JSON value, not only an object or an array (default true: only those). A client
   * that marshals "no payload" as `null` (the Kosli CLI's bodiless PUTs) needs false.
   */
  strict?: boolean;
}): RequestHandler {
  const parse = express.json({
    limit: options.limit,
    strict: options.strict ?? true,
  });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (error) {
        const problem = unreadableBodyError(error, options.InvalidBody);
        refused.set(req, problem);
        unreadable.set(req, problem);
      }
      next();
    });
}

// express-openapi-validator's problems: "request/body/name must be string", joined by ", ".
const PROBLEM =
  /(?:^|, )request\/(body|query|params|path|headers|cookies)((?:\/[^\s/]*)*) /g;
const UNKNOWN_QUERY = /^Unknown query parameter '([^']*)'$/;
const SOURCE_NAMES: Record<string, string> = {
  path: 'params',
  cookies: 'headers',
};

/**
 * The validator's message in the form the plugins use everywhere, naming each field as the client
 * sent it: `Invalid request query: query.limit: must be <= 1000; query.status: must be equal to
 * one of the allowed values: Running, Stopped`.
 */
export function describeSpecViolation(message: string): string {
  const unknown = UNKNOWN_QUERY.exec(message);
  if (unknown) {
    return `Invalid request query: query.${unknown[1]}: is not a parameter of this route`;
  }
  const starts = [...message.matchAll(PROBLEM)];
  if (starts.length === 0) return `Invalid request: ${message}`;
  const problems = starts.map((match, i) => {
    const source = SOURCE_NAMES[match[1]] ?? match[1];
    const field = match[2]
      .split('/')
      .filter(Boolean)
      .map(key => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
      .join('');
    const textStart = match.index! + match[0].length;
    const textEnd = starts[i + 1]?.index ?? message.length;
    return {
      source,
      text: `${source}${field}: ${message.slice(textStart, textEnd)}`,
    };
  });
  const sources = [...new Set(problems.map(p => p.source))].join(' and ');
  return `Invalid request ${sources}: ${problems.map(p => p.text).join('; ')}`;
}

/**
 * Keeps the OpenAPI router's validation errors for the route (see above). Add it to the router
 * returned by `createOpenApiRouter` before any route.
 */
export function deferSpecViolations(): ErrorRequestHandler {
  return (error, req, _res, next) => {
    if (isError(error) && error.name === 'InputError') {
      // A body that could not be read was kept first; the spec's complaint about it adds nothing.
      if (!refused.has(req))
        refused.set(req, new InputError(describeSpecViolation(error.message)));
      next();
      return;
    }
    next(error);
  };
}
