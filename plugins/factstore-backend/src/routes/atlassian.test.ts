import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import {
  startRecordingServer,
  type RecordedRequest,
} from '../__testUtils__/recordingServer';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(180_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const TOKEN = 'atlassian-api-token-never-shown';
const BASIC = `Basic ${Buffer.from(`bot@example.com:${TOKEN}`).toString('base64')}`;

const atlassianIssues: Array<Record<string, any>> = [];

/** Jira Cloud's REST API v3 and Confluence's content API, as they answer. */
function atlassian(req: RecordedRequest) {
  const json = (status: number, body: unknown) => ({
    status,
    body: JSON.stringify(body),
    contentType: 'application/json',
  });
  if (req.headers.authorization !== BASIC)
    return json(401, { errorMessages: ['Client must be authenticated'] });
  if (req.method === 'GET' && req.path === '/rest/api/3/myself')
    return json(200, {
      accountId: '5b10a2844c20165700ede21g',
      emailAddress: 'bot@example.com',
      displayName: 'Factstore Bot',
      active: true,
    });
  if (req.method === 'POST' && req.path === '/rest/api/3/issue') {
    const { fields } = JSON.parse(req.body);
    if (fields.issuetype.name !== 'Task' && fields.issuetype.name !== 'Bug')
      return json(400, {
        errorMessages: [],
        errors: { issuetype: 'Specify a valid issue type' },
      });
    atlassianIssues.push(fields);
    const id = 10000 + atlassianIssues.length;
    return json(201, {
      id: String(id),
      key: `${fields.project.key}-${atlassianIssues.length}`,
      self: `https://example.atlassian.net/rest/api/3/issue/${id}`,
    });
  }
  if (req.method === 'POST' && req.path === '/wiki/rest/api/content') {
    const page = JSON.parse(req.body);
    return json(200, {
      id: '98765',
      type: 'page',
      title: page.title,
      _links: {
        base: 'https://example.atlassian.net/wiki',
        webui: `/spaces/${page.space.key}/pages/98765`,
      },
    });
  }
  return json(404, { errorMessages: ['not found'] });
}

describe.each(databases.eachSupportedId())(
  'factstore Jira and Confluence on %s',
  databaseId => {
    let backend: PluginBackend;
    let server: Awaited<ReturnType<typeof startRecordingServer>>;

    beforeAll(async () => {
      server = await startRecordingServer(atlassian);
      const site = {
        baseUrl: server.url(''),
        email: 'bot@example.com',
        apiToken: TOKEN,
      };
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config: {
          factstore: {
            outbound: { allowedAddresses: ['127.0.0.1'] },
            jira: site,
            confluence: site,
          },
        },
      });
    });
    afterAll(async () => {
      await backend.stop();
      await server.close();
    });

    const post = (
      path: string,
      body: object,
      headers: Record<string, string> = jane,
    ) => backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string, headers: Record<string, string> = jane) =>
      backend.http.get(`${API}${path}`).set(headers);

    it('configures Jira without secrets, tests it, tickets a trail and syncs the non-compliant ones', async () => {
      const secret = await post('/integrations/jira/config', {
        jiraBaseUrl: 'https://x.atlassian.net',
        jiraApiToken: 't',
        defaultProjectKey: 'OPS',
      });
      expect(secret.status).toBe(400);
      expect(secret.body.error.message).toMatch(
        /body.jiraApiToken: is not accepted/,
      );
      const badKey = await post('/integrations/jira/config', {
        defaultProjectKey: 'ops',
      });
      expect(badKey.body.error.message).toMatch(
        /body.defaultProjectKey: must be an upper-case key/,
      );
      expect((await get('/integrations/jira/config')).status).toBe(404);
      const noConfig = await post('/integrations/jira/sync', {});
      expect(noConfig.status).toBe(422);

      const configured = await post('/integrations/jira/config', {
        defaultProjectKey: 'OPS',
      });
      expect(configured.status).toBe(200);
      expect(configured.body).toMatchObject({
        jiraBaseUrl: server.url(''),
        jiraUsername: 'bot@example.com',
        defaultProjectKey: 'OPS',
      });
      expect(JSON.stringify(configured.body)).not.toContain(TOKEN);
      expect((await get('/integrations/jira/config')).body).toEqual(
        configured.body,
      );

      const test = await post('/integrations/jira/test', {});
      expect(test.body).toEqual({
        success: true,
        message: 'Connected to Jira as Factstore Bot',
      });

      const flow = (
        await post('/flows', {
          name: 'jira-flow',
          requiredAttestations: ['junit'],
        })
      ).body;
      const failing = (
        await post('/trails', { flowId: flow.id, name: 'run-1' }, ci)
      ).body;
      await post(
        `/trails/${failing.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );
      const failing2 = (
        await post('/trails', { flowId: flow.id, name: 'run-2' }, ci)
      ).body;
      await post(
        `/trails/${failing2.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );
      const passing = (
        await post('/trails', { flowId: flow.id, name: 'run-3' }, ci)
      ).body;
      await post(
        `/trails/${passing.id}/attestations`,
        { type: 'junit', status: 'PASSED' },
        ci,
      );

      const wrongType = await post('/integrations/jira/tickets', {
        trailId: failing.id,
        issueType: 'Epic',
      });
      expect(wrongType.status).toBe(502);
      expect(wrongType.body.error.message).toBe(
        'Jira answered HTTP 400: issuetype: Specify a valid issue type',
      );
      expect(
        (await post('/integrations/jira/tickets', { trailId: 'nope' })).body
          .error.message,
      ).toMatch(/body.trailId: must be a UUID/);
      expect(
        (
          await post('/integrations/jira/tickets', {
            trailId: '00000000-0000-4000-8000-000000000001',
          })
        ).status,
      ).toBe(422);

      const ticket = await post('/integrations/jira/tickets', {
        trailId: failing.id,
      });
      expect(ticket.status).toBe(201);
      expect(ticket.body).toMatchObject({
        ticketKey: expect.stringMatching(/^OPS-\d+$/),
        status: 'OPEN',
        issueType: 'Task',
        projectKey: 'OPS',
        trailId: failing.id,
        summary: 'Trail run-1 of flow jira-flow is NON-COMPLIANT',
      });
      const issue = atlassianIssues[atlassianIssues.length - 1];
      expect(issue.description).toMatchObject({ type: 'doc', version: 1 });
      expect(JSON.stringify(issue.description)).toMatch(/junit/);

      const synced = await post('/integrations/jira/sync', {});
      expect(synced.body).toMatchObject({ syncedCount: 1 });
      expect((await post('/integrations/jira/sync', {})).body.syncedCount).toBe(
        0,
      );
      const tickets = (await get('/integrations/jira/tickets')).body;
      expect(tickets.map((t: { trailId: string }) => t.trailId).sort()).toEqual(
        [failing.id, failing2.id].sort(),
      );
      expect(
        (await get(`/integrations/jira/tickets?trailId=${passing.id}`)).body,
      ).toEqual([]);
      expect((await get('/integrations/jira/tickets', {})).status).toBe(401);
    });

    it('publishes a compliance report page to the configured Confluence space', async () => {
      expect((await post('/integrations/confluence/test', {})).status).toBe(
        422,
      );
      const secret = await post('/integrations/confluence/config', {
        defaultSpaceKey: 'COMP',
        confluenceApiToken: 'x',
      });
      expect(secret.body.error.message).toMatch(
        /body.confluenceApiToken: is not accepted/,
      );
      const configured = await post('/integrations/confluence/config', {
        defaultSpaceKey: 'COMP',
      });
      expect(configured.body).toMatchObject({
        defaultSpaceKey: 'COMP',
        confluenceUsername: 'bot@example.com',
      });
      const flow = (await post('/flows', { name: 'report-flow' })).body;
      await post('/trails', { flowId: flow.id, name: 'r1' }, ci);

      const published = await post('/integrations/confluence/test', {});
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({
        success: true,
        pageId: '98765',
        url: 'https://example.atlassian.net/wiki/spaces/COMP/pages/98765',
      });
      const request = server.requests
        .filter(r => r.path === '/wiki/rest/api/content')
        .pop()!;
      const page = JSON.parse(request.body);
      expect(page).toMatchObject({ type: 'page', space: { key: 'COMP' } });
      expect(page.body.storage.representation).toBe('storage');
      expect(page.body.storage.value).toContain(
        '<td>report-flow</td><td>1</td>',
      );
    });

    const failingTrail = async (flowId: string, name: string) => {
      const trail = (await post('/trails', { flowId, name }, ci)).body;
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );
      return trail;
    };
    const jiraAnswer = (status: number, body: unknown) => ({
      status,
      body: JSON.stringify(body),
      contentType: 'application/json',
    });

    it('refuses X-Dry-Run for Jira and Confluence changes, calling neither', async () => {
      const flow = (
        await post('/flows', {
          name: 'dry-flow',
          requiredAttestations: ['junit'],
        })
      ).body;
      const trail = await failingTrail(flow.id, 'dry-1');
      const dry = { ...jane, 'x-dry-run': 'true' };
      const before = server.requests.length;
      for (const [path, body] of [
        ['/integrations/jira/tickets', { trailId: trail.id }],
        ['/integrations/jira/sync', {}],
        ['/integrations/confluence/test', {}],
      ] as const) {
        const res = await post(path, body, dry);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/headers.x-dry-run: /);
      }
      expect(server.requests.length).toBe(before);
      expect(
        (await get(`/integrations/jira/tickets?trailId=${trail.id}`)).body,
      ).toEqual([]);
      // Ticketed for real, so that the sync below has only its own trails to ticket.
      expect(
        (await post('/integrations/jira/tickets', { trailId: trail.id }))
          .status,
      ).toBe(201);
    });

    it('answers 502 naming Jira when it creates an issue without a key', async () => {
      const flow = (
        await post('/flows', {
          name: 'nokey-flow',
          requiredAttestations: ['junit'],
        })
      ).body;
      const trail = await failingTrail(flow.id, 'nokey-1');
      server.answers.push(jiraAnswer(201, { id: '10999' }));
      const res = await post('/integrations/jira/tickets', {
        trailId: trail.id,
      });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toMatch(
        /^Jira answered .*without an issue key/,
      );
      expect(
        (await get(`/integrations/jira/tickets?trailId=${trail.id}`)).body,
      ).toEqual([]);
      expect(
        (await post('/integrations/jira/tickets', { trailId: trail.id }))
          .status,
      ).toBe(201);
    });

    it('keeps the tickets a failed sync created in Jira, and does not create them again', async () => {
      const flow = (
        await post('/flows', {
          name: 'sync-flow',
          requiredAttestations: ['junit'],
        })
      ).body;
      await failingTrail(flow.id, 'sync-1');
      await failingTrail(flow.id, 'sync-2');
      server.answers.push(
        jiraAnswer(201, { id: '10901', key: 'OPS-901' }),
        jiraAnswer(503, { errorMessages: ['Jira is down for maintenance'] }),
      );
      const failed = await post('/integrations/jira/sync', {});
      expect(failed.status).toBe(502);
      expect(failed.body.error.message).toMatch(/Jira is down/);
      const kept = (await get('/integrations/jira/tickets')).body;
      expect(kept).toContainEqual(
        expect.objectContaining({ ticketKey: 'OPS-901' }),
      );
      const audit = await get('/audit?eventType=JIRA_TICKET_CREATED');
      expect(JSON.stringify(audit.body)).toContain('OPS-901');
      // Only the trail Jira did not ticket is ticketed now.
      const again = await post('/integrations/jira/sync', {});
      expect(again.status).toBe(200);
      expect(again.body.syncedCount).toBe(1);
    });
  },
);

describe('factstore Jira without permission, credentials or a site', () => {
  it('answers 403, then success false on wrong credentials, then 503', async () => {
    const denied = await startPluginBackend({
      features: [factstorePlugin],
      permission: 'deny',
    });
    try {
      expect(
        (
          await denied.http
            .post(`${API}/integrations/jira/config`)
            .set(jane)
            .send({ defaultProjectKey: 'OPS' })
        ).status,
      ).toBe(403);
    } finally {
      await denied.stop();
    }
    const server = await startRecordingServer(atlassian);
    const wrong = await startPluginBackend({
      features: [factstorePlugin],
      config: {
        factstore: {
          outbound: { allowedAddresses: ['127.0.0.1'] },
          jira: {
            baseUrl: server.url(''),
            email: 'bot@example.com',
            apiToken: 'wrong',
          },
        },
      },
    });
    try {
      const test = await wrong.http
        .post(`${API}/integrations/jira/test`)
        .set(jane)
        .send({});
      expect(test.body).toEqual({
        success: false,
        message: 'Jira answered HTTP 401: Client must be authenticated',
      });
    } finally {
      await wrong.stop();
      await server.close();
    }
    const none = await startPluginBackend({ features: [factstorePlugin] });
    try {
      const res = await none.http
        .post(`${API}/integrations/jira/test`)
        .set(jane)
        .send({});
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(
        /factstore.jira is not configured/,
      );
    } finally {
      await none.stop();
    }
  });
});
