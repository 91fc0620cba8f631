import * as k8s from '@kubernetes/client-node';
import { localTls } from '@fawkes/test-kit';
import { Writer } from 'protobufjs';
import { KubernetesSimulator } from './KubernetesSimulator';

/*
 * What client-go based tools (helm, kubectl) need beyond @kubernetes/client-node's calls: https,
 * OpenAPI v3 documents that say the server validates fields, and protobuf request bodies.
 */

// Kubernetes' protobuf framing: magic, then runtime.Unknown { typeMeta = 1 { apiVersion, kind }; raw = 2 }.
function protobufBody(
  apiVersion: string,
  kind: string,
  raw: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const typeMeta = Writer.create()
    .uint32(10)
    .string(apiVersion)
    .uint32(18)
    .string(kind)
    .finish();
  const unknown = Writer.create()
    .uint32(10)
    .bytes(typeMeta)
    .uint32(18)
    .bytes(raw)
    .finish();
  return Uint8Array.from(
    Buffer.concat([Buffer.from('k8s\0', 'latin1'), unknown]),
  );
}

const mapEntry = (key: string, value: string | Uint8Array) => {
  const w = Writer.create().uint32(10).string(key).uint32(18);
  return (
    typeof value === 'string' ? w.string(value) : w.bytes(value)
  ).finish();
};

/** A Secret as client-go encodes it: Go writes empty strings for unset ObjectMeta fields. */
function secretMessage(): Uint8Array {
  const meta = Writer.create()
    .uint32(10)
    .string('sh.helm.release.v1.demo.v1')
    .uint32(18)
    .string('')
    .uint32(26)
    .string('')
    .uint32(90)
    .bytes(mapEntry('owner', 'helm'))
    .uint32(90)
    .bytes(mapEntry('status', 'deployed'))
    .finish();
  return Writer.create()
    .uint32(10)
    .bytes(meta)
    .uint32(18)
    .bytes(mapEntry('release', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff])))
    .uint32(26)
    .string('helm.sh/release.v1')
    .finish();
}

describe('KubernetesSimulator for client-go tools: https', () => {
  const tls = localTls();
  const sim = new KubernetesSimulator({ tls });
  let base: string;

  beforeAll(async () => {
    base = await sim.start();
  });
  afterAll(() => sim.stop());

  it('serves https with the given certificate, which its kubeconfig trusts', async () => {
    expect(base).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const kc = new k8s.KubeConfig();
    kc.loadFromOptions(sim.kubeConfigOptions());
    expect(kc.getCurrentCluster()?.caData).toBe(
      Buffer.from(tls.cert).toString('base64'),
    );
    expect(kc.getCurrentCluster()?.skipTLSVerify).toBeFalsy();
    const namespaces = await kc.makeApiClient(k8s.CoreV1Api).listNamespace();
    expect(namespaces.items.map(n => n.metadata?.name)).toContain('default');
    expect(sim.clusterConfig('local')).toMatchObject({
      url: base,
      caData: Buffer.from(tls.cert).toString('base64'),
    });
    expect(sim.clusterConfig('local')).not.toHaveProperty('skipTLSVerify');
  });
});

describe('KubernetesSimulator for client-go tools: OpenAPI v3, protobuf bodies, streaming lists, server-side apply', () => {
  const sim = new KubernetesSimulator();
  let base: string;
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${sim.adminToken}`, ...init.headers },
    });

  beforeAll(async () => {
    base = await sim.start();
  });
  afterAll(() => sim.stop());

  it('lists a document per group version, each saying that PATCH of every kind takes fieldValidation', async () => {
    const root = await (await send('/openapi/v3')).json();
    expect(root.paths['api/v1'].serverRelativeURL).toMatch(
      /^\/openapi\/v3\/api\/v1\?hash=[0-9a-f]{32}$/,
    );
    expect(root.paths['apis/apps/v1'].serverRelativeURL).toMatch(
      /^\/openapi\/v3\/apis\/apps\/v1\?hash=/,
    );
    const apps = await (
      await send(root.paths['apis/apps/v1'].serverRelativeURL)
    ).json();
    const patch =
      apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}']
        .patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
    });
    expect(patch.parameters).toContainEqual({
      name: 'fieldValidation',
      in: 'query',
      schema: { type: 'string' },
    });
    const core = await (await send('/openapi/v3/api/v1')).json();
    expect(
      core.paths['/api/v1/namespaces/{name}'].patch[
        'x-kubernetes-group-version-kind'
      ],
    ).toEqual({ group: '', version: 'v1', kind: 'Namespace' });
    expect((await send('/openapi/v3/apis/nothing.example/v1')).status).toBe(
      404,
    );
  });

  it('publishes the group version of a newly defined custom resource, with a new hash', async () => {
    const before = await (await send('/openapi/v3')).json();
    expect(before.paths['apis/example.com/v1']).toBeUndefined();
    sim.seed([
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'widgets.example.com' },
        spec: {
          group: 'example.com',
          scope: 'Namespaced',
          names: { kind: 'Widget', plural: 'widgets' },
          versions: [{ name: 'v1', served: true }],
        },
      },
    ]);
    const after = await (await send('/openapi/v3')).json();
    expect(after.paths['apis/example.com/v1'].serverRelativeURL).toMatch(
      /hash=/,
    );
  });

  it('stores a Secret sent in protobuf as the same object in JSON', async () => {
    const res = await send('/api/v1/namespaces/default/secrets', {
      method: 'POST',
      headers: {
        'content-type': 'application/vnd.kubernetes.protobuf',
        accept: 'application/vnd.kubernetes.protobuf,application/json',
      },
      body: protobufBody('v1', 'Secret', secretMessage()),
    });
    expect(res.status).toBe(201);
    const stored = sim.store.get(
      sim.types.find('v1', 'secrets')!,
      'default',
      'sh.helm.release.v1.demo.v1',
    );
    expect(stored.metadata).toMatchObject({
      name: 'sh.helm.release.v1.demo.v1',
      namespace: 'default',
      labels: { owner: 'helm', status: 'deployed' },
    });
    expect(stored.metadata).not.toHaveProperty('generateName');
    expect(stored.type).toBe('helm.sh/release.v1');
    expect(stored.data.release).toBe(
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff]).toString('base64'),
    );
  });

  it('refuses protobuf of a kind it cannot decode with 415, and a broken body with 400', async () => {
    const pod = await send('/api/v1/namespaces/default/pods', {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
      body: protobufBody('v1', 'Pod', new Uint8Array()),
    });
    expect(pod.status).toBe(415);
    expect((await pod.json()).message).toContain(
      'send v1 Pod as application/json',
    );
    const broken = await send('/api/v1/namespaces/default/secrets', {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
      body: Uint8Array.from(Buffer.from('k8s\0\x0a\xff\xff', 'latin1')),
    });
    expect(broken.status).toBe(400);
    const noMagic = await send('/api/v1/namespaces/default/secrets', {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
      body: '{}',
    });
    expect(noMagic.status).toBe(400);
  });

  it('answers a streaming list (sendInitialEvents) with the objects, then the bookmark that ends them', async () => {
    sim.seed([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'listed', namespace: 'stream' },
        data: { a: 'b' },
      },
    ]);
    const res = await send(
      '/api/v1/namespaces/stream/configmaps?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=1',
    );
    expect(res.status).toBe(200);
    const events = (await res.text())
      .trim()
      .split('\n')
      .map(line => JSON.parse(line));
    expect(events.map(e => [e.type, e.object.metadata.name])).toEqual([
      ['ADDED', 'listed'],
      ['BOOKMARK', undefined],
    ]);
    expect(events[1].object).toMatchObject({
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: { annotations: { 'k8s.io/initial-events-end': 'true' } },
    });
    expect(
      Number(events[1].object.metadata.resourceVersion),
    ).toBeGreaterThanOrEqual(Number(events[0].object.metadata.resourceVersion));

    const unbounded = await send(
      '/api/v1/namespaces/stream/configmaps?watch=true&sendInitialEvents=true',
    );
    expect(unbounded.status).toBe(422);
    expect((await unbounded.json()).message).toContain(
      'resourceVersionMatch to NotOlderThan',
    );
  });

  it('leaves the stored object alone when a dry-run or refused apply would drop fields', async () => {
    const apply = (body: object, query = '') =>
      send(
        `/api/v1/namespaces/default/configmaps/applied?fieldManager=tester${query}`,
        {
          method: 'PATCH',
          headers: { 'content-type': 'application/apply-patch+yaml' },
          body: JSON.stringify({
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'applied' },
            ...body,
          }),
        },
      );
    expect((await apply({ data: { a: '1', b: '2' } })).status).toBe(201);
    const stored = await (
      await send('/api/v1/namespaces/default/configmaps/applied')
    ).json();
    expect((await apply({}, '&dryRun=All')).status).toBe(200);
    expect(
      (await apply({ metadata: { name: 'applied', resourceVersion: '1' } }))
        .status,
    ).toBe(409);
    const after = await (
      await send('/api/v1/namespaces/default/configmaps/applied')
    ).json();
    expect(after.data).toEqual({ a: '1', b: '2' });
    expect(
      sim.store.get(sim.types.find('v1', 'configmaps')!, 'default', 'applied')
        .data,
    ).toEqual({ a: '1', b: '2' });
    expect(after.metadata.resourceVersion).toBe(
      stored.metadata.resourceVersion,
    );
    expect((await (await apply({})).json()).data).toBeUndefined();
  });

  it('keeps a field another manager changed when the applier drops it, and takes edited managedFields as sent', async () => {
    const path = '/api/v1/namespaces/default/configmaps/shared';
    const apply = (data: object) =>
      send(`${path}?fieldManager=applier`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/apply-patch+yaml' },
        body: JSON.stringify({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'shared' },
          data,
        }),
      });
    expect((await apply({ a: '1', b: '1' })).status).toBe(201);
    const edited = await send(`${path}?fieldManager=editor`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ data: { b: '2' } }),
    });
    expect(
      (await edited.json()).metadata.managedFields.map((f: any) => [
        f.manager,
        f.operation,
        f.fieldsV1,
      ]),
    ).toEqual([
      ['applier', 'Apply', { 'f:data': { 'f:a': {}, 'f:b': {} } }],
      ['editor', 'Update', { 'f:data': { 'f:b': {} } }],
    ]);
    expect((await (await apply({})).json()).data).toEqual({ b: '2' });

    const handedOver = [
      {
        manager: 'applier',
        operation: 'Apply',
        apiVersion: 'v1',
        time: '2026-01-01T00:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:data': { 'f:b': {} } },
      },
    ];
    const patched = await send(`${path}?fieldManager=upgrader`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json-patch+json' },
      body: JSON.stringify([
        { op: 'replace', path: '/metadata/managedFields', value: handedOver },
      ]),
    });
    expect((await patched.json()).metadata.managedFields).toEqual(handedOver);
    // The applier owns b now: applying an empty map removes it.
    expect((await (await apply({})).json()).data).toEqual({});
  });
});
