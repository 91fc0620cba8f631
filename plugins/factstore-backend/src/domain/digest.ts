import { z } from 'zod';

const DIGEST = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

/** The 64 lowercase hex of a `sha256:<hex>` or bare-hex digest, or undefined when it is neither. */
export function normalizeDigest(value: string): string | undefined {
  const match = DIGEST.exec(value.trim());
  return match ? match[1].toLowerCase() : undefined;
}

/** A zod field that accepts `sha256:<64 hex>` or 64 hex and yields the 64 lowercase hex. */
export const digestSchema = z.string().transform((value, ctx) => {
  const digest = normalizeDigest(value);
  if (!digest) {
    ctx.addIssue({
      code: 'custom',
      message: `must be sha256:<64 hex> or 64 hex characters, got "${value.slice(0, 80)}"`,
    });
    return z.NEVER;
  }
  return digest;
});

/** How the API shows a stored digest. */
export const formatDigest = (hex: string) => `sha256:${hex}`;
