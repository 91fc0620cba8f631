import {
  cliHeaders,
  HOST,
  onEachDatabase,
  ORG,
  sha,
} from '../__testUtils__/kosliCli';
import { KOSLI_SAAS_ONLY } from './kosliSaas';

/*
 * Every route of the Kosli API needs Backstage credentials (401 without), the ones that change
 * flows or environments need their permission (403 when denied), and the Kosli SaaS-only commands
 * answer 501 naming the command.
 */

const FP = sha('auth');
type Method = 'get' | 'put' | 'post';
const ROUTES: Array<[Method, string]> = [
  ['put', `/api/v2/flows/${ORG}`],
  ['put', `/api/v2/flows/${ORG}/template_file`],
  ['put', `/api/v2/flows/${ORG}/f/archive`],
  ['get', `/api/v2/flows/${ORG}`],
  ['get', `/api/v2/flows/${ORG}/f`],
  ['put', `/api/v2/trails/${ORG}/f`],
  ['get', `/api/v2/trails/${ORG}`],
  ['get', `/api/v2/trails/${ORG}/f/t`],
  ['post', `/api/v2/artifacts/${ORG}/f`],
  ['get', `/api/v2/artifacts/${ORG}`],
  ['get', `/api/v2/artifacts/${ORG}/f/fingerprint/${FP}`],
  ['get', `/api/v2/artifacts/${ORG}/f/commit_sha/${'a'.repeat(40)}`],
  ['get', `/api/v2/artifacts/${ORG}/f/${FP}/approvals`],
  ['post', `/api/v2/attestations/${ORG}/f/trail/t/generic`],
  ['get', `/api/v2/attestations/${ORG}?attestation_id=${FP}`],
  ['get', `/api/v2/attestations/${ORG}/f/trail/t/x`],
  ['get', `/api/v2/attestations/${ORG}/f/artifact/${FP}/x`],
  ['get', `/api/v2/asserts/${ORG}/fingerprint/${FP}`],
  ['put', `/api/v2/environments/${ORG}`],
  ['get', `/api/v2/environments/${ORG}`],
  ['get', `/api/v2/environments/${ORG}/e`],
  ['get', `/api/v2/environments/${ORG}/e/events`],
  ['put', `/api/v2/environments/${ORG}/e/archive`],
  ['put', `/api/v2/environments/${ORG}/e/report/K8S`],
  ['get', `/api/v2/env-diff/${ORG}?snappish1=e&snappish2=e`],
  ['get', `/api/v2/snapshots/${ORG}/e`],
  ['get', `/api/v2/snapshots/${ORG}/e/-1`],
  ['put', `/api/v2/allowlists/${ORG}/e`],
  ['get', `/api/v2/search/${ORG}/sha/${FP}`],
  ['post', `/api/v2/approvals/${ORG}/f`],
  ['get', `/api/v2/approvals/${ORG}/f`],
  ['get', `/api/v2/approvals/${ORG}/f/1`],
  ['get', `/api/v2/approvals/${ORG}/f/artifact-commit/e`],
  ['post', `/api/v2/custom-attestation-types/${ORG}`],
  ['get', `/api/v2/custom-attestation-types/${ORG}`],
  ['get', `/api/v2/custom-attestation-types/${ORG}/t`],
  ['put', `/api/v2/custom-attestation-types/${ORG}/t/archive`],
  ['get', '/ready'],
];
/** The writes guarded by factstore.flow.manage or factstore.environment.manage. */
const GUARDED: Array<[Method, string, unknown]> = [
  ['put', `/api/v2/flows/${ORG}`, { name: 'f' }],
  ['put', `/api/v2/flows/${ORG}/f/archive`, {}],
  ['put', `/api/v2/environments/${ORG}`, { name: 'e', type: 'K8S' }],
  ['put', `/api/v2/environments/${ORG}/e/archive`, {}],
  [
    'put',
    `/api/v2/allowlists/${ORG}/e`,
    { artifact_fingerprint: FP, description: 'why' },
  ],
  ['post', `/api/v2/custom-attestation-types/${ORG}`, { name: 't' }],
  // The CLI sends a PUT without payload as the JSON null.
  ['put', `/api/v2/custom-attestation-types/${ORG}/t/archive`, null],
  ['put', `/api/v2/flows/${ORG}/f/archive`, null],
];
const sample = (path: string) =>
  path.replace(/:(\w+)/g, (_, name) => (name === 'org' ? ORG : 'x'));

onEachDatabase('Kosli API credentials', server => {
  it.each(ROUTES)('%s %s without credentials is 401', async (method, path) => {
    const res = await server()
      .http[method](`${HOST}${path}`)
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(method === 'get' ? undefined : '{}');
    expect(res.status).toBe(401);
  });

  it('every SaaS-only command answers 501 naming it (401 without credentials)', async () => {
    for (const [method, path, command] of KOSLI_SAAS_ONLY) {
      const url = `${HOST}${sample(path)}`;
      const res = await server().http[method](url).set(cliHeaders()).send('{}');
      expect([path, res.status]).toEqual([path, 501]);
      expect(res.body.message).toContain(`kosli ${command}`);
      expect((await server().http[method](url).send('{}')).status).toBe(401);
    }
  });
});

onEachDatabase(
  'Kosli API permissions',
  server => {
    it.each(GUARDED)(
      '%s %s is 403 when the permission is denied',
      async (method, path, body) => {
        const res = await server()
          .http[method](`${HOST}${path}`)
          .set(cliHeaders())
          .send(JSON.stringify(body));
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(
          /factstore\.(flow|environment)\.manage/,
        );
      },
    );
  },
  { permission: 'deny' },
);
