import { describeSpecViolation } from './refusedInput';

describe('describeSpecViolation', () => {
  it.each([
    [
      'request/body/devfileUrl must be string',
      'Invalid request body: body.devfileUrl: must be string',
    ],
    [
      'request/query/limit must be <= 1000, request/query/status must be equal to one of the allowed values: Running, Stopped',
      'Invalid request query: query.limit: must be <= 1000; query.status: must be equal to one of the allowed values: Running, Stopped',
    ],
    [
      "request/body must have required property 'name'",
      "Invalid request body: body: must have required property 'name'",
    ],
    [
      'request/body/items/2/name must be string, request/path/id must NOT have fewer than 1 characters',
      'Invalid request body and params: body.items[2].name: must be string; params.id: must NOT have fewer than 1 characters',
    ],
    [
      "Unknown query parameter 'holidays'",
      'Invalid request query: query.holidays: is not a parameter of this route',
    ],
    [
      'unsupported media type text/plain',
      'Invalid request: unsupported media type text/plain',
    ],
  ])('%s', (message, expected) => {
    expect(describeSpecViolation(message)).toBe(expected);
  });
});
