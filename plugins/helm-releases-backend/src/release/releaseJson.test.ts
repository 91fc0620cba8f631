import {
  parseReleaseJson,
  parseReleaseJsonWithoutManifest,
} from './releaseJson';

/** A release as Go's encoding/json writes it: compact, fields in Helm's struct order. */
const helmJson = (
  fields: { manifest?: string; config?: unknown; hooks?: unknown[] } = {},
) =>
  JSON.stringify({
    name: 'web',
    info: {
      status: 'deployed',
      description: 'Upgrade complete',
      notes: 'a "quoted"\nnote',
    },
    chart: {
      metadata: { name: 'web', version: '1.0.0' },
      templates: [{ name: 'templates/cm.yaml', data: 'YXBpVmVyc2lvbjogdjE=' }],
    },
    config: fields.config ?? { replicas: 2 },
    ...(fields.manifest === undefined ? {} : { manifest: fields.manifest }),
    ...(fields.hooks ? { hooks: fields.hooks } : {}),
    version: 3,
    namespace: 'apps',
  });

const bytes = (text: string) => Buffer.from(text, 'utf8');
/** What a summary expects: the whole parse, minus the manifest. */
const expectedWithout = (text: string) => {
  const { manifest: _manifest, ...rest } = JSON.parse(text);
  return rest;
};

/** What `parse` makes of `text`: the value and its serialisation (key order, own __proto__), or the error. */
function outcome(parse: (text: string) => unknown, text: string) {
  try {
    const value = parse(text);
    return { value, serialized: JSON.stringify(value) };
  } catch (error) {
    return { error: String(error) };
  }
}
const asJsonParse = (text: string) => outcome(JSON.parse, text);
const asRelease = (text: string) =>
  outcome(json => parseReleaseJson(bytes(json)), text);

describe('parseReleaseJson', () => {
  const hooks = [
    {
      name: 'job',
      kind: 'Job',
      path: 'p',
      manifest: 'kind: Job\n',
      events: ['pre-rollback'],
    },
  ];
  // What Go's encoding/json escapes that JSON.stringify leaves as it is.
  const goEscaped = (json: string) =>
    json
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026');

  it('parses ASCII and non-ASCII releases exactly as JSON.parse', () => {
    for (const manifest of ['kind: ConfigMap\n', 'name: café ✓ \u2028\n'])
      expect(asRelease(helmJson({ manifest }))).toStrictEqual(
        asJsonParse(helmJson({ manifest })),
      );
  });

  it.each([
    [
      'a manifest full of escapes',
      helmJson({
        manifest:
          '---\n# Source: a/b.yaml\ndata:\n  x: "a \\"b\\" \\\\ \t\r\b\f/"\n',
        hooks,
      }),
    ],
    [
      "Go's \\u escapes of <, > and &",
      goEscaped(helmJson({ manifest: 'cmd: a && b > c < d\n', hooks })),
    ],
    [
      '\\u escapes above \\u00ff (parsed whole)',
      helmJson({ manifest: 'x: \u2028 \u2029 \ud83d\ude00\n' }),
    ],
    [
      '\\u escapes within latin1',
      helmJson({ manifest: 'x: \u00e9\u00ff\u0000\u001f\n' }),
    ],
    ['an empty manifest', helmJson({ manifest: '' })],
    ['no manifest', helmJson()],
    ['a manifest of one escape', helmJson({ manifest: '\n' })],
    ['a manifest ending in a backslash', helmJson({ manifest: 'path: C:\\' })],
    [
      'a manifest ending in an escaped quote before a comma',
      helmJson({ manifest: 'a: "b",' }),
    ],
    [
      'a manifest quoting the members after it',
      helmJson({ manifest: 'x: "\\",\\"version\\": 1","hooks":[]' }),
    ],
    [
      '`manifest` keys in the user values',
      helmJson({
        manifest: 'top\n',
        config: {
          manifest: 'not this\n',
          nested: { manifest: 'nor this', version: 9 },
        },
      }),
    ],
    [
      'the manifest as the last member',
      JSON.stringify({
        name: 'web',
        version: 1,
        info: { status: 'deployed' },
        manifest: 'a\nb',
      }),
    ],
    [
      'the manifest as the first member',
      JSON.stringify({ manifest: 'a\nb', name: 'web', info: {}, version: 1 }),
    ],
    [
      'pretty-printed JSON',
      JSON.stringify(
        JSON.parse(helmJson({ manifest: 'a\n"b"', hooks })),
        null,
        2,
      ),
    ],
    [
      'a second top-level manifest after the first',
      helmJson({ manifest: 'first' }).replace(/}$/, ',"manifest":"second\\n"}'),
    ],
    [
      'a __proto__ member after the manifest',
      helmJson({ manifest: 'a\n' }).replace(
        /}$/,
        ',"__proto__":{"polluted":true}}',
      ),
    ],
    [
      'a __proto__ member before the manifest',
      helmJson({
        manifest: 'a\n',
        config: JSON.parse('{"__proto__":{"x":1}}'),
      }).replace('{"name"', '{"__proto__":{"y":2},"name"'),
    ],
  ])('parses %s exactly as JSON.parse', (_label, text) => {
    expect(asRelease(text)).toStrictEqual(asJsonParse(text));
  });

  it('gives a __proto__ member after the manifest as an own member, as JSON.parse does', () => {
    const release = parseReleaseJson(
      bytes(
        helmJson({ manifest: 'a\n' }).replace(
          /}$/,
          ',"__proto__":{"polluted":true}}',
        ),
      ),
    );
    expect(Object.getPrototypeOf(release)).toBe(Object.prototype);
    expect(Object.hasOwn(release, '__proto__')).toBe(true);
  });

  it.each([
    ['an escape JSON forbids', 'bad \\q escape'],
    ['a raw newline', 'a\nb'],
    ['a raw control byte', 'a\u0001b'],
    ['an unescaped quote', 'say "hi"'],
    ['a truncated \\u escape', 'x \\u12'],
  ])('throws what JSON.parse throws for a manifest with %s', (_label, raw) => {
    const text = helmJson({ manifest: 'PLACEHOLDER', hooks }).replace(
      'PLACEHOLDER',
      raw,
    );
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(asRelease(text)).toStrictEqual(asJsonParse(text));
  });

  it('parses members the manifest hides behind an unescaped quote as JSON.parse does', () => {
    const text = helmJson({ manifest: 'PLACEHOLDER' }).replace(
      'PLACEHOLDER',
      'x","version":1,"extra":"y',
    );
    expect(asRelease(text)).toStrictEqual(asJsonParse(text));
    expect(asRelease(text).value).toMatchObject({ manifest: 'x', extra: 'y' });
  });

  it('agrees with JSON.parse on generated manifests full of escapes, quotes and block boundaries', () => {
    let seed = 5;
    const random = () =>
      (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [
      '"',
      ',',
      '\\',
      '\n',
      'a',
      'key: value',
      ' ',
      '{',
      '}',
      'é',
      '\t',
      '\u2028',
      '\u00e9',
      '<&>',
      '","',
      '\\"',
      '","version":',
      '","hooks":',
    ];
    for (let i = 0; i < 500; i++) {
      const manifest = Array.from(
        { length: Math.floor(random() * 60) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const text = helmJson({
        manifest,
        config: random() < 0.3 ? { manifest } : {},
        hooks: random() < 0.5 ? hooks : undefined,
      });
      const written = random() < 0.5 ? goEscaped(text) : text;
      expect(asRelease(written)).toStrictEqual(asJsonParse(written));
    }
  });
});

describe('JSON that only looks like a Helm release', () => {
  it('refuses a head without members before the manifest, as JSON.parse does', () => {
    const text = '{,"manifest":"M","version":1}';
    expect(asRelease(text)).toEqual(asJsonParse(text));
    expect(() => parseReleaseJsonWithoutManifest(bytes(text))).toThrow(
      SyntaxError,
    );
  });

  it('keeps a string member between the manifest and version that a summary could take for the manifest', () => {
    const text = '{"name":"a","manifest":"M","extra":"x","version":1}';
    expect(asRelease(text)).toEqual(asJsonParse(text));
    expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(
      expectedWithout(text),
    );
  });

  it('takes the last of two manifests, as JSON.parse does, and drops both from a summary', () => {
    const text =
      '{"name":"a","manifest":"first","info":{},"manifest":"second","version":1}';
    expect(asRelease(text)).toEqual(asJsonParse(text));
    expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(
      expectedWithout(text),
    );
  });
});

describe('parseReleaseJsonWithoutManifest', () => {
  const manifest =
    '---\n# Source: web/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  greeting: "hello, \\"world\\""\n';
  const hooks = [
    {
      name: 'job',
      kind: 'Job',
      path: 'p',
      manifest: 'kind: Job\n',
      events: ['pre-rollback'],
    },
  ];

  it('gives every other field, in order, as the whole parse does', () => {
    const text = helmJson({ manifest, hooks });
    const release = parseReleaseJsonWithoutManifest(bytes(text));
    expect(release).toEqual(expectedWithout(text));
    expect(Object.keys(release)).toEqual([
      'name',
      'info',
      'chart',
      'config',
      'hooks',
      'version',
      'namespace',
    ]);
  });

  it.each([
    ['with hooks', hooks],
    ['without hooks', undefined],
  ])(
    'skips the manifest without reading it (%s): one with an escape JSON forbids still gives the rest',
    (_label, withHooks) => {
      const text = helmJson({
        manifest: 'PLACEHOLDER',
        hooks: withHooks,
      }).replace('PLACEHOLDER', 'bad \\q escape');
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      const release = parseReleaseJsonWithoutManifest(bytes(text));
      expect(release).toMatchObject({
        name: 'web',
        version: 3,
        namespace: 'apps',
      });
      expect(release.hooks).toEqual(withHooks);
    },
  );

  it('takes the top-level manifest, not a `manifest` key in the user values before it', () => {
    const config = {
      manifest: 'not this',
      nested: { manifest: 'nor this', version: 9 },
    };
    const text = helmJson({ manifest, config });
    expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(
      expectedWithout(text),
    );
  });

  it.each([
    ['an empty manifest', helmJson({ manifest: '' })],
    ['no manifest', helmJson()],
    [
      'a manifest ending in an escaped quote before a comma',
      helmJson({ manifest: 'a: "b",' }),
    ],
    ['a manifest ending in a backslash', helmJson({ manifest: 'path: C:\\' })],
    [
      'a manifest quoting the members after it',
      helmJson({ manifest: 'x: "\\",\\"version\\": 1","hooks":[]' }),
    ],
    [
      'a second top-level manifest after the first',
      helmJson({ manifest: 'first' }).replace(/}$/, ',"manifest":"second"}'),
    ],
    [
      'non-ASCII and \\u escapes',
      helmJson({ manifest: 'name: café <&> \u2028 ✓\n' }),
    ],
    [
      'the manifest as the last member',
      JSON.stringify({
        name: 'web',
        version: 1,
        info: { status: 'deployed' },
        manifest,
      }),
    ],
    [
      'pretty-printed JSON',
      JSON.stringify(JSON.parse(helmJson({ manifest, hooks })), null, 2),
    ],
  ])('reads %s as the whole parse does', (_label, text) => {
    expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(
      expectedWithout(text),
    );
  });

  it('agrees with the whole parse on generated manifests full of quotes, commas and backslashes', () => {
    let seed = 7;
    const random = () =>
      (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [
      '"',
      ',',
      '\\',
      '\n',
      'a',
      ':',
      ' ',
      '{',
      '}',
      'é',
      '\t',
      '","',
      '\\"',
      '","version":',
      '","hooks":',
    ];
    for (let i = 0; i < 500; i++) {
      const generated = Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const text = helmJson({
        manifest: generated,
        config: random() < 0.5 ? { manifest: generated } : {},
        hooks: random() < 0.5 ? hooks : undefined,
      });
      expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(
        expectedWithout(text),
      );
    }
  });

  it('refuses bytes that are not JSON', () => {
    expect(() =>
      parseReleaseJsonWithoutManifest(bytes('{"name":"web","manifest":"x"')),
    ).toThrow(SyntaxError);
  });
});
