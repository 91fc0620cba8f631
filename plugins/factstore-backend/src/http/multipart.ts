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

/**
 * Reads a multipart/form-data body in memory, refusing (413) any file above `maxFileBytes`. Files
 * are hashed while they stream in.
 */
export function readMultipart(
  req: Request,
  maxFileBytes: number,
): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Loaded by the first multipart request, not at start.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const parse: typeof busboy = require('busboy');
      parser = parse({
        headers: req.headers,
        limits: {
          fileSize: maxFileBytes,
          files: 10,
          fields: 50,
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
    req.pipe(parser);
  });
}
