import { CustomErrorBase } from '@backstage/errors';

/** 413: an uploaded file or field is above the configured limit. */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}
