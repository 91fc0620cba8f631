import { isAscii } from 'node:buffer';
import { MAX_TEXT_BYTES, unescapeJsonString } from './unescapeJsonString';

/** What JSON.parse makes of these bytes as a string's text, or undefined where it throws. */
function viaJsonParse(text: Buffer): string | undefined {
  try {
    return JSON.parse(`"${text.toString(isAscii(text) ? 'latin1' : 'utf8')}"`);
  } catch {
    return undefined;
  }
}

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 80);

/**
 * Texts the unescaper got wrong: it must give JSON.parse's string whenever that string is valid,
 * from ASCII bytes and within latin1, and undefined (leave it to JSON.parse) for all else.
 * The first ten, shortened, are enough to read.
 */
function disagreements(texts: Iterable<Buffer | string>): string[] {
  const wrong: string[] = [];
  for (const item of texts) {
    const text = typeof item === 'string' ? Buffer.from(item, 'latin1') : item;
    const parsed = viaJsonParse(text);
    const expected =
      parsed !== undefined && isAscii(text) && !/[\u0100-\uffff]/.test(parsed)
        ? parsed
        : undefined;
    const actual = unescapeJsonString(text, 0, text.length);
    if (actual !== expected && wrong.length < 10)
      wrong.push(
        `${shown(text.toString('latin1'))}: ${shown(actual)}, not ${shown(expected)}`,
      );
  }
  return wrong;
}

/** The unescaper on a whole buffer of `text`. */
const unescapedWhole = (text: string) =>
  unescapeJsonString(Buffer.from(text), 0, Buffer.byteLength(text));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const hex4 = (code: number) => code.toString(16).padStart(4, '0');
const byte = (code: number) => String.fromCharCode(code);

/** `middle` after 0-31 bytes and before 0-31 bytes: every place in and across 16-byte blocks. */
function* atEveryOffset(
  middle: string,
  before = 'a',
  after = 'z',
): Generator<string> {
  for (const lead of range(32))
    for (const trail of range(32))
      yield before.repeat(lead) + middle + after.repeat(trail);
}

describe('unescapeJsonString', () => {
  it('unescapes every two-byte escape at every offset and block boundary, as JSON.parse does', () => {
    for (const escape of [
      '\\"',
      '\\\\',
      '\\/',
      '\\b',
      '\\f',
      '\\n',
      '\\r',
      '\\t',
    ]) {
      expect(disagreements(atEveryOffset(escape))).toEqual([]);
      expect(
        disagreements(atEveryOffset(`${escape}${escape}`, escape)),
      ).toEqual([]);
    }
    expect(unescapedWhole('a\\nb\\"c\\\\')).toBe('a\nb"c\\');
  });

  it('unescapes every \\u escape latin1 holds, in both cases of hex, at every offset', () => {
    const texts = range(256).flatMap(code => [
      `\\u${hex4(code)}`,
      `\\u${hex4(code).toUpperCase()}`,
    ]);
    expect(
      disagreements(
        texts.flatMap(text =>
          range(18).map(lead => `${'x'.repeat(lead)}${text}y`),
        ),
      ),
    ).toEqual([]);
    expect(disagreements(atEveryOffset('\\u00e9\\u003c'))).toEqual([]);
    expect(unescapedWhole('\\u003chtml\\u003e \\u0026 \\u00E9\\u0000')).toBe(
      '<html> & é\u0000',
    );
  });

  it('leaves \\u escapes above \\u00ff, surrogates included, to JSON.parse', () => {
    const texts = [
      '\\u0100',
      '\\u2028',
      '\\u2029',
      '\\ud800',
      '\\udc00',
      '\\ud83d\\ude00',
      '\\uffff',
      '\\uFFFF',
      '\\u1000',
    ];
    expect(
      disagreements(texts.flatMap(text => [...atEveryOffset(text)])),
    ).toEqual([]);
    for (const text of texts) expect(unescapedWhole(text)).toBeUndefined();
  });

  it('refuses every escape JSON does not have, and \\u without four hex digits', () => {
    const escapes = range(256).map(code => `\\${byte(code)}`);
    const badHex = [
      '/',
      ':',
      '@',
      'G',
      '`',
      'g',
      ' ',
      '"',
      '\\',
      byte(0x80),
    ].flatMap(bad =>
      range(4).map(at => `\\u${'0'.repeat(at)}${bad}${'0'.repeat(3 - at)}`),
    );
    const truncated = ['\\', '\\u', '\\u0', '\\u00', '\\u00e'];
    expect(
      disagreements(
        [...escapes, ...badHex].flatMap(text =>
          range(18).map(lead => `${'x'.repeat(lead)}${text}y`),
        ),
      ),
    ).toEqual([]);
    expect(
      disagreements(
        truncated.flatMap(text =>
          range(34).map(lead => `${'x'.repeat(lead)}${text}`),
        ),
      ),
    ).toEqual([]);
    for (const text of ['\\q', '\\u12g4', '\\', '\\u00e'])
      expect(unescapedWhole(text)).toBeUndefined();
  });

  it('refuses raw quotes and control bytes, takes DEL, leaves non-ASCII bytes to JSON.parse', () => {
    const raw = [
      ...range(0x20),
      0x22,
      0x7f,
      ...range(0x80).map(code => code + 0x80),
    ].map(byte);
    expect(
      disagreements(raw.flatMap(text => [...atEveryOffset(text)])),
    ).toEqual([]);
    expect(disagreements(atEveryOffset('café ✓ \u2028'))).toEqual([]);
    expect(
      disagreements([
        Buffer.from('café'),
        Buffer.from('a\u2028b'),
        Buffer.from([0xff, 0xfe]),
      ]),
    ).toEqual([]);
  });

  it('unescapes the empty string, long clean runs and long runs of escapes', () => {
    expect(unescapeJsonString(Buffer.from('""'), 1, 1)).toBe('');
    const long = [
      'x'.repeat(100_000),
      '\\n'.repeat(50_000),
      '\\"\\\\'.repeat(20_000),
      'ab\\ncd\\t'.repeat(20_000),
      `${'y'.repeat(70_000)}\\u00ff${'\\r'.repeat(1000)}`,
      `${'key: value\\n'.repeat(10_000)}\\u2028`,
      `${'key: value\\n'.repeat(10_000)}\u0001`,
    ];
    expect(disagreements(long)).toEqual([]);
  });

  it('leaves a text longer than MAX_TEXT_BYTES to JSON.parse, so the memory it keeps stays bounded', () => {
    const text = Buffer.from(`"${'a'.repeat(MAX_TEXT_BYTES + 1)}"`);
    expect(unescapeJsonString(text, 1, text.length - 1)).toBeUndefined();
    expect(unescapeJsonString(text, 1, MAX_TEXT_BYTES + 1)).toHaveLength(
      MAX_TEXT_BYTES,
    );
  });

  it('agrees with JSON.parse on generated texts of valid and invalid pieces', () => {
    let seed = 11;
    const random = () =>
      (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'a',
      'key: value',
      ' ',
      '\\n',
      '\\"',
      '\\\\',
      '\\/',
      '\\t',
      '\\u003c',
      '\\u00E9',
      '\\u2028',
      '\\u',
      '\\x',
      '"',
      '\n',
      'é',
      '\\',
      'u00',
      '0',
    ];
    const texts = range(3000).map(() =>
      range(Math.floor(random() * 24))
        .map(() => pieces[Math.floor(random() * pieces.length)])
        .join(''),
    );
    expect(disagreements(texts.map(text => Buffer.from(text, 'utf8')))).toEqual(
      [],
    );
  });

  it('reads only json[from, to): the bytes around the text are not part of it', () => {
    const json = Buffer.from('\\"x\\u00e9\\n"\\');
    expect(unescapeJsonString(json, 2, 11)).toBe('xé\n');
    expect(unescapeJsonString(Buffer.from('ab\\'), 0, 2)).toBe('ab');
    expect(unescapeJsonString(Buffer.from('\\nab'), 2, 4)).toBe('ab');
  });

  it('grows its memory for a text larger than any before, and stays right for small ones after', () => {
    const huge = 'line: \\"quoted\\"\\n'.repeat(400_000);
    expect(huge.length).toBeGreaterThan(6_000_000);
    expect(
      disagreements(['short\\n', huge, 'short again\\t', 'x'.repeat(17)]),
    ).toEqual([]);
  });
});
