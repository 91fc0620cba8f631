import { gunzipSync, gzipSync, constants } from 'node:zlib';
import type { Release } from './release';
import {
  parseReleaseJson,
  parseReleaseJsonWithoutManifest,
} from './releaseJson';

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];
const OPEN_BRACE = 0x7b;

const startsWithGzip = (b: Buffer) =>
  b.length >= 3 &&
  b[0] === GZIP_MAGIC[0] &&
  b[1] === GZIP_MAGIC[1] &&
  b[2] === GZIP_MAGIC[2];

export interface DecodeOptions {
  /** false: skip the manifest, for answers that drop it (default true). */
  manifest?: boolean;
  /** Largest release JSON inflated (default MAX_RELEASE_JSON_BYTES); a larger one is refused. */
  maxJsonBytes?: number;
}

/**
 * A stored record is at most ~1.5 MiB (etcd's limit), but gzip can stand for far more: a record
 * that inflates beyond this is refused as undecodable instead of filling the backend's memory.
 */
export const MAX_RELEASE_JSON_BYTES = 128 * 1024 * 1024;

/**
 * Decodes the `release` value of a Helm storage object into Helm's release JSON.
 *
 * Helm stores base64(gzip(json)); a Secret read through the API adds one more base64 layer, a
 * ConfigMap does not. Rather than trusting where the value came from, each base64 layer is peeled
 * until gzip (magic 1f 8b 08) or raw JSON (releases written before Helm compressed) shows up.
 * With `manifest: false` the manifest is skipped rather than unescaped (see releaseJson).
 */
export function decodeRelease(
  value: string,
  options: DecodeOptions = {},
): Release {
  let bytes = Buffer.from(value, 'base64');
  for (
    let layer = 0;
    layer < 2 && !startsWithGzip(bytes) && bytes[0] !== OPEN_BRACE;
    layer++
  ) {
    bytes = Buffer.from(bytes.toString('latin1'), 'base64');
  }
  if (startsWithGzip(bytes)) {
    const maxOutputLength = options.maxJsonBytes ?? MAX_RELEASE_JSON_BYTES;
    try {
      bytes = gunzipSync(bytes, { maxOutputLength });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new Error(
          `the release inflates to more than ${maxOutputLength} bytes`,
        );
      throw error;
    }
  }
  if (bytes[0] !== OPEN_BRACE)
    throw new Error(
      'the release value is neither gzip nor JSON after base64 decoding',
    );
  const release =
    options.manifest === false
      ? parseReleaseJsonWithoutManifest(bytes)
      : parseReleaseJson(bytes);
  if (
    !release ||
    typeof release !== 'object' ||
    typeof release.name !== 'string' ||
    typeof release.version !== 'number'
  ) {
    throw new Error('the decoded release has no name or version');
  }
  if (!release.info || typeof release.info !== 'object')
    throw new Error('the decoded release has no info');
  return release as Release;
}

/** Helm's own encoding (driver/util.go encodeRelease): base64(gzip at best compression(json)). */
export function encodeRelease(release: Release): string {
  // Helm keeps a release's custom labels on the storage object only (`json:"-"`), never in the JSON.
  const { labels: _labels, ...fields } = release;
  const gz = gzipSync(
    Buffer.from(JSON.stringify(inHelmOrder(fields)), 'utf8'),
    { level: constants.Z_BEST_COMPRESSION },
  );
  return gz.toString('base64');
}

/** The order of Helm's Release struct; fields Helm has added since (Helm 4's apply_method) follow. */
const HELM_FIELD_ORDER = [
  'name',
  'info',
  'chart',
  'config',
  'manifest',
  'hooks',
  'version',
  'namespace',
];

function inHelmOrder(fields: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of HELM_FIELD_ORDER)
    if (fields[key] !== undefined) ordered[key] = fields[key];
  for (const key of Object.keys(fields))
    if (!(key in ordered)) ordered[key] = fields[key];
  return ordered;
}
