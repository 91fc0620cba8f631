import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  specRoutes,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create as createTar } from 'tar';
import { startFakeVault } from '../__testUtils__/fakeVault';
import { cliHeaders, goMultipart } from '../__testUtils__/kosliCli';
import {
  eventually,
  startRecordingServer,
  type RecordingServer,
} from '../__testUtils__/recordingServer';
import { factstorePlugin } from '../plugin';
import { spec } from '../schema/openapi.generated';

/*
 * The dry-run contract, route by route: every mutating operation of the spec gets a valid request
 * with `X-Dry-Run: true`, which must answer as the same request without it does (the real one is
 * sent next and compared), store nothing (no audit event; some lists read back), and an invalid
 * request with `X-Dry-Run: true`, which must be a 4xx. Routes that change an outside system
 * (Vault, Jira, Confluence, Slack, a rule's channel) refuse a dry run with 400.
 *
 * Not covered (NOT_COVERED): none; a new mutating operation fails the coverage test until it
 * gets a case or a line there saying why not. The 41 operations of seed 002's identity routes and
 * the Kosli SaaS-only commands answer 501 by design, dry run or not: for them the sweep checks
 * the 501 and that nothing is stored. Setup is made by real requests; cases run in order, each
 * real request building on the ones before (deletes last).
 */

const databases = createTestDatabases();
jest.setTimeout(300_000);

const ROOT = '/api/factstore';
const API = `${ROOT}/api/v1`;
const V2 = `${ROOT}/api/v2`;
const ORG = 'acme';
const jane = authHeaders.user('user:default/jane');
const bob = authHeaders.user('user:default/bob');
const ci = authHeaders.service('factstore', 'external:ci');
const DRY = { 'X-Dry-Run': 'true' };
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');
const hmac = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('hex');

const WEBHOOK_SECRET = 'generic-hook-secret';
const SLACK_SECRET = 'slack-signing-secret';
const VAULT_TOKEN = 'vault-token';
const ATLASSIAN_TOKEN = 'atlassian-token';
const NOBODY = '00000000-0000-4000-8000-000000000000';

/** The artifact of the sweep's trail: the subject of the unsigned SLSA v0.2 provenance fixture. */
const ARTIFACT =
  '04eda4dc6a14d4f016f43b373eb5cfa64b1849388a33e53989ce59e840fb3605';
const KOSLI_ARTIFACT = sha('kosli-artifact');

const fixture = (folder: string, name: string) =>
  readFileSync(fixturePath(folder, name), 'utf8');

/** A request made with the started backend's supertest agent, not yet sent. */
type Test = ReturnType<PluginBackend['http']['post']>;

/** Operations no case drives, each with why. */
const NOT_COVERED: Record<string, string> = {};

/** A tar.gz OPA bundle of one Rego module, as `opa build` lays one out. */
async function regoBundle(): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'dry-run-bundle-'));
  try {
    writeFileSync(
      join(dir, 'policy.rego'),
      'package factstore.deploy\n\ndefault allow := true\n',
    );
    const out = join(dir, 'bundle.tar.gz');
    await createTar({ gzip: true, cwd: dir, file: out, portable: true }, [
      'policy.rego',
    ]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** OPA's REST API, enough to load modules and answer every query `allow: true`. */
function opaAnswer(req: { method: string; path: string }) {
  if (req.path.startsWith('/v1/data') && req.method === 'POST')
    return {
      status: 200,
      body: JSON.stringify({ result: { allow: true, violations: [] } }),
      contentType: 'application/json',
    };
  if (req.path.startsWith('/v1/data')) return { status: 204 };
  return { status: 200, body: '{}', contentType: 'application/json' };
}

/** Atlassian's answers the connectivity test reads. */
function atlassianAnswer() {
  return {
    status: 200,
    body: JSON.stringify({ displayName: 'Factstore Bot' }),
    contentType: 'application/json',
  };
}

type Headers = Record<string, string>;

/** One mutating operation: how to send it valid and invalid, and what a dry run must answer. */
interface DryRunCase {
  /** `METHOD /path` as the spec spells it. */
  op: string;
  /** The valid request, with these extra headers (X-Dry-Run or none). */
  valid: (extra: Headers) => Test;
  /** An obviously invalid request, with these extra headers. */
  invalid: (extra: Headers) => Test;
  /**
   * The status the dry run must answer when the real request is not sent to compare: the routes
   * that refuse a dry run (400), and those answering 501 by design.
   */
  dryStatus?: number;
  /** Sends the real request after the dry run and compares (default: unless dryStatus is set). */
  compare?: boolean;
  /** A read of what the operation would change: the same after the dry run. */
  probe?: () => Promise<unknown>;
  /** Keeps what the real request created, for later cases. */
  keep?: (body: any) => void;
}

/** Status and text of an answer, so that a failed match shows what was answered. */
const answerOf = (res: { status: number; text?: string }) =>
  `${res.status} ${res.text ?? ''}`;

/** The top-level keys of a JSON object answer, to compare a dry run's shape with the real one. */
const keysOf = (body: unknown) =>
  body && typeof body === 'object' && !Array.isArray(body)
    ? Object.keys(body).sort()
    : typeof body;

describe.each(databases.eachSupportedId())(
  'factstore X-Dry-Run on every mutating route on %s',
  databaseId => {
    let backend: PluginBackend;
    let opa: RecordingServer;
    let slack: RecordingServer;
    let atlassian: RecordingServer;
    let receiver: RecordingServer;
    let vault: Awaited<ReturnType<typeof startFakeVault>>;
    const ids: Record<string, string> = {};

    const v1 = (method: 'post' | 'put' | 'delete', path: string) =>
      backend.http[method](`${API}${path}`);
    const get = (path: string) => backend.http.get(`${API}${path}`).set(jane);
    const json =
      (
        method: 'post' | 'put' | 'delete',
        path: string,
        body: unknown,
        headers: Headers = jane,
      ) =>
      (extra: Headers) =>
        v1(method, path)
          .set({ ...headers, ...extra })
          .send(body as object);
    const bare =
      (
        method: 'post' | 'put' | 'delete',
        path: string,
        headers: Headers = jane,
      ) =>
      (extra: Headers) =>
        v1(method, path).set({ ...headers, ...extra });
    /** A Kosli CLI request: JSON as Go marshals it, or a multipart form. */
    const kosli =
      (
        method: 'put' | 'post',
        path: string,
        body: { payload?: unknown; form?: { data: unknown; files?: any[] } },
      ) =>
      (extra: Headers) => {
        const req = backend.http[method](`${V2}${path}`).set({
          ...cliHeaders(),
          ...extra,
        });
        if (body.form) {
          const { contentType, body: bytes } = goMultipart(
            body.form.data,
            body.form.files,
          );
          return req.set('Content-Type', contentType).send(bytes);
        }
        return req.send(JSON.stringify(body.payload ?? null));
      };
    const must = async (answer: PromiseLike<any>, status: number) => {
      const got = await answer;
      if (got.status !== status)
        throw new Error(`expected ${status}, got ${got.status}: ${got.text}`);
      return got.body;
    };
    const auditCount = async () =>
      (await get('/audit?size=1')).body.totalElements;
    const slackForm = (path: string, form: string) => (extra: Headers) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      return v1('post', path)
        .set({
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': timestamp,
          'x-slack-signature': `v0=${hmac(SLACK_SECRET, `v0:${timestamp}:${form}`)}`,
          ...extra,
        })
        .send(form);
    };
    const webhook = (body: string) => (extra: Headers) =>
      v1('post', `/webhooks/generic?flowId=${ids.flow}`)
        .set({
          'content-type': 'application/json',
          'x-hub-signature-256': `sha256=${hmac(WEBHOOK_SECRET, body)}`,
          ...extra,
        })
        .send(body);

    beforeAll(async () => {
      opa = await startRecordingServer(opaAnswer);
      slack = await startRecordingServer({ status: 200, body: 'ok' });
      atlassian = await startRecordingServer(atlassianAnswer);
      receiver = await startRecordingServer();
      vault = await startFakeVault(VAULT_TOKEN);
      const site = {
        baseUrl: atlassian.url(''),
        email: 'bot@example.com',
        apiToken: ATLASSIAN_TOKEN,
      };
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config: {
          factstore: {
            opa: { url: opa.url(''), timeoutMs: 2000 },
            outbound: { allowedAddresses: ['127.0.0.1'] },
            slack: {
              signingSecret: SLACK_SECRET,
              incomingWebhooks: { releases: slack.url('/services/T/B/X') },
            },
            webhooks: { incoming: { generic: { secret: WEBHOOK_SECRET } } },
            vault: { url: vault.url(''), token: VAULT_TOKEN },
            jira: site,
            confluence: site,
          },
        },
      });

      // OpenFactstore's side: a flow, its trail with an artifact, a junit attestation, two
      // pending approvals, an environment running the artifact, a CEL policy, a framework.
      const post = (path: string, body: object, headers: Headers = jane) =>
        v1('post', path).set(headers).send(body);
      ids.flow = (
        await must(
          post('/flows', { name: 'sweep', requiredAttestations: ['junit'] }),
          201,
        )
      ).id;
      for (const name of ['spareFlow', 'goneFlow'])
        ids[name] = (await must(post('/flows', { name }), 201)).id;
      ids.trail = (
        await must(
          post(
            '/trails',
            { flowId: ids.flow, name: 'run-1', gitCommitSha: 'a'.repeat(40) },
            ci,
          ),
          201,
        )
      ).id;
      ids.artifact = (
        await must(
          post(
            `/trails/${ids.trail}/artifacts`,
            { name: 'go-binary', sha256Digest: ARTIFACT },
            ci,
          ),
          201,
        )
      ).id;
      ids.attestation = (
        await must(
          post(
            `/trails/${ids.trail}/attestations`,
            { type: 'junit', status: 'PASSED' },
            ci,
          ),
          201,
        )
      ).id;
      await must(
        post(
          `/trails/${ids.trail}/artifacts/${ids.artifact}/provenance`,
          JSON.parse(
            fixture(
              'attestations',
              'slsa-github-generator-go-v1.0.0.provenance-v0.2.intoto.jsonl',
            ).split('\n')[0],
          ),
          ci,
        ),
        201,
      );
      // An in-app notification for jane, from the approvals requested next.
      await must(
        post('/notification-rules', {
          name: 'reviews',
          triggerEvent: 'APPROVAL_REQUESTED',
          channelType: 'IN_APP',
          channelConfig: { recipients: ['user:default/jane'] },
        }),
        201,
      );
      for (const name of ['approveMe', 'rejectMe'])
        ids[name] = (
          await must(post(`/trails/${ids.trail}/approvals`, {}), 201)
        ).id;
      ids.notification = (
        await eventually(
          async () => (await get('/notifications')).body,
          list => list.length > 0,
        )
      )[0].id;
      ids.env = (
        await must(post('/environments', { name: 'staging', type: 'K8S' }), 201)
      ).id;
      for (const name of ['spareEnv', 'goneEnv'])
        ids[name] = (
          await must(post('/environments', { name, type: 'K8S' }), 201)
        ).id;
      await must(
        post(
          `/environments/${ids.env}/snapshots`,
          { artifacts: [{ name: 'go-binary', sha256Digest: ARTIFACT }] },
          ci,
        ),
        201,
      );
      ids.policy = (
        await must(
          post('/policies', {
            name: 'release',
            rules: [{ name: 'known', expression: 'input.artifact != null' }],
          }),
          201,
        )
      ).id;
      ids.framework = (
        await must(post('/frameworks', { name: 'Acme', version: '1' }), 201)
      ).id;
      ids.control = (
        await must(
          post(`/frameworks/${ids.framework}/controls`, {
            controlId: 'REL-1',
            title: 'Tested',
            requiredEvidenceTypes: ['junit'],
          }),
          201,
        )
      ).id;

      // The Kosli CLI's side: a flow with a trail and an artifact, environments.
      const cli = (
        method: 'put' | 'post',
        path: string,
        body: Parameters<typeof kosli>[2],
        status: number,
      ) => must(kosli(method, path, body)({}), status);
      for (const name of ['kflow', 'kspare', 'kmoving'])
        await cli(
          'put',
          `/flows/${ORG}`,
          { payload: { name, description: '' } },
          201,
        );
      await cli(
        'put',
        `/trails/${ORG}/kflow`,
        { form: { data: { name: 'ktrail' } } },
        201,
      );
      await await cli(
        'post',
        `/artifacts/${ORG}/kflow`,
        {
          payload: {
            fingerprint: KOSLI_ARTIFACT,
            filename: 'app:1',
            trail_name: 'ktrail',
          },
        },
        201,
      );
      const kflow = (await get(`/organisations/${ORG}/flows`)).body.find(
        (f: { name: string }) => f.name === 'kflow',
      );
      ids.ktrail = (await get(`/trails?flowId=${kflow.id}`)).body[0].id;
      for (const name of ['kenv', 'kenv-b', 'kenv-spare', 'kenv-moving'])
        await cli(
          'put',
          `/environments/${ORG}`,
          { payload: { name, type: 'K8S', description: '' } },
          201,
        );
      await cli(
        'put',
        `/environments/${ORG}`,
        {
          payload: {
            name: 'klogical',
            type: 'logical',
            description: '',
            included_environments: ['kenv'],
          },
        },
        201,
      );
      await cli(
        'post',
        `/custom-attestation-types/${ORG}`,
        {
          payload: {
            name: 'retired',
            description: '',
            evaluator: { content_type: 'jq', rules: [] },
          },
        },
        201,
      );
    });

    afterAll(async () => {
      await backend?.stop();
      for (const server of [opa, slack, atlassian, receiver, vault])
        await server?.close();
    });

    const cases: DryRunCase[] = [
      // Flows.
      {
        op: 'POST /api/v1/flows',
        valid: json('post', '/flows', {
          name: 'dry-flow',
          requiredAttestations: ['junit'],
        }),
        invalid: json('post', '/flows', { name: 42 }),
        probe: async () => (await get('/flows')).body.length,
      },
      {
        op: 'PUT /api/v1/flows/{id}',
        valid: extra =>
          json('put', `/flows/${ids.flow}`, { description: 'changed' })(extra),
        invalid: extra =>
          json('put', `/flows/${ids.flow}`, { requiredAttestations: 'x' })(
            extra,
          ),
        probe: async () => (await get(`/flows/${ids.flow}`)).body.description,
      },
      {
        op: 'POST /api/v1/flows/{flowId}/security-thresholds',
        valid: extra =>
          json('post', `/flows/${ids.flow}/security-thresholds`, {
            maxCritical: 0,
            maxHigh: 5,
            maxMedium: 10,
            maxLow: null,
          })(extra),
        invalid: extra =>
          json('post', `/flows/${ids.flow}/security-thresholds`, {
            maxCritical: -1,
          })(extra),
        probe: async () =>
          (await get(`/flows/${ids.flow}/security-thresholds`)).body,
      },
      // Trails, artifacts, attestations, evidence.
      {
        op: 'POST /api/v1/trails',
        valid: extra =>
          json(
            'post',
            '/trails',
            { flowId: ids.flow, name: 'dry-trail' },
            ci,
          )(extra),
        invalid: json('post', '/trails', { flowId: 'not-a-uuid' }, ci),
        probe: async () => (await get(`/trails?flowId=${ids.flow}`)).body,
      },
      {
        op: 'POST /api/v1/trails/{trailId}/artifacts',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts`,
            { name: 'sidecar', sha256Digest: sha('sidecar') },
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts`,
            { name: '', sha256Digest: 'zz' },
            ci,
          )(extra),
        probe: async () => (await get(`/trails/${ids.trail}/artifacts`)).body,
      },
      {
        op: 'POST /api/v1/trails/{trailId}/artifacts',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts`,
            { name: 'go-binary', sha256Digest: ARTIFACT },
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts`,
            { name: 'x' },
            ci,
          )(extra),
      },
      {
        op: 'POST /api/v1/trails/{trailId}/attestations',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/attestations`,
            { type: 'snyk', status: 'PASSED' },
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/attestations`,
            { type: 5 },
            ci,
          )(extra),
        probe: async () =>
          (await get(`/trails/${ids.trail}/attestations`)).body,
      },
      {
        op: 'POST /api/v1/trails/{trailId}/attestations/{id}/evidence',
        valid: extra =>
          v1(
            'post',
            `/trails/${ids.trail}/attestations/${ids.attestation}/evidence`,
          )
            .set({ ...ci, ...extra })
            .attach(
              'file',
              Buffer.from(fixture('junit', 'jest-junit.failures.xml')),
              'junit.xml',
            ),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/attestations/${ids.attestation}/evidence`,
            { file: 'not multipart' },
            ci,
          )(extra),
        probe: async () =>
          (
            await get(
              `/trails/${ids.trail}/attestations/${ids.attestation}/evidence`,
            )
          ).status,
      },
      {
        op: 'POST /api/v1/trails/{trailId}/attestations/pull-request',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/attestations/pull-request`,
            {
              organisationSlug: 'acme',
              provider: 'github',
              repositoryOwner: 'acme',
              repositoryName: 'service',
              prNumber: 42,
            },
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/attestations/pull-request`,
            { provider: 'subversion' },
            ci,
          )(extra),
      },
      {
        op: 'POST /api/v1/trails/{trailId}/security-scans',
        valid: extra =>
          v1('post', `/trails/${ids.trail}/security-scans`)
            .set({ ...ci, ...extra })
            .field('name', 'trivy')
            .attach(
              'file',
              Buffer.from(
                fixture('scans', 'trivy-image-alpine-39-high-critical.json'),
              ),
              'trivy.json',
            ),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/security-scans`,
            { criticalVulnerabilities: -1 },
            ci,
          )(extra),
        probe: async () =>
          (await get(`/trails/${ids.trail}/security-scans`)).body,
      },
      {
        op: 'POST /api/v1/trails/{trailId}/security-scans',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/security-scans`,
            {
              tool: 'trivy',
              name: 'image',
              artifactSha256: ARTIFACT,
              criticalVulnerabilities: 1,
              highVulnerabilities: 0,
            },
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/security-scans`,
            { tool: 'trivy', highVulnerabilities: 'many' },
            ci,
          )(extra),
      },
      {
        op: 'POST /api/v1/trails/{trailId}/artifacts/{artifactId}/provenance',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts/${ids.artifact}/provenance`,
            JSON.parse(
              fixture(
                'attestations',
                'slsa-github-generator-go-v1.0.0.provenance-v0.2.intoto.jsonl',
              ).split('\n')[0],
            ),
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts/${ids.artifact}/provenance`,
            {},
            ci,
          )(extra),
        probe: async () =>
          (
            await get(
              `/trails/${ids.trail}/artifacts/${ids.artifact}/provenance`,
            )
          ).body.id,
      },
      {
        op: 'POST /api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify',
        valid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts/${ids.artifact}/provenance/verify`,
            {},
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/trails/${ids.trail}/artifacts/${ids.artifact}/provenance/verify`,
            { builderId: 5 },
          )(extra),
      },
      {
        op: 'POST /api/v1/assert',
        valid: extra =>
          json('post', '/assert', {
            flowId: ids.flow,
            sha256Digest: ARTIFACT,
            environmentId: ids.env,
          })(extra),
        invalid: json('post', '/assert', { flowId: 'x', sha256Digest: 'y' }),
      },
      // Approvals.
      {
        op: 'POST /api/v1/trails/{trailId}/approvals',
        valid: extra =>
          json('post', `/trails/${ids.trail}/approvals`, { comment: 'dry' })(
            extra,
          ),
        invalid: extra =>
          json('post', `/trails/${ids.trail}/approvals`, { comment: 5 })(extra),
        probe: async () => (await get(`/trails/${ids.trail}/approvals`)).body,
      },
      {
        op: 'POST /api/v1/approvals/{approvalId}/approve',
        valid: extra =>
          json('post', `/approvals/${ids.approveMe}/approve`, {}, bob)(extra),
        invalid: extra =>
          json(
            'post',
            `/approvals/${ids.approveMe}/approve`,
            { comment: 5 },
            bob,
          )(extra),
        probe: async () => (await get(`/approvals/${ids.approveMe}`)).body,
      },
      {
        op: 'POST /api/v1/approvals/{approvalId}/reject',
        valid: extra =>
          json(
            'post',
            `/approvals/${ids.rejectMe}/reject`,
            {
              comment: 'no',
            },
            bob,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/approvals/${ids.rejectMe}/reject`,
            { comment: 5 },
            bob,
          )(extra),
        probe: async () => (await get(`/approvals/${ids.rejectMe}`)).body,
      },
      // Deployment policies and the gate.
      {
        op: 'POST /api/v1/deployment-policies',
        valid: extra =>
          json('post', '/deployment-policies', {
            name: 'staging-rules',
            environmentId: ids.env,
            requiredAttestationTypes: ['junit'],
          })(extra),
        invalid: json('post', '/deployment-policies', {
          enforceApprovals: 'yes',
        }),
        probe: async () => (await get('/deployment-policies')).body,
        keep: body => (ids.deploymentPolicy = body.id),
      },
      {
        op: 'PUT /api/v1/deployment-policies/{id}',
        valid: extra =>
          json('put', `/deployment-policies/${ids.deploymentPolicy}`, {
            enforceApprovals: true,
          })(extra),
        invalid: extra =>
          json('put', `/deployment-policies/${ids.deploymentPolicy}`, {
            enforceApprovals: 'yes',
          })(extra),
        probe: async () =>
          (await get(`/deployment-policies/${ids.deploymentPolicy}`)).body,
      },
      {
        op: 'POST /api/v1/gate/evaluate',
        valid: extra =>
          json('post', '/gate/evaluate', {
            sha256Digest: ARTIFACT,
            environmentId: ids.env,
          })(extra),
        invalid: json('post', '/gate/evaluate', { sha256Digest: 'x' }),
        probe: async () => (await get('/gate/results')).body,
      },
      // Environments.
      {
        op: 'POST /api/v1/environments',
        valid: json('post', '/environments', { name: 'dry-env', type: 'K8S' }),
        invalid: json('post', '/environments', {
          name: 'x',
          type: 'mainframe',
        }),
        probe: async () => (await get('/environments')).body,
      },
      {
        op: 'PUT /api/v1/environments/{id}',
        valid: extra =>
          json('put', `/environments/${ids.env}`, { description: 'eu' })(extra),
        invalid: extra =>
          json('put', `/environments/${ids.env}`, { type: 'mainframe' })(extra),
        probe: async () => (await get(`/environments/${ids.env}`)).body,
      },
      {
        op: 'POST /api/v1/environments/{id}/snapshots',
        valid: extra =>
          json(
            'post',
            `/environments/${ids.env}/snapshots`,
            {
              artifacts: [
                { name: 'go-binary', sha256Digest: ARTIFACT },
                { name: 'sidecar', sha256Digest: sha('sidecar') },
              ],
            },
            ci,
          )(extra),
        invalid: extra =>
          json(
            'post',
            `/environments/${ids.env}/snapshots`,
            { artifacts: 'x' },
            ci,
          )(extra),
        probe: async () =>
          (await get(`/environments/${ids.env}/snapshots`)).body,
      },
      {
        op: 'POST /api/v1/environments/{id}/baselines',
        valid: extra =>
          json('post', `/environments/${ids.env}/baselines`, {
            snapshotIndex: 1,
            description: 'known good',
          })(extra),
        invalid: extra =>
          json('post', `/environments/${ids.env}/baselines`, {
            snapshotIndex: -1,
          })(extra),
      },
      {
        op: 'POST /api/v1/environments/{id}/allowlist',
        valid: extra =>
          json('post', `/environments/${ids.env}/allowlist`, {
            sha256Digest: sha('hotfix'),
            reason: 'hotfix',
          })(extra),
        invalid: extra =>
          json('post', `/environments/${ids.env}/allowlist`, {})(extra),
        probe: async () =>
          (await get(`/environments/${ids.env}/allowlist`)).body,
        keep: body => (ids.allowlistEntry = body.id),
      },
      {
        op: 'DELETE /api/v1/environments/{id}/allowlist/{entryId}',
        valid: extra =>
          bare(
            'delete',
            `/environments/${ids.env}/allowlist/${ids.allowlistEntry}`,
          )(extra),
        invalid: extra =>
          bare(
            'delete',
            `/environments/${ids.env}/allowlist/not-a-uuid`,
          )(extra),
        probe: async () =>
          (await get(`/environments/${ids.env}/allowlist`)).body,
      },
      {
        op: 'POST /api/v1/logical-environments',
        valid: extra =>
          json('post', '/logical-environments', {
            name: 'everywhere',
            environmentIds: [ids.env],
          })(extra),
        invalid: json('post', '/logical-environments', { environmentIds: 'x' }),
        probe: async () => (await get('/logical-environments')).body,
        keep: body => (ids.logical = body.id),
      },
      {
        op: 'PUT /api/v1/logical-environments/{id}',
        valid: extra =>
          json('put', `/logical-environments/${ids.logical}`, {
            description: 'all of them',
          })(extra),
        invalid: extra =>
          json('put', `/logical-environments/${ids.logical}`, {
            environmentIds: 'x',
          })(extra),
      },
      // The ledger.
      {
        op: 'POST /api/v1/ledger/verify/{recordId}',
        valid: extra =>
          bare('post', `/ledger/verify/${ids.attestation}`)(extra),
        invalid: bare('post', '/ledger/verify/not-a-uuid'),
      },
      {
        op: 'POST /api/v1/ledger/verify-chain',
        valid: json('post', '/ledger/verify-chain', {}),
        invalid: json('post', '/ledger/verify-chain', { from: 'yesterday' }),
      },
      // CEL policies and their attachments.
      {
        op: 'POST /api/v1/policies',
        valid: json('post', '/policies', {
          name: 'dry-cel',
          rules: [{ name: 'r', expression: 'input.artifact != null' }],
        }),
        invalid: json('post', '/policies', { name: 'x', rules: 'x' }),
        probe: async () => (await get('/policies')).body,
      },
      {
        op: 'PUT /api/v1/policies/{id}',
        valid: extra =>
          json('put', `/policies/${ids.policy}`, { enforceProvenance: true })(
            extra,
          ),
        invalid: extra =>
          json('put', `/policies/${ids.policy}`, { enforceProvenance: 'x' })(
            extra,
          ),
        probe: async () => (await get(`/policies/${ids.policy}`)).body,
      },
      {
        op: 'POST /api/v1/policy-attachments',
        valid: extra =>
          json('post', '/policy-attachments', {
            policyId: ids.policy,
            environmentId: ids.env,
          })(extra),
        invalid: json('post', '/policy-attachments', { policyId: 'x' }),
        probe: async () => (await get('/policy-attachments')).body,
        keep: body => (ids.attachment = body.id),
      },
      {
        // With a CEL policy attached to the environment: its decision is recorded too.
        op: 'POST /api/v1/gate/evaluate',
        valid: extra =>
          json('post', '/gate/evaluate', {
            sha256Digest: ARTIFACT,
            environmentId: ids.env,
            flowId: ids.flow,
          })(extra),
        invalid: json('post', '/gate/evaluate', { environmentId: 'x' }),
        probe: async () => (await get('/opa/decisions')).body,
      },
      {
        op: 'POST /api/v1/assert',
        valid: extra =>
          json('post', '/assert', {
            flowId: ids.flow,
            sha256Digest: ARTIFACT,
            environmentName: 'staging',
          })(extra),
        invalid: json('post', '/assert', { flowId: NOBODY }),
      },
      {
        op: 'DELETE /api/v1/policy-attachments/{id}',
        valid: extra =>
          bare('delete', `/policy-attachments/${ids.attachment}`)(extra),
        invalid: bare('delete', '/policy-attachments/not-a-uuid'),
        probe: async () => (await get('/policy-attachments')).body,
      },
      // OPA.
      {
        op: 'POST /api/v1/opa/bundles',
        valid: extra =>
          regoBundle().then(bytes =>
            v1('post', '/opa/bundles')
              .set({ ...jane, ...extra })
              .field('name', 'deploy')
              .attach('bundle', bytes, 'bundle.tar.gz'),
          ) as unknown as Test,
        invalid: json('post', '/opa/bundles', { regoContent: 'x' }),
        probe: async () => (await get('/opa/bundles')).body,
        keep: body => (ids.bundle = body.id),
      },
      {
        op: 'PUT /api/v1/opa/bundles/{id}/activate',
        valid: extra =>
          bare('put', `/opa/bundles/${ids.bundle}/activate`)(extra),
        invalid: bare('put', '/opa/bundles/not-a-uuid/activate'),
        probe: async () =>
          (await get(`/opa/bundles/${ids.bundle}`)).body.status,
      },
      {
        op: 'POST /api/v1/opa/evaluate',
        valid: json('post', '/opa/evaluate', { input: { artifact: null } }),
        invalid: json('post', '/opa/evaluate', { bundleId: 'x' }),
        probe: async () => (await get('/opa/decisions')).body,
      },
      // Frameworks and compliance.
      {
        op: 'POST /api/v1/frameworks',
        valid: json('post', '/frameworks', { name: 'Dry', version: '1' }),
        invalid: json('post', '/frameworks', { name: 'x' }),
        probe: async () => (await get('/frameworks')).body.length,
      },
      {
        op: 'POST /api/v1/frameworks/{id}/controls',
        valid: extra =>
          json('post', `/frameworks/${ids.framework}/controls`, {
            controlId: 'REL-2',
            title: 'Approved',
            requiredEvidenceTypes: ['approval'],
          })(extra),
        invalid: extra =>
          json('post', `/frameworks/${ids.framework}/controls`, {
            controlId: 'REL-3',
            title: 'x',
            requiredEvidenceTypes: ['provenance:L9'],
          })(extra),
        probe: async () =>
          (await get(`/frameworks/${ids.framework}`)).body.controls,
      },
      {
        op: 'POST /api/v1/compliance/mappings',
        valid: extra =>
          json('post', '/compliance/mappings', {
            regulatoryControlId: ids.control,
            flowId: ids.flow,
            evidenceKind: 'APPROVAL',
          })(extra),
        invalid: extra =>
          json('post', '/compliance/mappings', {
            regulatoryControlId: ids.control,
          })(extra),
        probe: async () =>
          (await get(`/compliance/mappings?frameworkId=${ids.framework}`)).body,
      },
      {
        op: 'POST /api/v1/compliance/assess',
        valid: extra =>
          json('post', '/compliance/assess', {
            frameworkId: 'soc2',
            trailId: ids.trail,
          })(extra),
        invalid: json('post', '/compliance/assess', { frameworkId: 5 }),
        probe: async () => (await get('/compliance/assessments')).body,
      },
      // Notifications (routes/notifications.ts).
      {
        op: 'POST /api/v1/notifications/read-all',
        valid: bare('post', '/notifications/read-all'),
        invalid: () =>
          bare('post', '/notifications/read-all')({ 'X-Dry-Run': 'maybe' }),
      },
      {
        op: 'POST /api/v1/notifications/{id}/read',
        valid: extra =>
          bare('post', `/notifications/${ids.notification}/read`)(extra),
        probe: async () => (await get('/notifications/unread-count')).body,
        invalid: bare('post', '/notifications/not-a-uuid/read'),
      },
      {
        op: 'POST /api/v1/notification-rules',
        valid: json('post', '/notification-rules', {
          name: 'gate denials',
          triggerEvent: 'GATE_DENIED',
          channelType: 'IN_APP',
          channelConfig: { recipients: ['group:default/release-managers'] },
        }),
        invalid: json('post', '/notification-rules', {
          name: 'x',
          triggerEvent: 'NOPE',
        }),
        probe: async () => (await get('/notification-rules')).body,
        keep: body => (ids.rule = body.id),
      },
      {
        op: 'PUT /api/v1/notification-rules/{id}',
        valid: extra =>
          json('put', `/notification-rules/${ids.rule}`, { isActive: false })(
            extra,
          ),
        invalid: extra =>
          json('put', `/notification-rules/${ids.rule}`, {
            triggerEvent: 'NOPE',
          })(extra),
        probe: async () => (await get('/notification-rules')).body,
      },
      {
        op: 'POST /api/v1/notification-rules/{id}/test',
        valid: extra =>
          bare('post', `/notification-rules/${ids.rule}/test`)(extra),
        invalid: bare('post', '/notification-rules/not-a-uuid/test'),
        dryStatus: 400,
      },
      // Webhooks.
      {
        op: 'POST /api/v1/webhooks/{source}',
        valid: extra =>
          webhook(
            JSON.stringify({
              eventType: 'build.started',
              gitCommitSha: 'c'.repeat(40),
              gitBranch: 'main',
            }),
          )(extra),
        invalid: webhook('{"eventType": 5}'),
        probe: async () => (await get(`/trails?flowId=${ids.flow}`)).body,
      },
      {
        op: 'POST /api/v1/webhook-configs',
        valid: extra =>
          json('post', '/webhook-configs', {
            name: 'sink',
            url: receiver.url('/hook'),
          })(extra),
        invalid: json('post', '/webhook-configs', {
          url: 'ftp://example.com/',
        }),
        probe: async () => (await get('/webhook-configs')).body,
        keep: body => (ids.webhookConfig = body.id),
      },
      {
        op: 'DELETE /api/v1/webhook-configs/{id}',
        valid: extra =>
          bare('delete', `/webhook-configs/${ids.webhookConfig}`)(extra),
        invalid: bare('delete', '/webhook-configs/not-a-uuid'),
        probe: async () => (await get('/webhook-configs')).body,
      },
      // Slack.
      {
        op: 'POST /api/v1/organisations/{slug}/slack',
        valid: json('post', '/organisations/acme/slack', {
          channel: 'releases',
        }),
        invalid: json('post', '/organisations/acme/slack', { channel: 5 }),
        probe: async () => (await get('/organisations/acme/slack')).status,
      },
      {
        op: 'POST /api/v1/organisations/{slug}/slack/commands',
        valid: extra =>
          slackForm(
            '/organisations/acme/slack/commands',
            new URLSearchParams({
              command: '/factstore',
              text: `status ${ids.trail}`,
              user_id: 'U1',
            }).toString(),
          )(extra),
        invalid: extra =>
          v1('post', '/organisations/acme/slack/commands')
            .set({
              'content-type': 'application/x-www-form-urlencoded',
              ...extra,
            })
            .send('text=help'),
      },
      {
        op: 'POST /api/v1/organisations/{slug}/slack/actions',
        valid: extra =>
          slackForm(
            '/organisations/acme/slack/actions',
            new URLSearchParams({
              payload: JSON.stringify({
                type: 'block_actions',
                user: { id: 'U1' },
                actions: [
                  {
                    action_id: 'factstore_view_approval',
                    value: ids.approveMe,
                  },
                ],
              }),
            }).toString(),
          )(extra),
        invalid: slackForm('/organisations/acme/slack/actions', 'foo=bar'),
      },
      {
        op: 'POST /api/v1/organisations/{slug}/slack/notify/trail-non-compliant',
        valid: extra =>
          json('post', '/organisations/acme/slack/notify/trail-non-compliant', {
            trailId: ids.trail,
            flowName: 'sweep',
            missingAttestationTypes: ['junit'],
          })(extra),
        invalid: json(
          'post',
          '/organisations/acme/slack/notify/trail-non-compliant',
          { flowName: 'sweep' },
        ),
        dryStatus: 400,
      },
      {
        op: 'POST /api/v1/organisations/{slug}/slack/notify/approval-requested',
        valid: extra =>
          json('post', '/organisations/acme/slack/notify/approval-requested', {
            approvalId: ids.approveMe,
            artifactSha: `sha256:${ARTIFACT}`,
            targetEnvironment: 'staging',
          })(extra),
        invalid: json(
          'post',
          '/organisations/acme/slack/notify/approval-requested',
          { approvalId: 'x' },
        ),
        dryStatus: 400,
      },
      {
        op: 'DELETE /api/v1/organisations/{slug}/slack',
        valid: bare('delete', '/organisations/acme/slack'),
        invalid: bare('delete', '/organisations/Not A Slug/slack'),
        probe: async () => (await get('/organisations/acme/slack')).status,
      },
      // Vault evidence: refused under a dry run.
      {
        op: 'POST /api/v1/evidence/{entityType}/{entityId}',
        valid: json('post', '/evidence/trail/run-1', {
          evidenceType: 'junit',
          data: { summary: 'ok' },
        }),
        invalid: json('post', '/evidence/trail/run-1', { data: 5 }),
        dryStatus: 400,
      },
      {
        op: 'DELETE /api/v1/evidence/{entityType}/{entityId}',
        valid: bare('delete', '/evidence/trail/run-1?evidenceType=junit'),
        invalid: bare('delete', '/evidence/nope/run-1'),
        dryStatus: 400,
      },
      // Jira and Confluence.
      {
        op: 'POST /api/v1/integrations/jira/config',
        valid: json('post', '/integrations/jira/config', {
          defaultProjectKey: 'OPS',
        }),
        invalid: json('post', '/integrations/jira/config', {
          defaultProjectKey: 'ops',
        }),
        probe: async () => (await get('/integrations/jira/config')).status,
      },
      {
        op: 'POST /api/v1/integrations/jira/test',
        valid: bare('post', '/integrations/jira/test'),
        invalid: () =>
          bare('post', '/integrations/jira/test')({ 'X-Dry-Run': 'maybe' }),
      },
      {
        op: 'POST /api/v1/integrations/confluence/config',
        valid: json('post', '/integrations/confluence/config', {
          defaultSpaceKey: 'ENG',
        }),
        invalid: json('post', '/integrations/confluence/config', {
          defaultSpaceKey: 'eng',
        }),
        probe: async () =>
          (await get('/integrations/confluence/config')).status,
      },
      {
        op: 'POST /api/v1/integrations/confluence/test',
        valid: bare('post', '/integrations/confluence/test'),
        invalid: () =>
          bare(
            'post',
            '/integrations/confluence/test',
          )({ 'X-Dry-Run': 'maybe' }),
        dryStatus: 400,
      },
      {
        op: 'POST /api/v1/integrations/jira/sync',
        valid: bare('post', '/integrations/jira/sync'),
        invalid: () =>
          bare('post', '/integrations/jira/sync')({ 'X-Dry-Run': 'maybe' }),
        dryStatus: 400,
      },
      {
        op: 'POST /api/v1/integrations/jira/tickets',
        valid: extra =>
          json('post', '/integrations/jira/tickets', { trailId: ids.trail })(
            extra,
          ),
        invalid: json('post', '/integrations/jira/tickets', { trailId: 'x' }),
        dryStatus: 400,
      },
      // Kosli CLI (v2).
      {
        op: 'PUT /api/v2/flows/{org}',
        valid: kosli('put', `/flows/${ORG}`, {
          payload: { name: 'kdry', description: '' },
        }),
        invalid: kosli('put', `/flows/${ORG}`, {
          payload: { name: '', description: '' },
        }),
        probe: async () =>
          (await backend.http.get(`${V2}/flows/${ORG}`).set(cliHeaders())).body,
      },
      {
        op: 'PUT /api/v2/flows/{org}/template_file',
        valid: kosli('put', `/flows/${ORG}/template_file`, {
          form: {
            data: { name: 'kdry-template', description: '' },
            files: [
              {
                field: 'template_file',
                fileName: 'template.yml',
                content: 'version: 1\ntrail:\n  artifacts:\n    - name: app\n',
              },
            ],
          },
        }),
        invalid: kosli('put', `/flows/${ORG}/template_file`, {
          form: {
            data: { name: 'kdry-template', description: '' },
            files: [
              {
                field: 'template_file',
                fileName: 'template.yml',
                content: 'version: [',
              },
            ],
          },
        }),
      },
      {
        op: 'PUT /api/v2/trails/{org}/{flow}',
        valid: kosli('put', `/trails/${ORG}/kflow`, {
          form: { data: { name: 'ktrail-2' } },
        }),
        invalid: kosli('put', `/trails/${ORG}/kflow`, {
          form: { data: { name: '' } },
        }),
        probe: async () =>
          (
            await backend.http
              .get(`${V2}/trails/${ORG}/kflow/ktrail-2`)
              .set(cliHeaders())
          ).status,
      },
      {
        op: 'POST /api/v2/artifacts/{org}/{flow}',
        valid: kosli('post', `/artifacts/${ORG}/kflow`, {
          payload: {
            fingerprint: sha('kosli-dry'),
            filename: 'app:2',
            trail_name: 'ktrail',
          },
        }),
        invalid: kosli('post', `/artifacts/${ORG}/kflow`, {
          payload: { fingerprint: 'x', filename: 'app', trail_name: 'ktrail' },
        }),
      },
      {
        op: 'POST /api/v2/attestations/{org}/{flow}/trail/{trail}/{type}',
        valid: kosli(
          'post',
          `/attestations/${ORG}/kflow/trail/ktrail/generic`,
          {
            form: { data: { attestation_name: 'lint', is_compliant: true } },
          },
        ),
        invalid: kosli(
          'post',
          `/attestations/${ORG}/kflow/trail/ktrail/generic`,
          { form: { data: { is_compliant: 'yes' } } },
        ),
      },
      {
        op: 'POST /api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}',
        valid: extra =>
          backend.http
            .post(
              `${V2}/attestations/${ORG}/kflow/${ids.ktrail}/${KOSLI_ARTIFACT}`,
            )
            .set({ ...ci, ...extra })
            .send({ type: 'junit', status: 'PASSED' }),
        invalid: extra =>
          backend.http
            .post(
              `${V2}/attestations/${ORG}/kflow/${ids.ktrail}/${KOSLI_ARTIFACT}`,
            )
            .set({ ...ci, ...extra })
            .send({ type: 5 }),
      },
      {
        op: 'PUT /api/v2/environments/{org}',
        valid: kosli('put', `/environments/${ORG}`, {
          payload: { name: 'kdry-env', type: 'K8S', description: '' },
        }),
        invalid: kosli('put', `/environments/${ORG}`, {
          payload: { name: 'kdry-env', type: 'mainframe', description: '' },
        }),
      },
      {
        op: 'PUT /api/v2/environments/{org}/{env}/report/{type}',
        valid: kosli('put', `/environments/${ORG}/kenv/report/K8S`, {
          payload: {
            artifacts: [
              {
                podName: 'app-1',
                namespace: 'default',
                digests: { 'acme/app:1': KOSLI_ARTIFACT },
                creationTimestamp: 1732200000,
              },
            ],
          },
        }),
        invalid: kosli('put', `/environments/${ORG}/kenv/report/K8S`, {
          payload: { artifacts: 'x' },
        }),
        probe: async () =>
          (
            await backend.http
              .get(`${V2}/snapshots/${ORG}/kenv`)
              .set(cliHeaders())
          ).status,
      },
      {
        op: 'PUT /api/v2/environments/{org}/{env}/join',
        valid: kosli('put', `/environments/${ORG}/klogical/join`, {
          payload: { physical_env_name: 'kenv-b' },
        }),
        invalid: kosli('put', `/environments/${ORG}/klogical/join`, {
          payload: { physical_env_name: 5 },
        }),
      },
      {
        op: 'PUT /api/v2/allowlists/{org}/{env}',
        valid: kosli('put', `/allowlists/${ORG}/kenv`, {
          payload: {
            artifact_fingerprint: sha('hotfix'),
            artifact_name: 'acme/hotfix:1',
            description: 'hotfix',
          },
        }),
        invalid: kosli('put', `/allowlists/${ORG}/kenv`, {
          payload: {
            artifact_fingerprint: sha('hotfix'),
            artifact_name: 'x',
            description: '',
          },
        }),
      },
      {
        // Fixed in routes/kosliApprovals.ts: the answer listed the stored approvals only.
        op: 'POST /api/v2/approvals/{org}/{flow}',
        valid: kosli('post', `/approvals/${ORG}/kflow`, {
          payload: {
            artifact_fingerprint: KOSLI_ARTIFACT,
            description: 'ship',
          },
        }),
        invalid: kosli('post', `/approvals/${ORG}/kflow`, {
          payload: { artifact_fingerprint: 'x', description: '' },
        }),
        probe: async () =>
          (
            await backend.http
              .get(`${V2}/approvals/${ORG}/kflow`)
              .set(cliHeaders())
          ).body,
      },
      {
        op: 'POST /api/v2/custom-attestation-types/{org}',
        valid: kosli('post', `/custom-attestation-types/${ORG}`, {
          form: {
            data: {
              name: 'person',
              description: 'a person',
              evaluator: { content_type: 'jq', rules: ['.age >= 18'] },
            },
            files: [
              {
                field: 'type_schema',
                fileName: 'schema.json',
                content: JSON.stringify({
                  type: 'object',
                  properties: { age: { type: 'integer' } },
                }),
              },
            ],
          },
        }),
        invalid: kosli('post', `/custom-attestation-types/${ORG}`, {
          form: { data: { name: '' } },
        }),
      },
      {
        op: 'PUT /api/v2/custom-attestation-types/{org}/{type}/archive',
        valid: kosli(
          'put',
          `/custom-attestation-types/${ORG}/retired/archive`,
          {
            payload: null,
          },
        ),
        invalid: kosli(
          'put',
          `/custom-attestation-types/${ORG}/not%20a%20name/archive`,
          { payload: null },
        ),
      },
      // Again: the create-or-update routes answer the update.
      {
        op: 'PUT /api/v2/flows/{org}',
        valid: kosli('put', `/flows/${ORG}`, {
          payload: { name: 'kflow', description: 'again' },
        }),
        invalid: kosli('put', `/flows/${ORG}`, { payload: { name: 5 } }),
      },
      {
        op: 'PUT /api/v2/trails/{org}/{flow}',
        valid: kosli('put', `/trails/${ORG}/kflow`, {
          form: { data: { name: 'ktrail', description: 'again' } },
        }),
        invalid: kosli('put', `/trails/${ORG}/kflow`, {
          form: { data: { name: 5 } },
        }),
      },
      {
        op: 'POST /api/v2/artifacts/{org}/{flow}',
        valid: kosli('post', `/artifacts/${ORG}/kflow`, {
          payload: {
            fingerprint: KOSLI_ARTIFACT,
            filename: 'app:1',
            trail_name: 'ktrail',
          },
        }),
        invalid: kosli('post', `/artifacts/${ORG}/kflow`, {
          payload: { fingerprint: KOSLI_ARTIFACT },
        }),
      },
      {
        op: 'PUT /api/v2/environments/{org}',
        valid: kosli('put', `/environments/${ORG}`, {
          payload: { name: 'kenv', type: 'K8S', description: 'again' },
        }),
        invalid: kosli('put', `/environments/${ORG}`, {
          payload: { name: 'kenv' },
        }),
      },
      {
        // An attestation with an attachment: the file is stored as its evidence.
        op: 'POST /api/v2/attestations/{org}/{flow}/trail/{trail}/{type}',
        valid: kosli('post', `/attestations/${ORG}/kflow/trail/ktrail/junit`, {
          form: {
            data: { attestation_name: 'unit', junit_results: null },
            files: [
              {
                field: 'attachment_file',
                fileName: 'junit.xml',
                content: fixture('junit', 'jest-junit.failures.xml'),
              },
            ],
          },
        }),
        invalid: kosli(
          'post',
          `/attestations/${ORG}/kflow/trail/ktrail/junit`,
          { form: { data: { attestation_name: 5 } } },
        ),
      },
      {
        op: 'POST /api/v2/attestations/{org}/{flow}/trail/{trail}/{type}',
        valid: kosli(
          'post',
          `/attestations/${ORG}/kflow/trail/ktrail/override`,
          {
            payload: {
              attestation_name: 'lint',
              reason: 'approved out-of-band',
              new_compliance_status: false,
              original_attestation_type: 'generic',
            },
          },
        ),
        invalid: kosli(
          'post',
          `/attestations/${ORG}/kflow/trail/ktrail/override`,
          { payload: { attestation_name: 5, new_compliance_status: 'no' } },
        ),
      },
      {
        // The Kosli payload on OpenFactstore's path: the artifact in the path.
        op: 'POST /api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}',
        valid: extra =>
          kosli(
            'post',
            `/attestations/${ORG}/kflow/${ids.ktrail}/${KOSLI_ARTIFACT}`,
            {
              payload: {
                attestation_name: 'app-lint',
                type: 'generic',
                is_compliant: true,
              },
            },
          )(extra),
        invalid: extra =>
          kosli(
            'post',
            `/attestations/${ORG}/kflow/${ids.ktrail}/${KOSLI_ARTIFACT}`,
            { payload: { attestation_name: 5, type: 'generic' } },
          )(extra),
      },
      {
        op: 'PUT /api/v2/flows/{org}/{name}/rename',
        valid: kosli('put', `/flows/${ORG}/kmoving/rename`, {
          payload: { new_name: 'kmoved' },
        }),
        invalid: kosli('put', `/flows/${ORG}/kmoving/rename`, {
          payload: { new_name: '' },
        }),
      },
      {
        op: 'PUT /api/v2/environments/{org}/{name}/rename',
        valid: kosli('put', `/environments/${ORG}/kenv-moving/rename`, {
          payload: { new_name: 'kenv-moved' },
        }),
        invalid: kosli('put', `/environments/${ORG}/kenv-moving/rename`, {
          payload: { new_name: '' },
        }),
      },
      {
        op: 'PUT /api/v2/flows/{org}/{flow}/archive',
        valid: kosli('put', `/flows/${ORG}/kspare/archive`, { payload: null }),
        invalid: kosli('put', `/flows/${ORG}/not%20a%20name/archive`, {
          payload: null,
        }),
      },
      {
        op: 'PUT /api/v2/environments/{org}/{env}/archive',
        valid: kosli('put', `/environments/${ORG}/kenv-spare/archive`, {
          payload: null,
        }),
        invalid: kosli('put', `/environments/${ORG}/not%20a%20name/archive`, {
          payload: null,
        }),
      },
      // Deletes and restores last: they take away what the cases above use.
      {
        op: 'DELETE /api/v1/flows/{id}',
        valid: extra => bare('delete', `/flows/${ids.goneFlow}`)(extra),
        invalid: bare('delete', '/flows/not-a-uuid'),
        probe: async () => (await get(`/flows/${ids.goneFlow}`)).body,
      },
      {
        op: 'DELETE /api/v1/flows/{id}',
        valid: extra =>
          bare('delete', `/flows/${ids.spareFlow}?archive=true`)(extra),
        invalid: bare('delete', `/flows/${NOBODY}?archive=maybe`),
        probe: async () => (await get(`/flows/${ids.spareFlow}`)).body,
      },
      {
        op: 'POST /api/v1/flows/{id}/restore',
        valid: extra => bare('post', `/flows/${ids.spareFlow}/restore`)(extra),
        invalid: bare('post', '/flows/not-a-uuid/restore'),
        probe: async () => (await get(`/flows/${ids.spareFlow}`)).body,
      },
      {
        op: 'DELETE /api/v1/environments/{id}',
        valid: extra => bare('delete', `/environments/${ids.goneEnv}`)(extra),
        invalid: bare('delete', '/environments/not-a-uuid'),
        probe: async () => (await get(`/environments/${ids.goneEnv}`)).body,
      },
      {
        op: 'DELETE /api/v1/environments/{id}',
        valid: extra =>
          bare('delete', `/environments/${ids.spareEnv}?archive=true`)(extra),
        invalid: bare('delete', `/environments/${NOBODY}?archive=maybe`),
        probe: async () => (await get(`/environments/${ids.spareEnv}`)).body,
      },
      {
        op: 'POST /api/v1/environments/{id}/restore',
        valid: extra =>
          bare('post', `/environments/${ids.spareEnv}/restore`)(extra),
        invalid: bare('post', '/environments/not-a-uuid/restore'),
        probe: async () => (await get(`/environments/${ids.spareEnv}`)).body,
      },
      {
        op: 'DELETE /api/v1/logical-environments/{id}',
        valid: extra =>
          bare(
            'delete',
            `/logical-environments/${ids.logical}?archive=true`,
          )(extra),
        invalid: bare('delete', '/logical-environments/not-a-uuid'),
        probe: async () => (await get('/logical-environments')).body,
      },
      {
        op: 'POST /api/v1/logical-environments/{id}/restore',
        valid: extra =>
          bare('post', `/logical-environments/${ids.logical}/restore`)(extra),
        invalid: bare('post', '/logical-environments/not-a-uuid/restore'),
        probe: async () => (await get('/logical-environments')).body,
      },
      {
        op: 'DELETE /api/v1/logical-environments/{id}',
        valid: extra =>
          bare('delete', `/logical-environments/${ids.logical}`)(extra),
        invalid: bare(
          'delete',
          `/logical-environments/${NOBODY}?archive=maybe`,
        ),
        probe: async () => (await get('/logical-environments')).body,
      },
      {
        op: 'DELETE /api/v1/deployment-policies/{id}',
        valid: extra =>
          bare('delete', `/deployment-policies/${ids.deploymentPolicy}`)(extra),
        invalid: bare('delete', '/deployment-policies/not-a-uuid'),
        probe: async () => (await get('/deployment-policies')).body,
      },
      {
        op: 'DELETE /api/v1/policies/{id}',
        valid: extra => bare('delete', `/policies/${ids.policy}`)(extra),
        invalid: bare('delete', '/policies/not-a-uuid'),
        probe: async () => (await get('/policies')).body,
      },
      {
        op: 'DELETE /api/v1/notification-rules/{id}',
        valid: extra =>
          bare('delete', `/notification-rules/${ids.rule}`)(extra),
        invalid: bare('delete', '/notification-rules/not-a-uuid'),
        probe: async () => (await get('/notification-rules')).body,
      },
    ];

    /**
     * Seed 002's identity routes and the Kosli SaaS-only commands answer 501 by design (what
     * replaces them is named), dry run or not: the sweep holds them to that, and to storing nothing.
     */
    const operations = spec.paths as Record<
      string,
      Record<string, { operationId?: string }>
    >;
    const notServed = specRoutes(spec).filter(route => {
      const [method, path] = route.split(' ');
      const id = operations[path]?.[method.toLowerCase()]?.operationId ?? '';
      return (
        method !== 'GET' &&
        (id.startsWith('replacedIdentity') || id.startsWith('kosliSaas'))
      );
    });
    cases.push(
      ...notServed.map((op): DryRunCase => {
        const [method, path] = op.split(' ');
        const url = `${ROOT}${path.replace(/\{(\w+)\}/g, (_, name) =>
          name === 'org' || name === 'slug' ? ORG : `${name}-1`,
        )}`;
        const verb = method.toLowerCase() as
          'post' | 'put' | 'patch' | 'delete';
        const send = (body: object) => (extra: Headers) =>
          backend.http[verb](url)
            .set({ ...jane, ...extra })
            .send(body);
        return {
          op,
          valid: send({ name: 'x' }),
          invalid: send({ name: 5 }),
          dryStatus: 501,
        };
      }),
    );

    it('covers every mutating operation of the spec', () => {
      const mutating = specRoutes(spec).filter(route =>
        /^(POST|PUT|PATCH|DELETE) /.test(route),
      );
      const covered = [...cases.map(c => c.op), ...Object.keys(NOT_COVERED)];
      expect(mutating.filter(op => !covered.includes(op))).toEqual([]);
      expect(covered.filter(op => !mutating.includes(op))).toEqual([]);
    });

    it.each(cases.map(c => [c.op, c] as const))(
      '%s: a dry run answers as the real request would and stores nothing',
      async (_op, c) => {
        const auditBefore = await auditCount();
        const probed = await c.probe?.();
        const dry = await c.valid(DRY);
        expect(answerOf(dry)).toMatch(
          c.dryStatus === undefined
            ? /^[1-4]\d\d /
            : new RegExp(`^${c.dryStatus} `),
        );
        // A refused dry run names the header.
        expect(
          c.dryStatus === 400 ? dry.body.error.message : 'headers.x-dry-run',
        ).toMatch(/headers\.x-dry-run/);
        expect(c.probe ? await c.probe() : probed).toEqual(probed);
        expect(await auditCount()).toBe(auditBefore);

        const compared = c.compare ?? c.dryStatus === undefined;
        const real = compared ? await c.valid({}) : dry;
        expect(answerOf(dry)).toMatch(new RegExp(`^${real.status} `));
        const succeeded = real.status < 300;
        expect(succeeded ? keysOf(dry.body) : null).toEqual(
          succeeded ? keysOf(real.body) : null,
        );
        if (compared && succeeded) c.keep?.(real.body);
      },
    );

    it.each(cases.map(c => [c.op, c] as const))(
      '%s: an invalid request with a dry run is a 4xx',
      async (_op, c) => {
        const auditBefore = await auditCount();
        const res = await c.invalid(DRY);
        expect(answerOf(res)).toMatch(
          c.dryStatus === 501 ? /^501 / : /^4\d\d /,
        );
        expect(await auditCount()).toBe(auditBefore);
      },
    );
  },
);
