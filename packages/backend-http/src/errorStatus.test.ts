import {
  ConflictError,
  NotFoundError,
  NotModifiedError,
} from '@backstage/errors';
import { errorStatus } from './errorStatus';

describe('errorStatus', () => {
  it('takes the status an error carries, else the one its name stands for, else 500', () => {
    expect(errorStatus(new NotFoundError('gone'))).toBe(404);
    expect(errorStatus(new ConflictError('taken'))).toBe(409);
    expect(errorStatus(new NotModifiedError())).toBe(304);
    expect(
      errorStatus(Object.assign(new Error('x'), { statusCode: 413 })),
    ).toBe(413);
    expect(errorStatus(Object.assign(new Error('x'), { status: 429 }))).toBe(
      429,
    );
    expect(errorStatus(new Error('boom'))).toBe(500);
  });

  it('ignores a status that is not an HTTP status', () => {
    for (const statusCode of [99, 600, 404.5, '404']) {
      expect(
        errorStatus(Object.assign(new NotFoundError('x'), { statusCode })),
      ).toBe(404);
    }
    expect(
      errorStatus(Object.assign(new Error('x'), { statusCode: 'ENOENT' })),
    ).toBe(500);
  });
});
