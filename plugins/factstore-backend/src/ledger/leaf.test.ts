import { createHash } from 'node:crypto';
import { canonicalJson, contentSha256 } from './leaf';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units, as RFC 8785 section 3.2.3 orders them', () => {
    // The RFC's own example keys: code-unit order puts the surrogate pair (U+1F600 as
    // \ud83d\ude00) before U+FB33, where code-point order would not.
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const order = [
      '\r',
      '1',
      '\u0080',
      '\u00f6',
      '\u20ac',
      '\ud83d\ude00',
      '\ufb33',
    ];
    expect(canonicalJson(value)).toBe(
      `{${order.map(k => `${JSON.stringify(k)}:${JSON.stringify(value[k as keyof typeof value])}`).join(',')}}`,
    );
  });

  it('writes numbers, strings and literals as JSON.stringify does, without whitespace', () => {
    expect(
      canonicalJson({
        numbers: [333333333.33333329, 1e30, 4.5, 0.002, 1e-27, -0],
        string: '\u20ac$\u000f\nA\'B"\\\\"/',
        literals: [null, true, false],
      }),
    ).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27,0],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('takes a value as the API would send it: toJSON applied, undefined members left out', () => {
    const at = new Date('2026-12-07T10:00:00.000Z');
    expect(
      canonicalJson({
        b: undefined,
        a: at,
        list: [undefined, 1],
        nested: { toJSON: () => ({ z: 1, y: 2 }) },
      }),
    ).toBe(
      '{"a":"2026-12-07T10:00:00.000Z","list":[null,1],"nested":{"y":2,"z":1}}',
    );
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('writes every member of large and deep values, never a placeholder', () => {
    const wide = Array.from({ length: 5000 }, (_, i) => i);
    const keyed = Object.fromEntries(wide.map(i => [`k${i}`, i]));
    const deep = JSON.parse(`${'{"x":'.repeat(64)}1${'}'.repeat(64)}`);
    expect(canonicalJson(wide)).toBe(JSON.stringify(wide));
    expect(JSON.parse(canonicalJson(keyed))).toEqual(keyed);
    expect(canonicalJson(deep)).toBe(JSON.stringify(deep));
  });

  it('refuses a circular value instead of hashing a placeholder', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(TypeError);
  });

  it('hashes the canonical bytes', () => {
    expect(contentSha256({ b: 1, a: [true] })).toBe(
      createHash('sha256').update('{"a":[true],"b":1}').digest('hex'),
    );
  });
});
