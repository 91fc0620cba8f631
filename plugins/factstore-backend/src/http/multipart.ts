import type busboy from 'busboy';
import { InputError } from '@backstage/errors';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { PayloadTooLargeError } from './errors';

export interface UploadedFile {
  field: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: UploadedFile[];
}

/** Longest file name and content type the evidence columns hold. */
const MAX_FILE_NAME = 512;
const MAX_CONTENT_TYPE = 255;

/** Why an uploaded file's name or type cannot be stored, if it cannot. */
function unstorableFile(file: UploadedFile): string | undefined {
  if (file.fileName.length > MAX_FILE_NAME)
    return `${file.field}: the file name is longer than ${MAX_FILE_NAME} characters`;
  if (file.mimeType.length > MAX_CONTENT_TYPE)
    return `${file.field}: the content type is longer than ${MAX_CONTENT_TYPE} characters`;
  return undefined;
}

export const isMultipart = (req: Request) =>
  (req.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('multipart/form-data');

/** Bodies up to this size are read whole first, so that a plain form skips busboy. */
const SMALL_BODY_BYTES = 64 * 1024;
/** busboy's `fields` limit below: a form with more parts is left to busboy. */
const MAX_FIELDS = 50;

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');
/**
 * The boundary as the only parameter, unquoted, of characters that both RFC 2046 (a boundary) and
 * RFC 7230 (a token, as busboy reads it) allow.
 */
const PLAIN_FORM_TYPE =
  /^multipart\/form-data; ?boundary=([0-9A-Za-z'+_.-]{1,70})$/i;
/** A field's only header: a short name in printable ASCII, without quotes or backslashes. */
const FIELD_DISPOSITION =
  /^form-data; name="([\x20\x21\x23-\x5b\x5d-\x7e]{1,255})"$/;

/**
 * The fields of a form that is nothing but text fields, each with a Content-Disposition header
 * and no other (what the Kosli CLI sends without a file), parsed as busboy parses them (UTF-8
 * values, the last of a repeated name wins); undefined for anything else (files, other headers,
 * a preamble or epilogue, more than busboy's field limit...), which is then left to busboy.
 * busboy costs a request more than the rest of reading a form.
 */
export function plainFormFields(
  contentType: string | undefined,
  body: Buffer,
): Record<string, string> | undefined {
  const boundary = PLAIN_FORM_TYPE.exec(contentType ?? '')?.[1];
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter has no CRLF before it.
  if (!body.subarray(0, delimiter.length - 2).equals(delimiter.subarray(2)))
    return undefined;
  const fields: Record<string, string> = {};
  let at = delimiter.length - 2;
  for (let parts = 0; ; parts++) {
    const after = body.subarray(at, at + 2);
    if (after.equals(Buffer.from('--'))) {
      const epilogue = body.subarray(at + 2);
      return epilogue.length === 0 || epilogue.equals(CRLF)
        ? fields
        : undefined;
    }
    if (!after.equals(CRLF) || parts === MAX_FIELDS) return undefined;
    const headersEnd = body.indexOf(HEADERS_END, at + 2);
    if (headersEnd < 0) return undefined;
    const header = body.toString('latin1', at + 2, headersEnd);
    const colon = header.indexOf(': ');
    const name =
      colon > 0 &&
      header.slice(0, colon).toLowerCase() === 'content-disposition'
        ? FIELD_DISPOSITION.exec(header.slice(colon + 2))?.[1]
        : undefined;
    if (name === undefined) return undefined;
    const valueStart = headersEnd + HEADERS_END.length;
    const valueEnd = body.indexOf(delimiter, valueStart);
    if (valueEnd < 0) return undefined;
    fields[name] = body.toString('utf8', valueStart, valueEnd);
    at = valueEnd + delimiter.length;
  }
}

/** The whole body of a request that says it is small, else undefined (it is streamed). */
function readSmallBody(req: Request): Promise<Buffer> | undefined {
  const length = Number(req.headers['content-length']);
  if (!(length <= SMALL_BODY_BYTES)) return undefined;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', error =>
      reject(new InputError(`Invalid multipart body: ${error.message}`)),
    );
  });
}

let busboyModule: typeof busboy | undefined;

/**
 * Reads a multipart/form-data body in memory, refusing (413) any file above `maxFileBytes`. Files
 * are hashed while they stream in. A small body is read whole first: when it is a plain form
 * (see plainFormFields) it is parsed without busboy, else busboy parses the bytes read.
 */
export async function readMultipart(
  req: Request,
  maxFileBytes: number,
): Promise<MultipartBody> {
  const small = readSmallBody(req);
  if (!small) return parseWithBusboy(req, maxFileBytes);
  const body = await small;
  const fields = plainFormFields(req.headers['content-type'], body);
  return fields
    ? { fields, files: [] }
    : parseWithBusboy(req, maxFileBytes, body);
}

/** busboy over the request's stream, or over `body` when it was read already. */
function parseWithBusboy(
  req: Request,
  maxFileBytes: number,
  body?: Buffer,
): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Loaded by the first multipart request, not at start.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const parse: typeof busboy = (busboyModule ??= require('busboy'));
      parser = parse({
        headers: req.headers,
        // File names as curl and browsers send them (UTF-8), not read as Latin-1.
        defParamCharset: 'utf8',
        limits: {
          fileSize: maxFileBytes,
          files: 10,
          fields: MAX_FIELDS,
          fieldSize: 5 * 1024 * 1024,
        },
      });
    } catch (error) {
      reject(
        new InputError(`Invalid multipart body: ${(error as Error).message}`),
      );
      return;
    }
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    const pending: Promise<void>[] = [];
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated)
        fail(
          new PayloadTooLargeError(
            `Multipart field ${name} is larger than 5 MiB`,
          ),
        );
      else fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      const hash = createHash('sha256');
      pending.push(
        new Promise<void>(done => {
          // A body that ends inside a file errors its stream ("Unexpected end of form"): the
          // request is refused by the parser's own error, and the file's promise settles.
          stream.on('error', (error: Error) => {
            fail(new InputError(`Invalid multipart body: ${error.message}`));
            done();
          });
          stream.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            hash.update(chunk);
          });
          stream.on('limit', () =>
            fail(
              new PayloadTooLargeError(
                `File ${field} (${info.filename}) is larger than the ${maxFileBytes} bytes evidence limit`,
              ),
            ),
          );
          stream.on('end', () => {
            files.push({
              field,
              fileName: info.filename ?? field,
              mimeType: info.mimeType || 'application/octet-stream',
              content: Buffer.concat(chunks),
              sha256: hash.digest('hex'),
            });
            done();
          });
        }),
      );
    });
    parser.on('error', (error: Error) =>
      fail(new InputError(`Invalid multipart body: ${error.message}`)),
    );
    parser.on('close', () => {
      Promise.all(pending).then(() => {
        const problem = files.map(unstorableFile).find(Boolean);
        if (problem) fail(new InputError(`Invalid multipart body: ${problem}`));
        else if (!failed) resolve({ fields, files });
      }, fail);
    });
    if (body) parser.end(body);
    else req.pipe(parser);
  });
}
