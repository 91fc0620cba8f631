import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { cheLauncherPlugin } from '../plugin';

const BASE = '/api/che-launcher';
const json = {
  ...authHeaders.user('user:default/jane'),
  'Content-Type': 'application/json',
};
const secret = 's3cret-scm-token';

/** Request bodies express.json cannot read: refused before any cluster call, never echoed back. */
describe('che-launcher request bodies it cannot read', () => {
  let backend: PluginBackend;

  beforeAll(async () => {
    // No cluster is configured: a body is refused before anything else is looked at.
    backend = await startPluginBackend({
      features: [
        cheLauncherPlugin,
        catalogServiceMock.factory({ entities: [] }),
      ],
    });
  });
  afterAll(() => backend?.stop());

  it('answers 400 naming the position of a syntax error, without quoting the body', async () => {
    const res = await backend.http
      .post(`${BASE}/workspaces`)
      .set(json)
      .send(`{"devfileUrl":"https://example.com/d.yaml",token:"${secret}"}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^Invalid request body: body must be JSON: syntax error at position 43\b/,
    );
    expect(res.text).not.toContain('s3cr');
  });

  it('answers 400 for a body whose top level is not an object, without quoting it', async () => {
    const res = await backend.http
      .post(`${BASE}/workspaces/w/start`)
      .set(json)
      .send(`"${secret}"`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Invalid request body: body must be a JSON object or array',
    );
    expect(res.text).not.toContain('s3cr');
  });

  it('answers 413 naming the limit for a body over 64kb, and 415 for a charset other than UTF', async () => {
    const large = await backend.http
      .post(`${BASE}/workspaces`)
      .set(json)
      .send({ devfileUrl: 'x'.repeat(65 * 1024) });
    expect(large.status).toBe(413);
    expect(large.body.error.message).toBe(
      'Request body too large: it may be at most 65536 bytes',
    );
    const latin1 = await backend.http
      .post(`${BASE}/workspaces`)
      .set({ ...json, 'Content-Type': 'application/json; charset=latin1' })
      .send('{}');
    expect(latin1.status).toBe(415);
    expect(latin1.body.error.message).toBe(
      'Unsupported request body charset "latin1": send JSON as UTF-8',
    );
  });

  it('answers a caller without credentials 401 before looking at the body', async () => {
    const res = await backend.http
      .post(`${BASE}/workspaces`)
      .set('Content-Type', 'application/json')
      .send('{not json');
    expect(res.status).toBe(401);
  });
});
