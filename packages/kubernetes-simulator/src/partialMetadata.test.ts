import { KubernetesSimulator } from './KubernetesSimulator';

describe('lists of object metadata only (PartialObjectMetadataList)', () => {
  const sim = new KubernetesSimulator();
  beforeAll(async () => {
    await sim.start();
    sim.seed(
      [1, 2, 3].map(i => ({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          name: `s${i}`,
          namespace: 'meta',
          labels: { owner: i < 3 ? 'helm' : 'other' },
        },
        data: { release: Buffer.from('x'.repeat(1000)).toString('base64') },
      })),
    );
  });
  afterAll(() => sim.stop());

  const list = (query: string, accept?: string) =>
    fetch(`${sim.url}/api/v1/namespaces/meta/secrets?${query}`, {
      headers: {
        Authorization: `Bearer ${sim.adminToken}`,
        ...(accept ? { Accept: accept } : {}),
      },
    });

  it('answers metadata without data when asked as the real server does, honouring selectors and pages', async () => {
    const res = await list(
      'labelSelector=owner%3Dhelm&limit=1',
      'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json',
    );
    expect(res.headers.get('content-type')).toContain(
      'as=PartialObjectMetadataList',
    );
    const first = await res.json();
    expect(first.kind).toBe('PartialObjectMetadataList');
    expect(first.items).toEqual([
      {
        kind: 'PartialObjectMetadata',
        apiVersion: 'meta.k8s.io/v1',
        metadata: expect.objectContaining({
          name: 's1',
          labels: { owner: 'helm' },
        }),
      },
    ]);
    const next = await (
      await list(
        `labelSelector=owner%3Dhelm&limit=1&continue=${first.metadata.continue}`,
        'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
      )
    ).json();
    expect(next.items.map((i: any) => i.metadata.name)).toEqual(['s2']);
    expect(next.metadata.continue).toBeUndefined();
  });

  it('still answers whole objects to a plain list', async () => {
    const body = await (await list('labelSelector=owner%3Dhelm')).json();
    expect(body.kind).toBe('SecretList');
    expect(body.items[0].data.release).toBeDefined();
  });

  it("watches metadata only when asked, from a list's resourceVersion, as metadata informers do", async () => {
    const listed = await (
      await list(
        'labelSelector=owner%3Dhelm',
        'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
      )
    ).json();
    const controller = new AbortController();
    const res = await fetch(
      `${sim.url}/api/v1/secrets?watch=true&labelSelector=owner%3Dhelm&resourceVersion=${listed.metadata.resourceVersion}`,
      {
        headers: {
          Authorization: `Bearer ${sim.adminToken}`,
          Accept:
            'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json',
        },
        signal: controller.signal,
      },
    );
    expect(res.status).toBe(200);
    sim.seed([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          name: 's4',
          namespace: 'meta',
          labels: { owner: 'helm', version: '4' },
        },
        data: { release: Buffer.from('y'.repeat(1000)).toString('base64') },
      },
    ]);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const event = JSON.parse(text.split('\n')[0]);
    expect(event).toEqual({
      type: 'ADDED',
      object: {
        kind: 'PartialObjectMetadata',
        apiVersion: 'meta.k8s.io/v1',
        metadata: expect.objectContaining({
          name: 's4',
          namespace: 'meta',
          labels: { owner: 'helm', version: '4' },
        }),
      },
    });
    expect(JSON.stringify(event)).not.toContain('release');
  });
});
