import { createHash, randomBytes } from 'node:crypto';

/** A DNS-1123 label: what Kubernetes accepts as a DevWorkspace and namespace name. */
export const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const MAX_NAME_LENGTH = 63;

/** Lower-cases and replaces what DNS-1123 forbids, as Che's dashboard sanitises names. */
export function sanitizeName(
  value: string,
  maxLength = MAX_NAME_LENGTH,
): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** `<base>-<5 random chars>`, the base trimmed so the whole stays a DNS-1123 label. */
export function nameWithSuffix(base: string): string {
  const suffix = randomSuffix(5);
  const stem =
    sanitizeName(base, MAX_NAME_LENGTH - suffix.length - 1) || 'workspace';
  return `${stem}-${suffix}`;
}

function randomSuffix(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(
    randomBytes(length),
    b => alphabet[b % alphabet.length],
  ).join('');
}

const PLACEHOLDER = /<username>|<userid>/g;
const HASH_LENGTH = 8;

/**
 * A user's namespace from the template (`<username>-che`): each placeholder gets an equal share
 * of the 63 characters the template's own text leaves (59 with `-che`). A value with no ASCII
 * letter (`日本`, `1234`) or longer than its share keeps what fits and gets a stable hash of the
 * whole value, so two users never meet in one namespace (never the bare `che`), and the
 * template's suffix always survives.
 */
export function userNamespaceName(
  template: string,
  values: { username: string; userid: string },
): string {
  const count = template.match(PLACEHOLDER)?.length ?? 0;
  const fixedLength = template.replace(PLACEHOLDER, '').length;
  const share = Math.floor(
    (MAX_NAME_LENGTH - fixedLength) / Math.max(count, 1),
  );
  const rendered = template.replace(PLACEHOLDER, placeholder =>
    userPart(
      placeholder === '<username>' ? values.username : values.userid,
      share,
    ),
  );
  return sanitizeName(rendered);
}

function userPart(raw: string, share: number): string {
  const clean = sanitizeName(raw);
  if (/[a-z]/.test(clean) && clean.length <= share) return clean;
  const hash = createHash('sha256')
    .update(raw)
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const stem = sanitizeName(clean, Math.max(share - HASH_LENGTH - 1, 0));
  return stem ? `${stem}-${hash}` : hash;
}
