import { InputError } from '@backstage/errors';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';

/** The fields of the http-errors error express.json (body-parser) passes on for a body it cannot read. */
interface BodyParserError {
  type?: string;
  status?: number;
  body?: unknown;
  message?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
  code?: string;
}

/**
 * The error to answer for a request body express.json could not read, naming the problem without
 * the body's text: JSON.parse's message quotes the body (`Unexpected token 'x', "{"token":"s3cr"...
 * is not valid JSON`) and body-parser attaches the whole body to its error, so neither is passed on.
 * A body that is not JSON, or cannot be read, is an `InvalidBody` error (InputError, 400, unless the
 * plugin's API documents another status); a body over the limit is 413; a charset or
 * Content-Encoding the parser cannot read is 415. Any other error is returned as it is.
 */
export function unreadableBodyError(
  error: unknown,
  InvalidBody: new (message: string) => Error = InputError,
): Error {
  const failure = (error ?? {}) as BodyParserError;
  switch (failure.type) {
    case 'entity.parse.failed':
      return new InvalidBody(`Invalid request body: ${jsonProblem(failure)}`);
    case 'entity.too.large':
      return new PayloadTooLargeError(
        `Request body too large: it may be at most ${failure.limit} bytes`,
      );
    case 'charset.unsupported':
      return new UnsupportedMediaTypeError(
        `Unsupported request body charset "${failure.charset}": send JSON as UTF-8`,
      );
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError(
        `Unsupported Content-Encoding "${failure.encoding}": send the body uncompressed, or with Content-Encoding gzip or deflate`,
      );
    default:
      if (failure.code?.startsWith('Z_')) {
        return new InvalidBody(
          'Invalid request body: body could not be decompressed as its Content-Encoding header says',
        );
      }
      // Other body-parser refusals (an aborted request, a length that does not match) are 4xx too.
      if (
        failure.type !== undefined &&
        failure.status !== undefined &&
        failure.status < 500
      ) {
        return new InvalidBody('Invalid request body: body could not be read');
      }
      return error as Error;
  }
}

// body-parser takes only an object or array at the top level, and says so with JSON.parse's wording.
const STARTS_AS_OBJECT_OR_ARRAY = /^[ \t\n\r]*[{[]/;
// Only the numbers of V8's closing "in JSON at position 12 (line 1 column 13)": the message may quote the body.
const POSITION = / in JSON at position (\d+)(?: \(line (\d+) column (\d+)\))?$/;

function jsonProblem(failure: BodyParserError): string {
  if (
    typeof failure.body === 'string' &&
    !STARTS_AS_OBJECT_OR_ARRAY.test(failure.body)
  ) {
    return 'body must be a JSON object or array';
  }
  const message = failure.message ?? '';
  if (message.startsWith('Unexpected end of JSON input'))
    return 'body must be JSON: it ends before the JSON is complete';
  const position = POSITION.exec(message);
  if (!position) return 'body must be JSON: syntax error';
  const [, offset, line, column] = position;
  return `body must be JSON: syntax error at position ${offset}${line ? ` (line ${line} column ${column})` : ''}`;
}
