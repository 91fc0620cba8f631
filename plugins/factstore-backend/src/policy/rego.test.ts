import { interpretRegoAnswer } from './rego';

describe('reading a Rego answer as a decision', () => {
  const read = (result: unknown) =>
    interpretRegoAnswer('factstore/deploy', { defined: true, result });

  it('an object with allow and violations: allowed only when allow is true and nothing is listed', () => {
    expect(read({ allow: true, violations: [] })).toEqual({
      allow: true,
      violations: [],
    });
    expect(read({ allow: true, violations: ['a', 'b'] })).toEqual({
      allow: false,
      violations: ['a', 'b'],
    });
    expect(read({ allow: false, violations: [] })).toEqual({
      allow: false,
      violations: ['factstore/deploy.allow is false'],
    });
    expect(read({ allow: 'yes' })).toEqual({
      allow: false,
      violations: ['factstore/deploy.allow is "yes"'],
    });
  });

  it('deny sets, messages as objects with msg, and sets of messages', () => {
    expect(read({ deny: [{ msg: 'no provenance' }, { code: 7 }] })).toEqual({
      allow: false,
      violations: ['no provenance', '{"code":7}'],
    });
    expect(read({ deny: [] })).toEqual({ allow: true, violations: [] });
    expect(read(['x'])).toEqual({ allow: false, violations: ['x'] });
    expect(read([])).toEqual({ allow: true, violations: [] });
  });

  it('booleans; undefined and anything else deny', () => {
    expect(read(true)).toEqual({ allow: true, violations: [] });
    expect(read(false)).toEqual({
      allow: false,
      violations: ['factstore/deploy is false'],
    });
    expect(interpretRegoAnswer('factstore/deploy', { defined: false })).toEqual(
      {
        allow: false,
        violations: [
          'factstore/deploy is undefined for this input (no rule gave it a value)',
        ],
      },
    );
    expect(read({ something: 1 }).allow).toBe(false);
    expect(read(42)).toMatchObject({ allow: false });
    expect(read(null)).toMatchObject({ allow: false });
  });
});
