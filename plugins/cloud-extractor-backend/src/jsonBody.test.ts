import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { cloudExtractorPlugin } from './plugin';

const base = '/api/cloud-extractor';
const json = {
  ...authHeaders.user('user:default/jane'),
  'Content-Type': 'application/json',
};
const secret = 's3cret-access-key';

/** Request bodies express.json cannot read: refused with seed 003's 422 (or 413), never echoed back. */
describe('cloud-extractor request bodies it cannot read', () => {
  let backend: PluginBackend;

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [cloudExtractorPlugin],
      permission: 'allow',
    });
  });
  afterAll(() => backend?.stop());

  it.each([
    ['/extraction/trigger', `{"provider":"aws","token":${secret}}`],
    ['/extraction/trigger', `"${secret}"`],
    ['/schedules/', `{"name":"nightly","secret":"${secret}"`],
  ])(
    'POST %s with %s is 422 naming the problem without quoting the body',
    async (path, body) => {
      const res = await backend.http
        .post(`${base}${path}`)
        .set(json)
        .send(body);
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(
        /^Invalid request body: body must be (JSON: |a JSON object or array$)/,
      );
      expect(res.text).not.toContain('s3cr');
    },
  );

  it('keeps the position of a syntax error', async () => {
    const res = await backend.http
      .post(`${base}/extraction/trigger`)
      .set(json)
      .send(`{${secret}: 1}`);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(
      /^Invalid request body: body must be JSON: syntax error at position 1\b/,
    );
  });

  it('answers a body over 1mb with 413 naming the limit', async () => {
    const res = await backend.http
      .post(`${base}/extraction/trigger`)
      .set(json)
      .send({ provider: 'aws', padding: 'x'.repeat(1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe(
      'Request body too large: it may be at most 1048576 bytes',
    );
  });
});
