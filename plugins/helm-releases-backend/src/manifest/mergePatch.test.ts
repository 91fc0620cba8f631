import { threeWayJsonMergePatch } from './mergePatch';

describe('threeWayJsonMergePatch', () => {
  it('sends what differs from the live object and nulls what the previous revision set and the target drops', () => {
    const original = {
      metadata: { name: 'a', labels: { tier: 'web', old: 'x' } },
      spec: { size: 1, gone: true },
    };
    const modified = {
      metadata: { name: 'a', labels: { tier: 'api' } },
      spec: { size: 1, ports: [1, 2] },
    };
    const current = {
      metadata: {
        name: 'a',
        uid: 'u',
        labels: { tier: 'web', old: 'x', added: 'live' },
      },
      spec: { size: 3, gone: true },
      status: { ready: true },
    };
    expect(threeWayJsonMergePatch(original, modified, current)).toEqual({
      metadata: { labels: { tier: 'api', old: null } },
      spec: { size: 1, ports: [1, 2], gone: null },
    });
  });

  it('leaves alone fields only the live object has, and sends nothing when the live object already matches', () => {
    const modified = { spec: { replicas: 2 } };
    const current = {
      spec: { replicas: 2, paused: false },
      metadata: { annotations: { 'someone/else': 'x' } },
    };
    expect(threeWayJsonMergePatch(modified, modified, current)).toEqual({});
  });

  it('replaces a list whole when it differs from the live one', () => {
    const modified = { spec: { items: [{ name: 'a', v: 2 }] } };
    const current = {
      spec: { items: [{ name: 'a', v: 1 }, { name: 'injected' }] },
    };
    expect(threeWayJsonMergePatch(modified, modified, current)).toEqual({
      spec: { items: [{ name: 'a', v: 2 }] },
    });
  });

  it('computes no deletions without a previous revision of the object, and sends an explicitly empty map', () => {
    const patch = threeWayJsonMergePatch(
      undefined,
      { data: { a: '1' }, extra: {} },
      { data: { b: '2' } },
    );
    expect(patch).toEqual({ data: { a: '1' }, extra: {} });
  });
});
