import express from 'express';
import request from 'supertest';
import {
  hmacSha256Hex,
  rawBodyOf,
  rawBodyReader,
  sameSecret,
} from './signedRequests';

describe('sameSecret', () => {
  it('tells equal secrets from different ones, of any length', () => {
    expect(sameSecret('s3cret', 's3cret')).toBe(true);
    expect(sameSecret('s3cret', 's3creT')).toBe(false);
    expect(sameSecret('s3cret', 's3cret-and-more')).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
  });
});

describe('hmacSha256Hex', () => {
  it("is GitHub's signature of its documented example", () => {
    // docs.github.com: "Validating webhook deliveries", secret "It's a Secret to Everybody".
    expect(hmacSha256Hex("It's a Secret to Everybody", 'Hello, World!')).toBe(
      '757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });
});

describe('rawBodyReader', () => {
  const app = express();
  app.use(
    rawBodyReader({
      limit: '16b',
      applies: req => req.path.startsWith('/signed/'),
      parse: (_req, raw) => raw.toString('utf8').toUpperCase(),
    }),
  );
  app.use(express.json());
  app.post('*', (req, res) => {
    const { raw, body, unreadable } = rawBodyOf(req);
    res.json({
      raw: raw.toString('hex'),
      body,
      seen: req.body,
      unreadable: unreadable ? (unreadable as { type?: string }).type : null,
    });
  });

  it('keeps the exact bytes of a chosen route, whatever their type, and hands on what they parse to', async () => {
    const answer = await request(app)
      .post('/signed/hook')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('{"a": 1}'));
    expect(answer.body).toEqual({
      raw: Buffer.from('{"a": 1}').toString('hex'),
      body: '{"A": 1}',
      seen: '{"A": 1}',
      unreadable: null,
    });
  });

  it('keeps why a body could not be read for the route to answer', async () => {
    const answer = await request(app)
      .post('/signed/hook')
      .set('content-type', 'application/json')
      .send('{"far": "more than sixteen bytes"}');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      raw: '',
      unreadable: 'entity.too.large',
    });
  });

  it('leaves other routes to the JSON parser', async () => {
    const answer = await request(app).post('/other').send({ a: 1 });
    expect(answer.body).toEqual({
      raw: '',
      seen: { a: 1 },
      unreadable: null,
    });
  });
});
