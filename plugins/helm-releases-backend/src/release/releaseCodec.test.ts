import { describeWithFixtures, fixturePath } from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { decodeRelease, encodeRelease } from './releaseCodec';

const FIXTURES = [
  'pluto-secret-test.json',
  'pluto-secret-demo2.json',
  'kots-test-chart.v1.helm3lib.yaml',
  'kots-test-chart.v1.helm4lib.yaml',
];

describeWithFixtures()(
  'decoding the Helm storage records of ../shared/fixtures/helm',
  () => {
    it.each(FIXTURES)('%s decodes to its .decoded.json', file => {
      const secret = parse(readFileSync(fixturePath('helm', file), 'utf8'));
      const expected = JSON.parse(
        readFileSync(
          fixturePath('helm', file.replace(/\.(json|yaml)$/, '.decoded.json')),
          'utf8',
        ),
      );
      expect(secret.type).toBe('helm.sh/release.v1');
      expect(decodeRelease(secret.data.release)).toEqual(expected);
    });

    const inflatedJson = (file: string) => {
      const value: string = parse(
        readFileSync(fixturePath('helm', file), 'utf8'),
      ).data.release;
      return {
        value,
        json: gunzipSync(
          Buffer.from(
            Buffer.from(value, 'base64').toString('latin1'),
            'base64',
          ),
        ).toString('utf8'),
      };
    };

    it.each(FIXTURES)(
      '%s decodes exactly as JSON.parse of its JSON: values, key order, prototypes',
      file => {
        const { value, json } = inflatedJson(file);
        const release = decodeRelease(value);
        expect(JSON.stringify(release)).toBe(JSON.stringify(JSON.parse(json)));
        expect(release).toStrictEqual(JSON.parse(json));
      },
    );

    // pluto-secret-test.json holds pretty-printed JSON, not Helm's compact layout: it is parsed whole.
    it.each(FIXTURES.filter(file => file !== 'pluto-secret-test.json'))(
      '%s is decoded without parsing its manifest with JSON.parse',
      file => {
        const { value, json } = inflatedJson(file);
        const jsonParse = jest.spyOn(JSON, 'parse');
        const release = decodeRelease(value);
        const parsedLengths = jsonParse.mock.calls.map(([text]) => text.length);
        jsonParse.mockRestore();
        expect(Math.max(...parsedLengths)).toBeLessThan(
          json.length - release.manifest!.length,
        );
      },
    );

    it.each(FIXTURES)(
      "%s: its .decoded.json, encoded in Helm's format, decodes back equal in both layouts",
      file => {
        const release = JSON.parse(
          readFileSync(
            fixturePath(
              'helm',
              file.replace(/\.(json|yaml)$/, '.decoded.json'),
            ),
            'utf8',
          ),
        );
        const encoded = encodeRelease(release);
        expect([...Buffer.from(encoded, 'base64').subarray(0, 3)]).toEqual([
          0x1f, 0x8b, 0x08,
        ]);
        expect(decodeRelease(encoded)).toEqual(release);
        expect(decodeRelease(Buffer.from(encoded).toString('base64'))).toEqual(
          release,
        );
      },
    );

    it.each(FIXTURES)(
      '%s decodes the same through the ConfigMap layout (one base64 layer less)',
      file => {
        const secret = parse(readFileSync(fixturePath('helm', file), 'utf8'));
        const configMapValue = Buffer.from(
          secret.data.release,
          'base64',
        ).toString('latin1');
        expect(decodeRelease(configMapValue)).toEqual(
          decodeRelease(secret.data.release),
        );
      },
    );
  },
);

describe('the release codec', () => {
  const release = {
    name: 'web',
    namespace: 'apps',
    version: 3,
    info: { status: 'deployed', description: 'Upgrade complete' },
    manifest: '---\nkind: ConfigMap\n',
  };

  it('encodes as Helm does: base64 of gzip of the JSON', () => {
    const encoded = encodeRelease(release as any);
    const bytes = Buffer.from(encoded, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0x1f, 0x8b, 0x08]);
    expect(JSON.parse(gunzipSync(bytes).toString())).toEqual(release);
  });

  it("writes the fields in the order of Helm's Release struct, unknown ones last", () => {
    const json = JSON.parse(
      gunzipSync(
        Buffer.from(
          encodeRelease({ apply_method: 'ssa', ...release } as any),
          'base64',
        ),
      ).toString(),
    );
    expect(Object.keys(json)).toEqual([
      'name',
      'info',
      'manifest',
      'version',
      'namespace',
      'apply_method',
    ]);
  });

  it('round-trips through the Secret (double base64) and ConfigMap (single) layouts', () => {
    const encoded = encodeRelease(release as any);
    expect(decodeRelease(Buffer.from(encoded).toString('base64'))).toEqual(
      release,
    );
    expect(decodeRelease(encoded)).toEqual(release);
  });

  it('accepts uncompressed JSON, as releases written before Helm compressed them', () => {
    const raw = Buffer.from(JSON.stringify(release)).toString('base64');
    expect(decodeRelease(raw)).toEqual(release);
    expect(decodeRelease(Buffer.from(raw).toString('base64'))).toEqual(release);
  });

  it('refuses a record that inflates beyond the limit rather than inflating it', () => {
    const bomb = gzipSync(
      Buffer.from(JSON.stringify({ ...release, manifest: 'x'.repeat(4096) })),
    ).toString('base64');
    expect(() => decodeRelease(bomb, { maxJsonBytes: 1024 })).toThrow(
      'the release inflates to more than 1024 bytes',
    );
    expect(decodeRelease(bomb, { maxJsonBytes: 8192 }).manifest).toHaveLength(
      4096,
    );
  });

  it('refuses values that are not a release', () => {
    expect(() => decodeRelease('bm90IGEgcmVsZWFzZQ==')).toThrow(
      'neither gzip nor JSON',
    );
    expect(() =>
      decodeRelease(gzipSync('{"truncated"').toString('base64')),
    ).toThrow();
    expect(() =>
      decodeRelease(Buffer.from('{"name":1}').toString('base64')),
    ).toThrow('no name or version');
    expect(() =>
      decodeRelease(
        Buffer.from('{"name":"a","version":1,"info":null}').toString('base64'),
      ),
    ).toThrow('no info');
  });
});
