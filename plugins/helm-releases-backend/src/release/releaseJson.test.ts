import { parseReleaseJson, parseReleaseJsonWithoutManifest } from './releaseJson';

/** A release as Go's encoding/json writes it: compact, fields in Helm's struct order. */
const helmJson = (fields: { manifest?: string; config?: unknown; hooks?: unknown[] } = {}) =>
  JSON.stringify({
    name: 'web',
    info: { status: 'deployed', description: 'Upgrade complete', notes: 'a "quoted"\nnote' },
    chart: { metadata: { name: 'web', version: '1.0.0' }, templates: [{ name: 'templates/cm.yaml', data: 'YXBpVmVyc2lvbjogdjE=' }] },
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

describe('parseReleaseJson', () => {
  it('parses ASCII and non-ASCII releases exactly as JSON.parse', () => {
    for (const manifest of ['kind: ConfigMap\n', 'name: café ✓ \u2028\n']) {
      const text = helmJson({ manifest });
      expect(parseReleaseJson(bytes(text))).toEqual(JSON.parse(text));
    }
  });
});

describe('parseReleaseJsonWithoutManifest', () => {
  const manifest = '---\n# Source: web/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  greeting: "hello, \\"world\\""\n';
  const hooks = [{ name: 'job', kind: 'Job', path: 'p', manifest: 'kind: Job\n', events: ['pre-rollback'] }];

  it('gives every other field, in order, as the whole parse does', () => {
    const text = helmJson({ manifest, hooks });
    const release = parseReleaseJsonWithoutManifest(bytes(text));
    expect(release).toEqual(expectedWithout(text));
    expect(Object.keys(release)).toEqual(['name', 'info', 'chart', 'config', 'hooks', 'version', 'namespace']);
  });

  it.each([['with hooks', hooks], ['without hooks', undefined]])(
    'skips the manifest without reading it (%s): one with an escape JSON forbids still gives the rest',
    (_label, withHooks) => {
      const text = helmJson({ manifest: 'PLACEHOLDER', hooks: withHooks }).replace('PLACEHOLDER', 'bad \\q escape');
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      const release = parseReleaseJsonWithoutManifest(bytes(text));
      expect(release).toMatchObject({ name: 'web', version: 3, namespace: 'apps' });
      expect(release.hooks).toEqual(withHooks);
    },
  );

  it('takes the top-level manifest, not a `manifest` key in the user values before it', () => {
    const config = { manifest: 'not this', nested: { manifest: 'nor this', version: 9 } };
    const text = helmJson({ manifest, config });
    expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(expectedWithout(text));
  });

  it.each([
    ['an empty manifest', helmJson({ manifest: '' })],
    ['no manifest', helmJson()],
    ['a manifest ending in an escaped quote before a comma', helmJson({ manifest: 'a: "b",' })],
    ['a manifest ending in a backslash', helmJson({ manifest: 'path: C:\\' })],
    ['a manifest quoting the members after it', helmJson({ manifest: 'x: "\\",\\"version\\": 1","hooks":[]' })],
    ['non-ASCII and \\u escapes', helmJson({ manifest: 'name: café <&> \u2028 ✓\n' })],
    ['the manifest as the last member', JSON.stringify({ name: 'web', version: 1, info: { status: 'deployed' }, manifest })],
    ['pretty-printed JSON', JSON.stringify(JSON.parse(helmJson({ manifest, hooks })), null, 2)],
  ])('reads %s as the whole parse does', (_label, text) => {
    expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(expectedWithout(text));
  });

  it('agrees with the whole parse on generated manifests full of quotes, commas and backslashes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['"', ',', '\\', '\n', 'a', ':', ' ', '{', '}', 'é', '\t', '","', '\\"', '","version":', '","hooks":'];
    for (let i = 0; i < 500; i++) {
      const generated = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const text = helmJson({ manifest: generated, config: random() < 0.5 ? { manifest: generated } : {}, hooks: random() < 0.5 ? hooks : undefined });
      expect(parseReleaseJsonWithoutManifest(bytes(text))).toEqual(expectedWithout(text));
    }
  });

  it('refuses bytes that are not JSON', () => {
    expect(() => parseReleaseJsonWithoutManifest(bytes('{"name":"web","manifest":"x"'))).toThrow(SyntaxError);
  });
});
