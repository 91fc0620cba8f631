import { InputError } from '@backstage/errors';
import type { Request } from 'express';
import type { RouteContext } from './context';
import { isMultipart, readMultipart, type UploadedFile } from './multipart';
import { assertStorable } from './storableInput';

/** The JSON payload of a Kosli request and its file, whichever way it was sent. */
export async function kosliPayload(
  req: Request,
  ctx: RouteContext,
): Promise<{ data: unknown; file?: UploadedFile }> {
  if (!isMultipart(req)) return { data: req.body ?? {} };
  const { fields, files } = await readMultipart(
    req,
    ctx.settings.evidenceMaxBytes,
  );
  if (fields.data_json === undefined)
    throw new InputError(
      'Invalid multipart body: the data_json field is required',
    );
  let data: unknown;
  try {
    data = JSON.parse(fields.data_json);
  } catch (error) {
    throw new InputError(
      `Invalid multipart body: data_json is not JSON: ${(error as Error).message}`,
    );
  }
  assertStorable(data, 'body');
  return { data, file: files[0] };
}
