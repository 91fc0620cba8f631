import { z } from 'zod';

/** The largest value an `integer` column holds (PostgreSQL int4). */
export const INT_MAX = 2_147_483_647;

/** Names that can appear in Kosli URL paths: flows, trails, environments, orgs. */
export const nameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._~-]{0,254}$/,
    'must be 1-255 letters, digits, ".", "_", "~" or "-", starting with a letter or digit',
  );

export { attestationTypeSchema } from '../domain/attestationType';

export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'must be an http(s) URL',
});

/** `?archive=true` on a delete: archive instead (Kosli's behaviour). */
export const archiveQuery = z.object({
  archive: z
    .enum(['true', 'false'], { message: 'must be "true" or "false"' })
    .default('false')
    .transform(v => v === 'true'),
});
