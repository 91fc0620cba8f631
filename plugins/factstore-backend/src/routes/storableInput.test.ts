import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
const API = '/api/factstore/api/v1';
const V2 = '/api/factstore/api/v2';
const user = authHeaders.user('user:default/jane');

/*
 * Values a client can send that the database cannot hold (PostgreSQL refuses U+0000 in text,
 * longer strings than a column, numbers beyond `integer`) are 400s naming the field, never 500s,
 * and nothing is stored.
 */
describe.each(databases.eachSupportedId())(
  'factstore input the database cannot hold, on %s',
  databaseId => {
    let backend: PluginBackend;
    let flowId: string;
    let trailId: string;

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
      });
      flowId = (await post('/flows', { name: 'limits' })).body.id;
      trailId = (await post('/trails', { flowId, name: 'build-1' })).body.id;
      await backend.http
        .put(`${V2}/flows/default`)
        .set(user)
        .send({ name: 'kosli-limits' });
      await backend.http
        .put(`${V2}/trails/default/kosli-limits`)
        .set(user)
        .send({ name: 'run-1' });
    });
    afterAll(() => backend.stop());

    function post(
      path: string,
      body: unknown,
      headers: Record<string, string> = user,
    ) {
      return backend.http
        .post(`${API}${path}`)
        .set(headers)
        .send(body as object);
    }
    const get = (path: string) => backend.http.get(`${API}${path}`).set(user);
    const refused = (
      res: { status: number; body: { error?: { message: string } } },
      field: RegExp,
    ) => {
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toMatch(field);
    };

    it('refuses the NUL character anywhere in a JSON body, a query or a Kosli data_json, naming where', async () => {
      refused(
        await post('/flows', { name: 'nul', description: 'a\u0000b' }),
        /body\.description: .*NUL/,
      );
      refused(
        await post(`/trails/${trailId}/attestations`, {
          type: 'junit',
          status: 'PASSED',
          metadata: { notes: ['ok', '\u0000'] },
        }),
        /body\.metadata\.notes\[1\]/,
      );
      refused(
        await post(`/trails/${trailId}/approvals`, { comment: '\u0000' }),
        /body\.comment/,
      );
      refused(await get('/search?q=%00'), /query\.q/);
      refused(await get('/audit?actor=%00'), /query\.actor/);
      refused(await get('/audit?eventType=%00'), /query\.eventType/);
      const kosli = await backend.http
        .post(`${V2}/attestations/default/kosli-limits/trail/run-1/generic`)
        .set(user)
        .field('data_json', JSON.stringify({ attestation_name: 'a\u0000' }));
      refused(kosli, /body\.attestation_name/);
      const template = await backend.http
        .put(`${V2}/flows/default/template_file`)
        .set(user)
        .field('data_json', JSON.stringify({ name: 'kosli-limits' }))
        .attach(
          'template_file',
          Buffer.from('version: 1\ntrail:\n  attestations: []\n#\u0000\n'),
          'kosli.yml',
        );
      refused(template, /template_file/);
      expect(
        (await get('/flows')).body.map((f: { name: string }) => f.name),
      ).not.toContain('nul');
      expect((await get(`/trails/${trailId}/attestations`)).body).toEqual([]);
    });

    it('refuses JSON nested deeper than 64 levels (serialising it again would overflow the stack)', async () => {
      // Sent as text: the test's own JSON.stringify could not serialise it either.
      const deep = `{"type":"junit","status":"PASSED","metadata":{"deep":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
      const res = await backend.http
        .post(`${API}/trails/${trailId}/attestations`)
        .set({ ...user, 'Content-Type': 'application/json' })
        .send(deep);
      refused(
        res,
        /body\.metadata\.deep(\[0\])+: is nested deeper than 64 levels/,
      );
      expect(
        (
          await post(`/trails/${trailId}/attestations`, {
            type: 'junit',
            status: 'PENDING',
            metadata: { nested: { a: { b: [1] } } },
          })
        ).status,
      ).toBe(201);
    });

    it('refuses numbers beyond the integer columns (2147483647), from the body, the CI environment or the path', async () => {
      refused(
        await post('/trails', { flowId, pullRequestNumber: 2_147_483_648 }),
        /body\.pullRequestNumber/,
      );
      expect(
        (
          await post('/trails', {
            flowId,
            name: 'pr-max',
            pullRequestNumber: 2_147_483_647,
          })
        ).body.pullRequestNumber,
      ).toBe(2_147_483_647);
      const ci = await post(
        '/trails',
        { flowId, ciEnvironment: { CHANGE_ID: '99999999999' } },
        { ...user, 'X-Factstore-CI-Context': 'jenkins' },
      );
      refused(ci, /body\.ciEnvironment: .*pullRequestNumber/);
      refused(
        await post(`/flows/${flowId}/security-thresholds`, {
          maxCritical: 99_999_999_999,
        }),
        /body\.maxCritical/,
      );
      const env = (await post('/environments', { name: 'limits', type: 'K8S' }))
        .body;
      expect(
        (await post(`/environments/${env.id}/snapshots`, { artifacts: [] }))
          .status,
      ).toBe(201);
      refused(
        await get(`/environments/${env.id}/snapshots/99999999999`),
        /params\.index/,
      );
      refused(
        await post(`/environments/${env.id}/baselines`, {
          snapshotIndex: 99_999_999_999,
        }),
        /body\.snapshotIndex/,
      );
    });

    it('answers snappish times before any snapshot with 404 and times no date can hold with 400', async () => {
      const env = (await post('/environments', { name: 'times', type: 'K8S' }))
        .body;
      expect(
        (await post(`/environments/${env.id}/snapshots`, { artifacts: [] }))
          .status,
      ).toBe(201);
      const diff = (from: string) =>
        get(`/environments/${env.id}/diff?from=${encodeURIComponent(from)}`);
      expect((await diff('@{999999999.hours.ago}')).status).toBe(404);
      expect((await diff('@{0001-01-01T00:00:00Z}')).status).toBe(404);
      refused(await diff('@{999999999.weeks.ago}'), /query\.from: .*too far/);
      const envDiff = await backend.http
        .get(
          `${V2}/env-diff/default?snappish1=times&snappish2=${encodeURIComponent('times@{999999999.days.ago}')}`,
        )
        .set(user);
      refused(envDiff, /query\.snappish2: .*too far/);
      expect(
        (await get(`/flows/${flowId}/trails`)).body
          .map((t: { name: string }) => t.name)
          .sort(),
      ).toEqual(['build-1', 'pr-max']);
    });

    it('refuses strings longer than their columns: git fields, Kosli commit author, evidence file names and types', async () => {
      const trailCount = (await get(`/flows/${flowId}/trails`)).body.length;
      refused(
        await post('/trails', {
          flowId,
          gitAuthorEmail: `${'a'.repeat(250)}@example.com`,
        }),
        /body\.gitAuthorEmail/,
      );
      const ci = await post(
        '/trails',
        { flowId, ciEnvironment: { GITHUB_HEAD_REF: 'b'.repeat(300) } },
        { ...user, 'X-Factstore-CI-Context': 'github-actions' },
      );
      refused(
        ci,
        /body\.ciEnvironment: the github-actions variables give gitBranch/,
      );
      const begin = await backend.http
        .put(`${V2}/trails/default/kosli-limits`)
        .set(user)
        .send({
          name: 'run-2',
          git_commit_info: { sha1: 'a'.repeat(40), author: 'x'.repeat(300) },
        });
      refused(begin, /body\.git_commit_info\.author/);

      const attestation = (
        await post(`/trails/${trailId}/attestations`, {
          type: 'generic',
          status: 'PASSED',
        })
      ).body;
      const upload = () =>
        backend.http
          .post(
            `${API}/trails/${trailId}/attestations/${attestation.id}/evidence`,
          )
          .set(user);
      refused(
        await upload().attach(
          'file',
          Buffer.from('report'),
          `${'n'.repeat(600)}.txt`,
        ),
        /file name .*512/,
      );
      refused(
        await upload().attach('file', Buffer.from('report'), {
          filename: 'r.txt',
          contentType: `text/${'p'.repeat(300)}`,
        }),
        /content type .*255/,
      );
      const kosli = await backend.http
        .post(`${V2}/attestations/default/kosli-limits/trail/run-1/generic`)
        .set(user)
        .field('data_json', JSON.stringify({ attestation_name: 'scan' }))
        .attach('attachment_file', Buffer.from('x'), `${'n'.repeat(600)}.tgz`);
      refused(kosli, /attachment_file.*512/);
      const listed = (await get(`/trails/${trailId}/attestations`)).body;
      expect(
        listed.find((a: { id: string }) => a.id === attestation.id).evidence,
      ).toBeUndefined();
      expect((await get(`/flows/${flowId}/trails`)).body).toHaveLength(
        trailCount,
      );
    });
  },
);
