import { InputError, serializeError } from '@backstage/errors';
import express, { type ErrorRequestHandler } from 'express';
import request from 'supertest';
import { UnprocessableEntityError } from './errors';
import { unreadableBodyError } from './unreadableBody';

/** The error a real express.json passes on for what `send` sends, and what the helper makes of it. */
async function refusal(
  send: (test: request.Test) => request.Test,
  invalid?: new (message: string) => Error,
) {
  let raw: unknown;
  const keep: ErrorRequestHandler = (error, _req, res, _next) => {
    raw = error;
    res.end();
  };
  const app = express()
    .post('/', express.json({ limit: '1kb' }), (_req, res) => res.end())
    .use(keep);
  await send(request(app).post('/').set('Content-Type', 'application/json'));
  const error = unreadableBodyError(raw, invalid);
  return { raw, error, answer: JSON.stringify(serializeError(error)) };
}

describe('unreadableBodyError', () => {
  const secret = 's3cret-token-value';

  it('names a JSON syntax error without quoting the body that express.json attaches and JSON.parse quotes', async () => {
    const { raw, error, answer } = await refusal(t =>
      t.send(`{"token":${secret}}`),
    );
    // What it replaces: the raw error carries the body, and on Node 20 its message quotes it.
    expect(JSON.stringify(serializeError(raw as Error))).toContain(secret);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'Invalid request body: body must be JSON: syntax error',
    );
    expect(answer).not.toContain(secret);
    expect(answer).not.toContain('s3cr');
  });

  it('keeps the position JSON.parse reports, and only its numbers', async () => {
    const { error, answer } = await refusal(t => t.send(`{${secret}: 1}`));
    expect(error.message).toMatch(
      /^Invalid request body: body must be JSON: syntax error at position 1( \(line 1 column 2\))?$/,
    );
    expect(answer).not.toContain('s3cr');
  });

  it('says a body ends too early, and that the top level must be an object or array', async () => {
    expect(
      (await refusal(t => t.send(`{"token":"${secret}","next":`))).error
        .message,
    ).toBe(
      'Invalid request body: body must be JSON: it ends before the JSON is complete',
    );
    const scalar = await refusal(t => t.send(`"${secret}"`));
    expect(scalar.error.message).toBe(
      'Invalid request body: body must be a JSON object or array',
    );
    expect(scalar.answer).not.toContain('s3cr');
  });

  it('uses the status the caller gives for a body that is not JSON', async () => {
    const { error } = await refusal(
      t => t.send('{"a":'),
      UnprocessableEntityError,
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).statusCode).toBe(422);
  });

  it('answers a body over the limit with 413 naming the limit, not the body', async () => {
    const { error, answer } = await refusal(
      t => t.send({ token: secret, padding: 'x'.repeat(2048) }),
      UnprocessableEntityError,
    );
    expect(serializeError(error)).toMatchObject({
      name: 'PayloadTooLargeError',
      message: 'Request body too large: it may be at most 1024 bytes',
    });
    expect((error as any).statusCode).toBe(413);
    expect(answer).not.toContain(secret);
  });

  it('answers a charset or Content-Encoding express.json cannot read with 415 saying what to send', async () => {
    const charset = await refusal(t =>
      t.set('Content-Type', 'application/json; charset=latin1').send('{}'),
    );
    expect((charset.error as any).statusCode).toBe(415);
    expect(charset.error.message).toBe(
      'Unsupported request body charset "latin1": send JSON as UTF-8',
    );
    const encoding = await refusal(t =>
      t.set('Content-Encoding', 'br').send('{}'),
    );
    expect((encoding.error as any).statusCode).toBe(415);
    expect(encoding.error.message).toMatch(
      /^Unsupported Content-Encoding "br": send the body uncompressed/,
    );
  });

  it('answers a body that does not decompress as its Content-Encoding says with the invalid-body error', async () => {
    const { raw, error } = await refusal(t =>
      t.set('Content-Encoding', 'gzip').send(`{"token":"${secret}"}`),
    );
    expect(raw).toMatchObject({ status: 400 });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'Invalid request body: body could not be decompressed as its Content-Encoding header says',
    );
  });

  it('returns any other error as it is', () => {
    const error = new Error('not from express.json');
    expect(unreadableBodyError(error)).toBe(error);
  });
});
