import { serializeError } from '@backstage/errors';
import {
  BadGatewayError,
  TooManyRequestsError,
  UnprocessableEntityError,
} from './errors';

describe('shared errors', () => {
  it.each([
    [new UnprocessableEntityError('no'), 422, 'UnprocessableEntityError'],
    [new TooManyRequestsError('wait'), 429, 'TooManyRequestsError'],
    [new BadGatewayError('upstream'), 502, 'BadGatewayError'],
  ])(
    '%s carries the status the error middleware answers with',
    (error, status, name) => {
      expect(error.statusCode).toBe(status);
      expect(serializeError(error)).toMatchObject({
        name,
        message: error.message,
      });
    },
  );
});
