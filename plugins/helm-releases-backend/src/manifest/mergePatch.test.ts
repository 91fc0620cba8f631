import { threeWayMergePatch } from './mergePatch';

describe('threeWayMergePatch', () => {
  it('sets every target field and nulls what the previous revision set and the target dropped', () => {
    const previous = { metadata: { name: 'a', labels: { tier: 'web', old: 'x' } }, data: { a: '1', gone: '2' } };
    const target = { metadata: { name: 'a', labels: { tier: 'api' } }, data: { a: '3' }, spec: { ports: [1, 2] } };
    expect(threeWayMergePatch(previous, target)).toEqual({
      metadata: { name: 'a', labels: { tier: 'api', old: null } },
      data: { a: '3', gone: null },
      spec: { ports: [1, 2] },
    });
  });

  it('leaves alone fields neither revision set (owned by controllers or defaulting)', () => {
    const patch = threeWayMergePatch({ spec: { replicas: 2 } }, { spec: { replicas: 3 } }) as any;
    expect(Object.keys(patch.spec)).toEqual(['replicas']);
    expect(patch.status).toBeUndefined();
  });

  it('copies the target when there is no previous revision of the object', () => {
    expect(threeWayMergePatch(undefined, { data: { a: '1' } })).toEqual({ data: { a: '1' } });
  });
});
