import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import type { ErrorRequestHandler, Handler } from 'express';
import { randomBytes } from 'node:crypto';

/** Seconds a client is asked to wait (`Retry-After`) when the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  severity?: unknown;
  routine?: unknown;
  syscall?: unknown;
  statusCode?: unknown;
  cause?: unknown;
}

/** The error and every `cause` below it, once each. */
function chainOf(error: unknown): ErrorFields[] {
  const chain: ErrorFields[] = [];
  for (
    let node = error;
    node && typeof node === 'object' && !chain.includes(node as ErrorFields);
    node = (node as ErrorFields).cause
  )
    chain.push(node as ErrorFields);
  return chain;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const constructorName = (error: ErrorFields) =>
  (error as { constructor?: { name?: string } }).constructor?.name ?? '';

/** Socket-level failures: the server is down, unreachable or dropped the connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "not now" rather than "wrong statement": connection exceptions
 * (08), insufficient resources (53), operator intervention (57: shutdown, terminated, cancelled),
 * transaction rollbacks (40: serialization failure, deadlock), refused logins (28), the database
 * gone (3D000), a lock not granted (55P03), a database not accepting connections (55000).
 */
const POSTGRES_UNAVAILABLE = /^(08|53|57|40|28|3D000|55P03|55000)/;

/** SQLite result codes of a database that is busy, locked, unopenable, full or failing I/O. */
const SQLITE_UNAVAILABLE =
  /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|NOTADB|READONLY|PROTOCOL)/;

/** What pg, knex and better-sqlite3 say when the connection is gone (they set no code). */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection (is|was) closed|Client (has encountered a connection error|was closed)|not queryable|Timeout acquiring a connection|Unable to acquire a connection|timeout exceeded when trying to connect|The database connection is not open|is not currently accepting connections|Cannot open database|the database system is (starting up|shutting down|in recovery mode)/i;

/** An error that a database driver or knex raised (pg, better-sqlite3, knex's pool). */
function isDriverError(error: ErrorFields): boolean {
  const name = constructorName(error);
  const code = text(error.code);
  return (
    name === 'DatabaseError' ||
    name === 'SqliteError' ||
    name === 'KnexTimeoutError' ||
    text(error.name) === 'KnexTimeoutError' ||
    /^SQLITE_/.test(code) ||
    // pg's DatabaseError fields, should the class have been lost on the way.
    (typeof error.severity === 'string' &&
      /^[0-9A-Z]{5}$/.test(code) &&
      typeof error.routine === 'string') ||
    UNAVAILABLE_MESSAGE.test(text(error.message))
  );
}

/**
 * PostgreSQL's refusals of a NUL character in a text value (22021: "invalid byte sequence for
 * encoding UTF8: 0x00") or a JSON one (22P05: "unsupported Unicode escape sequence"). Only a value
 * a client sent can hold one, so the request is at fault, not the statement.
 */
const POSTGRES_NUL_REFUSED = new Set(['22021', '22P05']);

const isNulRefused = (error: ErrorFields) =>
  isDriverError(error) && POSTGRES_NUL_REFUSED.has(text(error.code));

function isUnavailable(error: ErrorFields): boolean {
  const code = text(error.code);
  const driver = isDriverError(error);
  return (
    text(error.name) === 'KnexTimeoutError' ||
    constructorName(error) === 'KnexTimeoutError' ||
    (driver && POSTGRES_UNAVAILABLE.test(code) && code.length === 5) ||
    SQLITE_UNAVAILABLE.test(code) ||
    UNAVAILABLE_MESSAGE.test(text(error.message))
  );
}

const isNetworkFailure = (error: ErrorFields) =>
  NETWORK_CODES.has(text(error.code));

/** How a failed request's error relates to the database. */
export type DatabaseFailure =
  /** The database cannot be used now (down, unreachable, overloaded, locked): retry later. */
  | 'unavailable'
  /** A service behind the plugin cannot be reached (a socket failure nobody classified). */
  | 'unreachable'
  /** The driver refused the statement: a bug, whose SQL must not reach the client. */
  | 'driver'
  /** PostgreSQL refused a NUL character in a value the request carried: a bad request. */
  | 'nul'
  | undefined;

/** Classifies an error (and its causes) raised while serving a request. */
export function databaseFailureOf(error: unknown): DatabaseFailure {
  const chain = chainOf(error);
  if (chain.some(e => isUnavailable(e))) return 'unavailable';
  if (chain.some(e => isNetworkFailure(e))) return 'unreachable';
  if (chain.some(e => isNulRefused(e))) return 'nul';
  if (chain.some(e => isDriverError(e))) return 'driver';
  return undefined;
}

/** Backstage's error classes that carry no `statusCode`: the error middleware reads their name. */
const STATUS_BY_NAME: Record<string, number> = {
  NotModifiedError: 304,
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

/** The status Backstage's error middleware would answer `error` with. */
function statusOf(error: unknown): number {
  const e = (error ?? {}) as ErrorFields & { status?: unknown };
  for (const status of [e.statusCode, e.status])
    if (typeof status === 'number' && Number.isInteger(status)) return status;
  return STATUS_BY_NAME[text(e.name)] ?? 500;
}

/** A 500 whose body says only that the database refused, with an id to find the logged original. */
class InternalDatabaseError extends Error {
  name = 'InternalDatabaseError';
  readonly statusCode = 500;
}

/**
 * The error a client sees instead of `error`, or undefined to keep `error` as it is. Errors that
 * already carry a 4xx or 502 status are the plugin's own answers and are kept; everything else
 * that involves the database or a dropped connection is replaced by an error that holds no SQL,
 * host, port, errno or driver object (knex prefixes the failed SQL, bindings included, to a
 * driver error's message; a network error carries the address and port).
 */
function replacementFor(
  error: unknown,
  failure: DatabaseFailure,
  logId: string,
): Error | undefined {
  const status = statusOf(error);
  const retry = `retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds`;
  if (status === 503) {
    // The plugin already said "unavailable": keep its words, drop the driver error it wrapped
    // (@backstage/errors appends "; caused by <the cause's message>" to a message).
    const own = text((error as ErrorFields).message);
    const causeAt = own.indexOf('; caused by ');
    const message = causeAt >= 0 ? own.slice(0, causeAt) : own;
    return new ServiceUnavailableError(
      /\b(retry|try again)\b/i.test(message) ? message : `${message}; ${retry}`,
    );
  }
  if (status !== 500) return undefined;
  switch (failure) {
    case 'unavailable':
      return new ServiceUnavailableError(
        `The database is unavailable; ${retry} (logId=${logId})`,
      );
    case 'unreachable':
      // A refused or dropped socket: from the database's driver, or another client of the plugin.
      return new ServiceUnavailableError(
        `The database or another service this request needs cannot be reached; ${retry} (logId=${logId})`,
      );
    case 'nul':
      // A route that checks its input names the field; this is the net under those that do not.
      return new InputError(
        'A text value in the request holds a NUL character (\\u0000 or %00), which cannot be stored; remove it',
      );
    case 'driver':
      return new InternalDatabaseError(
        `An internal database error occurred (logId=${logId})`,
      );
    default:
      return undefined;
  }
}

/**
 * Express error middleware for a plugin's routes: a database that is down, unreachable or
 * overloaded (a knex pool timeout, a refused or dropped pg connection, a terminated backend, a
 * busy SQLite file) answers 503 with `Retry-After` and a message saying when to retry, never 500;
 * any other driver error answers a plain 500. No answer carries SQL text, a host, a port, an errno
 * or the driver's error object, in production or development (where Backstage adds stack traces:
 * the replacement's stack holds none of them). The original error is logged with the `logId` the
 * answer names. Register it after the plugin's routes:
 *
 * ```ts
 * httpRouter.use(await createRouter(...));
 * httpRouter.use(databaseErrorHandler(logger));
 * ```
 */
export function databaseErrorHandler(logger?: LoggerService): Handler {
  const handler: ErrorRequestHandler = (error, req, res, next) => {
    const failure = databaseFailureOf(error);
    if (!failure || res.headersSent) {
      next(error);
      return;
    }
    const logId = randomBytes(8).toString('hex');
    const replacement = replacementFor(error, failure, logId);
    if (!replacement) {
      next(error);
      return;
    }
    const where = `${req.method} ${req.baseUrl}${req.path}`;
    if (failure === 'driver')
      logger?.error(`Database error in ${where}, logId=${logId}`, error);
    else if (failure === 'nul')
      logger?.info(`Refused a NUL character in ${where}`);
    else
      logger?.warn(`Database unavailable in ${where}, logId=${logId}`, error);
    if (replacement instanceof ServiceUnavailableError)
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    next(replacement);
  };
  // httpRouter.use is typed for request handlers; express tells error handlers by their arity.
  return handler as unknown as Handler;
}
