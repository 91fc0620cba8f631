import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/** Where a value came from, named in error messages so a client knows what to fix. */
export type InputSource = 'body' | 'query' | 'params' | 'headers';

function fieldPath(
  source: InputSource,
  path: ReadonlyArray<PropertyKey>,
): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`,
    source,
  );
}

/**
 * Validates request input against a zod schema and returns the typed value; otherwise throws an
 * InputError (400) naming every field that is wrong and what is expected of it.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: InputSource,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    issue => `${fieldPath(source, issue.path)}: ${issue.message}`,
  );
  throw new InputError(`Invalid request ${source}: ${problems.join('; ')}`);
}
