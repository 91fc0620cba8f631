import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { factstorePlugin } from '../plugin';
import { createHash, randomBytes } from 'node:crypto';

/*
 * Requests as the Kosli CLI (kosli-dev/cli v2.38.0, internal/requests/requests.go) writes them:
 * `Content-Type: application/json; charset=utf-8` on every request (GETs too, with no body),
 * `User-Agent: Kosli/<version>`, `Authorization: Bearer <token>`; JSON bodies as Go's
 * json.Marshal writes them (compact, <, > and & escaped); multipart bodies as mime/multipart
 * writes them: a `data_json` field holding the JSON, then each file with its base name and
 * `application/octet-stream`.
 */

export const HOST = '/api/factstore';
/** The org the conformance tests work in. */
export const ORG = 'acme';
/** A sha256 fingerprint made from a seed. */
export const sha = (seed: string) =>
  createHash('sha256').update(seed).digest('hex');

/** A setup step's answer must have this status (setup runs outside tests: it throws, it cannot expect). */
export async function must<T extends { status: number; text?: string }>(
  answer: PromiseLike<T>,
  status: number,
): Promise<T> {
  const got = await answer;
  if (got.status !== status)
    throw new Error(`expected ${status}, got ${got.status}: ${got.text}`);
  return got;
}

export const cliHeaders = (subject = 'external:kosli-ci') => ({
  ...authHeaders.service('factstore', subject),
  'User-Agent': 'Kosli/v2.38.0',
  'Content-Type': 'application/json; charset=utf-8',
});

/** Go's json.Marshal: compact, with HTML-sensitive characters escaped. */
export const goJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');

export interface GoFile {
  field: string;
  fileName: string;
  content: Buffer | string;
}

/** A multipart body byte for byte as Go's mime/multipart writes it. */
export function goMultipart(dataJson: unknown, files: GoFile[] = []) {
  const boundary = randomBytes(30).toString('hex');
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="data_json"\r\n\r\n${goJson(dataJson)}`,
    ),
  ];
  for (const file of files) {
    parts.push(
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(file.content),
    );
  }
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat(parts),
  };
}

/** One CLI request: `payload` is JSON, `form` multipart (data_json and files), neither for a GET. */
export function kosli(
  backend: PluginBackend,
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  options: {
    payload?: unknown;
    form?: { data: unknown; files?: GoFile[] };
    headers?: Record<string, string>;
  } = {},
) {
  const url = `${HOST}${path}`;
  const headers = options.headers ?? cliHeaders();
  const verb = method.toLowerCase() as 'get' | 'put' | 'post';
  const req = backend.http[verb](url).set(headers);
  if (options.form) {
    const { contentType, body } = goMultipart(
      options.form.data,
      options.form.files,
    );
    return req.set('Content-Type', contentType).send(body);
  }
  if (method === 'GET') return req;
  return req.send(goJson(options.payload ?? null));
}

/**
 * The Go type an answer field is read as. `string`, `bool`, `int`, `number`, `object`, `array`:
 * present and of that JSON type (what a type assertion `.(string)` or a typed field needs);
 * a trailing `?` also allows null or absent (a typed struct field reads null as its zero value).
 */
export type GoShape =
  | 'string'
  | 'string?'
  | 'bool'
  | 'bool?'
  | 'int'
  | 'int?'
  | 'number'
  | 'number?'
  | 'object'
  | 'object?'
  | 'array'
  | 'array?'
  | 'any'
  | GoShape[]
  | { [key: string]: GoShape };

function kind(v: unknown): string {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

/** Every place `value` does not fit `shape`, as `path: expected, got`. */
export function goMismatches(
  value: unknown,
  shape: GoShape,
  path = '$',
): string[] {
  if (Array.isArray(shape)) {
    if (!Array.isArray(value))
      return [`${path}: expected array, got ${kind(value)}`];
    return value.flatMap((v, i) => goMismatches(v, shape[0], `${path}[${i}]`));
  }
  if (typeof shape === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return [`${path}: expected object, got ${kind(value)}`];
    return Object.entries(shape).flatMap(([key, s]) =>
      goMismatches(
        (value as Record<string, unknown>)[key],
        s,
        `${path}.${key}`,
      ),
    );
  }
  if (shape === 'any') return [];
  const optional = shape.endsWith('?');
  const base = shape.replace('?', '');
  if (value === undefined || value === null)
    return optional ? [] : [`${path}: expected ${base}, got ${kind(value)}`];
  const fits =
    (base === 'string' && typeof value === 'string') ||
    (base === 'bool' && typeof value === 'boolean') ||
    (base === 'int' && Number.isInteger(value)) ||
    (base === 'number' && typeof value === 'number') ||
    (base === 'array' && Array.isArray(value)) ||
    (base === 'object' && typeof value === 'object' && !Array.isArray(value));
  return fits ? [] : [`${path}: expected ${base}, got ${kind(value)}`];
}

/** Fails with every mismatch listed. */
export function expectGoShape(value: unknown, shape: GoShape) {
  expect(goMismatches(value, shape)).toEqual([]);
}

const databases = createTestDatabases();

/**
 * Runs `tests` once per database (SQLite, and PostgreSQL when configured) against a started
 * factstore backend; `backend()` is that backend inside the tests.
 */
export function onEachDatabase(
  title: string,
  tests: (backend: () => PluginBackend) => void,
  options: { permission?: 'allow' | 'deny' } = {},
) {
  describe.each(databases.eachSupportedId())(`${title} on %s`, databaseId => {
    let started: PluginBackend;
    beforeAll(async () => {
      started = await startPluginBackend({
        features: [factstorePlugin],
        knex: await databases.init(databaseId),
        ...options,
      });
    });
    afterAll(() => started.stop());
    tests(() => started);
  });
}

/** `kosli create flow NAME --template-file` (default: `--use-empty-template`, "version: 1"). */
export const createFlow = (
  backend: PluginBackend,
  name: string,
  template = 'version: 1',
) =>
  kosli(backend, 'PUT', `/api/v2/flows/${ORG}/template_file`, {
    form: {
      data: { name, description: '' },
      files: [
        { field: 'template_file', fileName: 'template.yml', content: template },
      ],
    },
  });

/** `kosli begin trail NAME --flow FLOW` (multipart: data_json only). */
export const beginTrail = (
  backend: PluginBackend,
  flow: string,
  data: Record<string, unknown>,
) => kosli(backend, 'PUT', `/api/v2/trails/${ORG}/${flow}`, { form: { data } });
