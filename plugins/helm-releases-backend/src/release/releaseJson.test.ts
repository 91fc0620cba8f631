import { manifestIsReadable, parseReleaseJson as parseText } from './releaseJson';

const parseReleaseJson = (text: string) => parseText(Buffer.from(text, 'utf8'));

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

const lazy = (release: object) => typeof Object.getOwnPropertyDescriptor(release, 'manifest')?.get === 'function';

describe('parseReleaseJson', () => {
  const manifest = '---\n# Source: web/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  greeting: "hello, \\"world\\""\n';

  it('leaves the manifest escaped until it is read, and then gives what JSON.parse gives', () => {
    const text = helmJson({ manifest, hooks: [{ name: 'job', kind: 'Job', path: 'p', manifest: 'kind: Job\n' }] });
    const release = parseReleaseJson(text);
    expect(lazy(release)).toBe(true);
    expect(Object.keys(release)).toEqual(Object.keys(JSON.parse(text)));
    expect(release).toEqual(JSON.parse(text));
    expect(release.manifest).toBe(manifest);
    expect(lazy(release)).toBe(false);
    expect(JSON.stringify(release)).toBe(text);
  });

  it('takes the top-level manifest, not a `manifest` key in the user values before it', () => {
    const text = helmJson({ manifest, config: { manifest: 'not this', nested: { manifest: 'nor this' } } });
    const release = parseReleaseJson(text);
    expect(lazy(release)).toBe(true);
    expect(release.manifest).toBe(manifest);
    expect(release.config).toEqual({ manifest: 'not this', nested: { manifest: 'nor this' } });
  });

  it('lets the manifest be replaced before or after it is read', () => {
    const unread = parseReleaseJson(helmJson({ manifest }));
    unread.manifest = 'kind: Secret\n';
    expect(unread.manifest).toBe('kind: Secret\n');
    expect(JSON.parse(JSON.stringify(unread)).manifest).toBe('kind: Secret\n');
  });

  it.each([
    ['an empty manifest', helmJson({ manifest: '' })],
    ['no manifest', helmJson()],
    ['a manifest ending in an escaped quote before a comma', helmJson({ manifest: 'a: "b",' })],
    ['escaped backslashes', helmJson({ manifest: 'path: "C:\\\\dir\\\\"\nre: "\\\\","' })],
    ['non-ASCII and \\u escapes', helmJson({ manifest: 'name: café <&> \u2028 ✓\n' })],
    ['the manifest as the last member', JSON.stringify({ name: 'web', version: 1, info: { status: 'deployed' }, manifest })],
    ['pretty-printed JSON', JSON.stringify(JSON.parse(helmJson({ manifest })), null, 2)],
  ])('reads %s exactly as JSON.parse does', (_label, text) => {
    expect(JSON.parse(JSON.stringify(parseReleaseJson(text)))).toEqual(JSON.parse(text));
  });

  it('agrees with JSON.parse on generated manifests full of quotes, commas and backslashes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['"', ',', '\\', '\n', 'a', ':', ' ', '{', '}', 'é', '\t', '","', '\\"'];
    for (let i = 0; i < 500; i++) {
      const generated = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const text = helmJson({ manifest: generated, config: random() < 0.5 ? { manifest: generated } : {} });
      expect(parseReleaseJson(text).manifest).toBe(generated);
    }
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseReleaseJson('{"name":"web","manifest":"x"')).toThrow(SyntaxError);
  });

  it('reports a manifest whose escapes are broken as unreadable instead of failing later', () => {
    const text = helmJson({ manifest: 'PLACEHOLDER' }).replace('PLACEHOLDER', 'bad \\q escape');
    const release = parseReleaseJson(text);
    expect(release.name).toBe('web');
    expect(manifestIsReadable(release)).toBe(false);
    expect(manifestIsReadable(parseReleaseJson(helmJson({ manifest })))).toBe(true);
  });
});
