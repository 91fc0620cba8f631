import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  NotImplementedError,
  NotModifiedError,
  ServiceUnavailableError,
} from '@backstage/errors';

// Backstage's error middleware answers these errors by name when they carry no status.
const STATUS_BY_NAME: Record<string, number> = {
  [NotModifiedError.name]: 304,
  [InputError.name]: 400,
  [AuthenticationError.name]: 401,
  [NotAllowedError.name]: 403,
  [NotFoundError.name]: 404,
  [ConflictError.name]: 409,
  [NotImplementedError.name]: 501,
  [ServiceUnavailableError.name]: 503,
};

/**
 * The status Backstage's error middleware answers an error with: its `statusCode` or `status`
 * when that is an HTTP status, else the one its name stands for, else 500. Error handlers that
 * add fields to the body (seed codes, field lists) decide by it, so they agree with the answer.
 */
export function errorStatus(error: Error): number {
  for (const field of ['statusCode', 'status'] as const) {
    const status = (error as { [k in typeof field]?: unknown })[field];
    if (
      typeof status === 'number' &&
      Number.isInteger(status) &&
      status >= 100 &&
      status <= 599
    ) {
      return status;
    }
  }
  return STATUS_BY_NAME[error.name] ?? 500;
}
