import {
  changedFieldSet,
  fieldSetOf,
  mergeFieldSets,
  removeDroppedFields,
} from './appliedFields';

describe('server-side apply field ownership', () => {
  it('owns what a configuration sets, lists whole, never identity or status', () => {
    expect(
      fieldSetOf({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c', namespace: 'n', labels: { a: 'b' } },
        data: { x: '1' },
        spec: { ports: [{ port: 80 }], empty: {} },
        status: { phase: 'x' },
      }),
    ).toEqual({
      'f:metadata': { 'f:labels': { 'f:a': {} } },
      'f:data': { 'f:x': {} },
      'f:spec': { 'f:ports': {}, 'f:empty': {} },
    });
  });

  it('removes what the manager no longer applies, keeping what another manager owns', () => {
    const object = {
      data: { kept: '1', dropped: '2', shared: '3' },
      extra: { only: 'x' },
      other: 'y',
    };
    const before = fieldSetOf({
      data: { kept: '1', dropped: '2', shared: '3' },
      extra: { only: 'x' },
    });
    const after = fieldSetOf({ data: { kept: '1' } });
    removeDroppedFields(object, before, after, [
      fieldSetOf({ data: { shared: '3' } }),
    ]);
    expect(object).toEqual({ data: { kept: '1', shared: '3' }, other: 'y' });
  });

  it('never reaches Object.prototype through a __proto__ field', () => {
    const applied = JSON.parse(
      '{"data":{"a":"1"},"__proto__":{"hasOwnProperty":"x"}}',
    );
    expect(fieldSetOf(applied)).toEqual({ 'f:data': { 'f:a': {} } });
    const object = JSON.parse('{"data":{"a":"1"}}');
    removeDroppedFields(
      object,
      { 'f:__proto__': { 'f:hasOwnProperty': {} } },
      {},
      [],
    );
    expect(typeof Object.prototype.hasOwnProperty).toBe('function');
    expect(object).toEqual({ data: { a: '1' } });
  });

  it('gives a plain write the fields it set or changed, and merges field sets', () => {
    expect(
      changedFieldSet(
        { data: { a: '1' }, spec: { x: [1] } },
        {
          data: { a: '1', b: '2' },
          spec: { x: [1, 2] },
          metadata: { name: 'n' },
        },
      ),
    ).toEqual({ 'f:data': { 'f:b': {} }, 'f:spec': { 'f:x': {} } });
    expect(
      mergeFieldSets(
        { 'f:data': { 'f:a': {} } },
        { 'f:data': { 'f:b': {} }, 'f:spec': {} },
      ),
    ).toEqual({ 'f:data': { 'f:a': {}, 'f:b': {} }, 'f:spec': {} });
  });
});
