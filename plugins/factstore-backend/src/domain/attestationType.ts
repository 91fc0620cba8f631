import { z } from 'zod';

/** An attestation's type, as routes and incoming webhooks take it. */
export const attestationTypeSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be 1-64 letters, digits, ".", "_" or "-"',
  );
