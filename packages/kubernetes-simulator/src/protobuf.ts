import type { Reader } from 'protobufjs';
import { KubeStatusError, statusErrors } from './status';

/** protobufjs, loaded by the first protobuf body rather than at the backend's start. */
function readerOf(bytes: Uint8Array): Reader {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const protobuf: typeof import('protobufjs') = require('protobufjs');
  return protobuf.Reader.create(bytes);
}

/*
 * Request bodies in Kubernetes' protobuf encoding (application/vnd.kubernetes.protobuf), which
 * client-go's typed clients send for built-in kinds: Helm writes its release Secrets and
 * ConfigMaps this way. Answers stay JSON, which such clients accept too. Only the kinds those
 * clients write are decoded; field numbers are those of k8s.io/api and k8s.io/apimachinery's
 * generated.proto files.
 */

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';

export const isProtobuf = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0].trim() === PROTOBUF_CONTENT_TYPE;

// Every protobuf body starts with these four bytes, then a runtime.Unknown envelope.
const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;

type Fields = (reader: Reader, field: number, wireType: number) => boolean;

/** Reads one message of `length` bytes, handing each field to `onField`; unknown fields are skipped. */
function readMessage(reader: Reader, length: number, onField: Fields): void {
  const end = reader.pos + length;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (!onField(reader, tag >>> 3, tag & 7)) reader.skipType(tag & 7);
  }
}

const nested = (reader: Reader, onField: Fields) =>
  readMessage(reader, reader.uint32(), onField);

/** A `map<string, string>` or `map<string, bytes>` entry: key 1, value 2. */
function readMapEntry(reader: Reader, bytesValue: boolean): [string, string] {
  let key = '';
  let value = '';
  nested(reader, (r, field) => {
    if (field === 1) key = r.string();
    else if (field === 2)
      value = bytesValue
        ? Buffer.from(r.bytes()).toString('base64')
        : r.string();
    else return false;
    return true;
  });
  return [key, value];
}

/** meta/v1 Time { seconds = 1; nanos = 2 } as RFC 3339, or undefined for the zero time. */
function readTime(reader: Reader): string | undefined {
  let seconds = 0;
  nested(reader, (r, field) => {
    if (field !== 1) return false;
    seconds = Number(r.int64());
    return true;
  });
  return seconds === 0
    ? undefined
    : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

const OBJECT_META_STRINGS: Record<number, string> = {
  1: 'name',
  2: 'generateName',
  3: 'namespace',
  5: 'uid',
  6: 'resourceVersion',
};

function readObjectMeta(reader: Reader): Record<string, unknown> {
  const meta: Record<string, any> = {};
  nested(reader, (r, field, wireType) => {
    if (OBJECT_META_STRINGS[field]) {
      const value = r.string();
      // Go writes empty strings for unset fields; JSON leaves them out.
      if (value) meta[OBJECT_META_STRINGS[field]] = value;
    } else if (field === 8) {
      const created = readTime(r);
      if (created) meta.creationTimestamp = created;
    } else if (field === 11 || field === 12) {
      const [key, value] = readMapEntry(r, false);
      const map = field === 11 ? 'labels' : 'annotations';
      meta[map] = { ...meta[map], [key]: value };
    } else if (field === 14 && wireType === WIRE_BYTES) {
      meta.finalizers = [...(meta.finalizers ?? []), r.string()];
    } else {
      return false;
    }
    return true;
  });
  return meta;
}

/** How each decodable kind's fields map to JSON: metadata is field 1 of them all. */
const KINDS: Record<
  string,
  (
    object: Record<string, any>,
    reader: Reader,
    field: number,
    wireType: number,
  ) => boolean
> = {
  // Secret { metadata = 1; map<string, bytes> data = 2; type = 3; map<string, string> stringData = 4; immutable = 5 }
  'v1/Secret': (object, r, field, wireType) => {
    if (field === 2)
      Object.assign(
        (object.data ??= {}),
        Object.fromEntries([readMapEntry(r, true)]),
      );
    else if (field === 3) object.type = r.string();
    else if (field === 4)
      Object.assign(
        (object.stringData ??= {}),
        Object.fromEntries([readMapEntry(r, false)]),
      );
    else if (field === 5 && wireType === WIRE_VARINT)
      object.immutable = r.bool();
    else return false;
    return true;
  },
  // ConfigMap { metadata = 1; map<string, string> data = 2; map<string, bytes> binaryData = 3; immutable = 4 }
  'v1/ConfigMap': (object, r, field, wireType) => {
    if (field === 2)
      Object.assign(
        (object.data ??= {}),
        Object.fromEntries([readMapEntry(r, false)]),
      );
    else if (field === 3)
      Object.assign(
        (object.binaryData ??= {}),
        Object.fromEntries([readMapEntry(r, true)]),
      );
    else if (field === 4 && wireType === WIRE_VARINT)
      object.immutable = r.bool();
    else return false;
    return true;
  },
  // DeleteOptions { gracePeriodSeconds = 1; preconditions = 2; orphanDependents = 3; propagationPolicy = 4; dryRun = 5 }
  'v1/DeleteOptions': (object, r, field) => {
    if (field === 1) object.gracePeriodSeconds = Number(r.int64());
    else if (field === 4) object.propagationPolicy = r.string();
    else if (field === 5)
      object.dryRun = [...(object.dryRun ?? []), r.string()];
    else return false;
    return true;
  },
};

/** The JSON form of a protobuf request body, for the kinds listed above; 415 for any other. */
export function decodeProtobufObject(body: Buffer): Record<string, any> {
  if (
    body.length < MAGIC.length ||
    !body.subarray(0, MAGIC.length).equals(MAGIC)
  ) {
    throw statusErrors.badRequest(
      'error decoding request body: protobuf body does not start with the Kubernetes magic number',
    );
  }
  try {
    const reader = readerOf(body.subarray(MAGIC.length));
    let apiVersion = '';
    let kind = '';
    let raw: Uint8Array | undefined;
    // runtime.Unknown { TypeMeta typeMeta = 1 { apiVersion = 1; kind = 2 }; bytes raw = 2; … }
    readMessage(reader, reader.len, (r, field) => {
      if (field === 1) {
        nested(r, (m, inner) => {
          if (inner === 1) apiVersion = m.string();
          else if (inner === 2) kind = m.string();
          else return false;
          return true;
        });
      } else if (field === 2) {
        raw = r.bytes();
      } else {
        return false;
      }
      return true;
    });
    // DeleteOptions travel as meta.k8s.io/v1 or as v1; both decode the same.
    const decode =
      KINDS[`${apiVersion.replace(/^meta\.k8s\.io\//, '')}/${kind}`];
    if (!decode || !raw) {
      throw new KubeStatusError(
        415,
        'UnsupportedMediaType',
        `the simulator decodes ${PROTOBUF_CONTENT_TYPE} bodies of Secret, ConfigMap and DeleteOptions only; send ${apiVersion} ${kind} as application/json`,
      );
    }
    const object: Record<string, any> = { apiVersion, kind };
    const rawReader = readerOf(raw);
    readMessage(rawReader, rawReader.len, (r, field, wireType) => {
      if (field === 1) object.metadata = readObjectMeta(r);
      else return decode(object, r, field, wireType);
      return true;
    });
    return object;
  } catch (error) {
    if (error instanceof KubeStatusError) throw error;
    throw statusErrors.badRequest(
      `error decoding request body: ${(error as Error).message}`,
    );
  }
}
