import { randomBytes, randomUUID } from 'node:crypto';

const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The reason a name is refused, as the real server words it, or undefined when it is valid. */
export function invalidNameReason(
  name: string,
  label: boolean,
): string | undefined {
  const max = label ? 63 : 253;
  if (name.length > max) return `must be no more than ${max} characters`;
  const pattern = label ? DNS1123_LABEL : DNS1123_SUBDOMAIN;
  if (!pattern.test(name)) {
    return label
      ? `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`
      : `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;
  }
  return undefined;
}

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** `generateName` plus five characters from the alphabet the real server uses. */
export function generatedName(prefix: string): string {
  const bytes = randomBytes(5);
  let suffix = '';
  for (const b of bytes) suffix += SUFFIX_ALPHABET[b % SUFFIX_ALPHABET.length];
  return `${prefix}${suffix}`;
}

/** RFC 3339 with second precision, as object timestamps are written. */
export function timestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export const newUid = () => randomUUID();

const BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const isBase64 = (value: string) => BASE64.test(value);

/** Everything of an object but metadata and status: what `metadata.generation` counts changes of. */
export function specPart(object: any): string {
  const { metadata: _m, status: _s, ...rest } = object ?? {};
  return JSON.stringify(rest);
}
