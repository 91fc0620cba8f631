import { randomBytes } from 'node:crypto';

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
