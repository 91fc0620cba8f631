import { CustomErrorBase } from '@backstage/errors';

/*
 * Statuses the plugins answer with that @backstage/errors has no class for. The backend's error
 * middleware answers with an error's `statusCode`, so these serialise in the standard error
 * shape that every Backstage client reads.
 */

/** 422: the request is well-formed but its content cannot be processed. */
export class UnprocessableEntityError extends CustomErrorBase {
  name = 'UnprocessableEntityError' as const;
  readonly statusCode = 422;
}

/** 413: the request body is larger than the route accepts. */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}

/** 415: the request body is in a charset or Content-Encoding the server cannot read. */
export class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  readonly statusCode = 415;
}

/** 429: the caller has to wait before trying again. */
export class TooManyRequestsError extends CustomErrorBase {
  name = 'TooManyRequestsError' as const;
  readonly statusCode = 429;
}

/** 502: a system behind the plugin (a cluster, a cloud API) answered with an error. */
export class BadGatewayError extends CustomErrorBase {
  name = 'BadGatewayError' as const;
  readonly statusCode = 502;
}

/** 405: the path exists, the method does not; `Allow` lists the methods it has. */
export class MethodNotAllowedError extends CustomErrorBase {
  name = 'MethodNotAllowedError' as const;
  readonly statusCode = 405;
}
