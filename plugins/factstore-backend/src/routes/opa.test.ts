import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { createHash } from 'node:crypto';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create as createTar } from 'tar';
import { factstorePlugin } from '../plugin';

const databases = createTestDatabases();
jest.setTimeout(120_000);
const API = '/api/factstore/api/v1';
const jane = authHeaders.user('user:default/jane');
const ci = authHeaders.service('factstore', 'external:ci');
const sha = (seed: string) => createHash('sha256').update(seed).digest('hex');

/** A tar.gz OPA bundle made of these files, as `opa build` lays one out. */
async function bundle(files: Record<string, string | Buffer>): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'opa-bundle-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const out = join(dir, '..', `${dir.split('/').pop()}.tar.gz`);
    await createTar(
      { gzip: true, cwd: dir, file: out, portable: true },
      Object.keys(files),
    );
    const bytes = readFileSync(out);
    rmSync(out);
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DEPLOY_REGO = `package factstore.deploy

default allow := false

allow if count(violations) == 0

violations contains msg if {
  input.artifact == null
  msg := "the artifact was never reported"
}
`;

/**
 * An OPA server for tests: the documented REST API wire format (Policy API PUT/DELETE
 * /v1/policies/{id}, Data API PUT and POST /v1/data/{path}). It does not evaluate Rego: each test
 * scripts what a query answers, and a query only reaches its script while a loaded module
 * declares that package, as on a real server.
 */
class OpaDouble {
  readonly modules = new Map<string, string>();
  readonly data = new Map<string, unknown>();
  readonly queries: Array<{ path: string; body: any; authorization?: string }> =
    [];
  decide: (
    path: string,
    input: any,
  ) => { status: number; body: unknown } | 'hang' = () => ({
    status: 200,
    body: {},
  });
  /** OPA's compile errors for a module, or none when it compiles. */
  compileErrors: (source: string) => unknown[] | undefined = () => undefined;
  private server!: Server;
  url = '';

  async start() {
    this.server = createServer(async (req, res) => {
      const body = await read(req);
      const url = new URL(req.url!, 'http://opa');
      const reply = (status: number, json?: unknown) => {
        res.writeHead(
          status,
          json === undefined ? {} : { 'Content-Type': 'application/json' },
        );
        res.end(json === undefined ? undefined : JSON.stringify(json));
      };
      const policyId = decodeURIComponent(
        url.pathname.replace(/^\/v1\/policies\//, ''),
      );
      if (url.pathname.startsWith('/v1/policies/') && req.method === 'PUT') {
        const errors = this.compileErrors(body);
        if (errors)
          return reply(400, {
            code: 'invalid_parameter',
            message: 'error(s) occurred while compiling module(s)',
            errors,
          });
        this.modules.set(policyId, body);
        return reply(200, {});
      }
      if (url.pathname.startsWith('/v1/policies/') && req.method === 'DELETE') {
        if (!this.modules.delete(policyId))
          return reply(404, {
            code: 'resource_not_found',
            message: `storage_not_found_error: policy id "${policyId}"`,
          });
        return reply(200, {});
      }
      const dataPath = url.pathname.replace(/^\/v1\/data\/?/, '');
      if (url.pathname.startsWith('/v1/data') && req.method === 'PUT') {
        this.data.set(dataPath, JSON.parse(body));
        return reply(204);
      }
      if (url.pathname.startsWith('/v1/data') && req.method === 'POST') {
        const parsed = JSON.parse(body);
        this.queries.push({
          path: dataPath,
          body: parsed,
          authorization: req.headers.authorization,
        });
        const loaded = [...this.modules.values()].some(m =>
          new RegExp(`^package ${dataPath.replace(/\//g, '\\.')}\\b`, 'm').test(
            m,
          ),
        );
        if (!loaded) return reply(200, {});
        const answer = this.decide(dataPath, parsed.input);
        if (answer === 'hang') return undefined; // never answers
        return reply(answer.status, answer.body);
      }
      return reply(404, { code: 'resource_not_found', message: 'not found' });
    });
    await new Promise<void>(resolve =>
      this.server.listen(0, '127.0.0.1', resolve),
    );
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop() {
    this.server.closeAllConnections();
    return new Promise(resolve => this.server.close(resolve));
  }
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise(resolve => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe.each(databases.eachSupportedId())(
  'factstore OPA bundles on %s',
  databaseId => {
    let backend: PluginBackend;
    let withoutOpa: PluginBackend;
    const opa = new OpaDouble();

    beforeAll(async () => {
      await opa.start();
      backend = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        config: {
          factstore: {
            opa: { url: opa.url, token: 'opa-secret', timeoutMs: 500 },
          },
        },
      });
      withoutOpa = await startPluginBackend({ features: [factstorePlugin] });
    });
    afterAll(async () => {
      await backend.stop();
      await withoutOpa.stop();
      await opa.stop();
    });

    const upload = (
      target: PluginBackend,
      bytes: Buffer,
      fields: Record<string, string> = {},
    ) => {
      let request = target.http.post(`${API}/opa/bundles`).set(jane);
      for (const [k, v] of Object.entries(fields))
        request = request.field(k, v);
      return request.attach('bundle', bytes, 'bundle.tar.gz');
    };
    const post = (path: string, body: object, headers = jane) =>
      backend.http.post(`${API}${path}`).set(headers).send(body);
    const get = (path: string) => backend.http.get(`${API}${path}`).set(jane);

    it('refuses at upload a bundle that nothing here can evaluate, saying why, and stores nothing', async () => {
      const rego = await bundle({ 'policy.rego': DEPLOY_REGO });
      const noServer = await upload(withoutOpa, rego);
      expect(noServer.status).toBe(400);
      expect(noServer.body.error.message).toMatch(
        /no policy\.wasm and factstore\.opa\.url is not configured.*opa build -t wasm/,
      );
      const notGzip = await upload(withoutOpa, Buffer.from('package x'));
      expect(notGzip.status).toBe(400);
      expect(notGzip.body.error.message).toMatch(/not a gzip file/);
      const empty = await upload(
        withoutOpa,
        await bundle({ 'README.md': 'nothing' }),
      );
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toMatch(
        /neither policy\.wasm nor any \.rego/,
      );
      const garbageWasm = await upload(
        withoutOpa,
        await bundle({ 'policy.wasm': Buffer.from('not wasm at all') }),
      );
      expect(garbageWasm.status).toBe(400);
      expect(garbageWasm.body.error.message).toMatch(
        /not an OPA-compiled policy/,
      );
      // A valid WebAssembly module that is not an OPA policy: no OPA ABI exports.
      const emptyModule = await upload(
        withoutOpa,
        await bundle({ 'policy.wasm': Buffer.from('0061736d01000000', 'hex') }),
      );
      expect(emptyModule.status).toBe(400);
      expect(emptyModule.body.error.message).toMatch(
        /not an OPA-compiled policy/,
      );
      const json = await withoutOpa.http
        .post(`${API}/opa/bundles`)
        .set(jane)
        .send({ regoContent: 'x' });
      expect(json.status).toBe(400);
      expect(json.body.error.message).toMatch(/multipart/);
      expect(
        (await withoutOpa.http.get(`${API}/opa/bundles`).set(jane)).body,
      ).toEqual([]);
    });

    it('uploads, activates (loading the modules on the OPA server) and refuses a module OPA does not compile, with its line and column', async () => {
      const v1 = await upload(
        backend,
        await bundle({
          '.manifest': JSON.stringify({ revision: 'v1', roots: ['factstore'] }),
          'policy.rego': DEPLOY_REGO,
          'factstore/data.json': JSON.stringify({
            registries: ['ghcr.io/acme'],
          }),
        }),
        { name: 'deploy-rules', version: '1.0.0' },
      );
      expect(v1.status).toBe(201);
      expect(v1.body).toMatchObject({
        name: 'deploy-rules',
        version: '1.0.0',
        revision: 'v1',
        status: 'INACTIVE',
        engine: 'opa-server',
        entrypoints: ['factstore/deploy'],
        regoFiles: [{ path: 'policy.rego', package: 'factstore/deploy' }],
      });
      expect(opa.modules.size).toBe(0);
      const fetched = await get(`/opa/bundles/${v1.body.id}`);
      expect(fetched.body.regoContent).toContain('package factstore.deploy');

      const activated = await backend.http
        .put(`${API}/opa/bundles/${v1.body.id}/activate`)
        .set(jane);
      expect(activated.status).toBe(200);
      expect(activated.body.status).toBe('ACTIVE');
      expect([...opa.modules.keys()]).toEqual([
        `factstore/${v1.body.id}/policy.rego`,
      ]);
      expect(opa.data.get('factstore')).toEqual({
        registries: ['ghcr.io/acme'],
      });

      opa.compileErrors = source =>
        source.includes('allow if input.artifact.nme')
          ? [
              {
                code: 'rego_type_error',
                message: 'undefined ref: input.artifact.nme',
                location: { file: 'factstore/x/policy.rego', row: 3, col: 10 },
              },
            ]
          : undefined;
      const broken = await upload(
        backend,
        await bundle({
          'policy.rego':
            'package factstore.deploy\n\nallow if input.artifact.nme == "x"\n',
        }),
        { activate: 'true' },
      );
      expect(broken.status).toBe(400);
      expect(broken.body.error.message).toMatch(
        /policy\.rego:3:10: rego_type_error: undefined ref/,
      );
      expect((await get('/opa/bundles')).body).toHaveLength(1);
      // The active bundle's modules are back on the server.
      expect([...opa.modules.keys()]).toEqual([
        `factstore/${v1.body.id}/policy.rego`,
      ]);
      expect((await get(`/opa/bundles/${v1.body.id}`)).body.status).toBe(
        'ACTIVE',
      );
      opa.compileErrors = () => undefined;

      const v2 = await upload(
        backend,
        await bundle({ 'policy.rego': DEPLOY_REGO }),
        {
          name: 'deploy-rules',
          version: '2.0.0',
          activate: 'true',
        },
      );
      expect(v2.status).toBe(201);
      expect(v2.body.status).toBe('ACTIVE');
      expect([...opa.modules.keys()]).toEqual([
        `factstore/${v2.body.id}/policy.rego`,
      ]);
      expect((await get(`/opa/bundles/${v1.body.id}`)).body.status).toBe(
        'INACTIVE',
      );
      expect(
        (await get('/opa/bundles')).body.filter(
          (b: any) => b.status === 'ACTIVE',
        ),
      ).toHaveLength(1);
      expect(
        (
          await backend.http
            .put(
              `${API}/opa/bundles/00000000-0000-4000-8000-000000000000/activate`,
            )
            .set(jane)
        ).status,
      ).toBe(404);
    });

    it('a Rego policy attached to an environment decides the gate through the OPA Data API, every violation listed', async () => {
      opa.decide = (_path, input) => ({
        status: 200,
        body: {
          decision_id: 'abc',
          result: {
            allow:
              input.artifact !== null &&
              input.attestations.every((a: any) => a.status === 'PASSED'),
            violations: [
              ...(input.artifact === null
                ? ['the artifact was never reported']
                : []),
              ...input.attestations
                .filter((a: any) => a.status !== 'PASSED')
                .map((a: any) => `${a.type} is ${a.status}`),
            ],
          },
        },
      });
      const policy = await post('/policies', {
        name: 'rego-deploy',
        language: 'rego',
        entrypoint: 'data.factstore.deploy',
      });
      expect(policy.status).toBe(201);
      expect(policy.body.entrypoint).toBe('factstore/deploy');
      const env = (
        await post('/environments', { name: 'rego-prod', type: 'K8S' })
      ).body;
      await post('/policy-attachments', {
        policyId: policy.body.id,
        environmentId: env.id,
      });

      const flow = (await post('/flows', { name: 'rego-flow' })).body;
      const trail = (
        await post('/trails', { flowId: flow.id, name: 'run' }, ci)
      ).body;
      const digest = sha('rego-artifact');
      await post(
        `/trails/${trail.id}/artifacts`,
        { name: 'app', sha256Digest: digest },
        ci,
      );
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'junit', status: 'FAILED' },
        ci,
      );
      await post(
        `/trails/${trail.id}/attestations`,
        { type: 'trivy', status: 'FAILED' },
        ci,
      );

      const before = opa.queries.length;
      const gate = await post('/gate/evaluate', {
        sha256Digest: digest,
        environmentId: env.id,
      });
      expect(gate.body.allowed).toBe(false);
      expect(gate.body.policyDecisions[0]).toMatchObject({
        allow: false,
        violations: ['junit is FAILED', 'trivy is FAILED'],
      });
      const query = opa.queries[before];
      expect(query.path).toBe('factstore/deploy');
      expect(query.authorization).toBe('Bearer opa-secret');
      expect(query.body.input).toMatchObject({
        artifact: { sha256: digest },
        environment: { name: 'rego-prod' },
        attestations: [{ type: 'junit' }, { type: 'trivy' }],
      });
      const decision = (
        await get(`/opa/decisions/${gate.body.policyDecisions[0].decisionId}`)
      ).body;
      expect(decision).toMatchObject({
        engine: 'opa-server',
        language: 'rego',
        entrypoint: 'factstore/deploy',
      });

      const unknown = await post('/gate/evaluate', {
        sha256Digest: sha('never'),
        environmentId: env.id,
      });
      expect(unknown.body.policyDecisions[0].violations).toEqual([
        'the artifact was never reported',
      ]);
    });

    it('POST /opa/evaluate stores the decision; undefined, server errors, time-outs and an unreachable server are denies with their reason', async () => {
      opa.decide = (_path, input) => ({
        status: 200,
        body: {
          result: {
            allow: input.approvalStatus === 'APPROVED',
            violations: [],
          },
        },
      });
      const allowed = await post('/opa/evaluate', {
        artifactName: 'app',
        approvalStatus: 'APPROVED',
      });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toMatchObject({
        allow: true,
        resultAllow: true,
        denyReasons: [],
        entrypoint: 'factstore/deploy',
        source: 'opa-evaluate',
      });
      expect(JSON.parse(allowed.body.inputJson)).toMatchObject({
        artifactName: 'app',
      });
      const notAllowed = await post('/opa/evaluate', {
        input: { approvalStatus: 'PENDING' },
      });
      expect(notAllowed.body).toMatchObject({
        allow: false,
        violations: ['factstore/deploy.allow is false'],
      });

      opa.decide = () => ({ status: 200, body: {} });
      const undef = await post('/opa/evaluate', { input: {} });
      expect(undef.body).toMatchObject({
        allow: false,
        violations: [expect.stringMatching(/factstore\/deploy is undefined/)],
      });

      opa.decide = () => ({
        status: 500,
        body: {
          code: 'internal_error',
          message:
            '1 error occurred: policy.rego:7: eval_conflict_error: complete rules must not produce multiple outputs',
        },
      });
      const conflict = await post('/opa/evaluate', { input: {} });
      expect(conflict.body.allow).toBe(false);
      expect(conflict.body.error).toMatch(
        /answered 500 internal_error: .*eval_conflict_error/,
      );

      opa.decide = () => 'hang';
      const slow = await post('/opa/evaluate', { input: {} });
      expect(slow.body.allow).toBe(false);
      expect(slow.body.error).toMatch(/did not answer within 500 ms/);

      const listed = (await get('/opa/decisions?limit=200')).body.map(
        (d: any) => d.id,
      );
      for (const d of [allowed, notAllowed, undef, conflict, slow])
        expect(listed).toContain(d.body.id);
      expect(
        (await get(`/ledger/entries/${slow.body.id}`)).body.eventType,
      ).toBe('POLICY_DECISION_RECORDED');
      expect(
        (await get('/opa/decisions/00000000-0000-4000-8000-000000000000'))
          .status,
      ).toBe(404);
      expect(
        (await post('/opa/evaluate', { input: {}, sha256Digest: sha('a') }))
          .status,
      ).toBe(400);

      // The OPA server is gone: the decision is still a deny, never an allow or a 500.
      await opa.stop();
      const down = await post('/opa/evaluate', { input: {} });
      expect(down.status).toBe(200);
      expect(down.body).toMatchObject({ allow: false });
      expect(down.body.error).toMatch(/could not be reached|did not answer/);
      await opa.start();
    });
  },
);
