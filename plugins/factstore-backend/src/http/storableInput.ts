import { InputError } from '@backstage/errors';
import type { RequestHandler } from 'express';
import { throwUnreadableBody } from './unreadableBody';

/** Deeper JSON is refused: writing it to a JSON column (or to the auditor) recurses once per level. */
export const MAX_JSON_DEPTH = 64;

/**
 * Why a parsed request value cannot be stored, or undefined when it can: PostgreSQL text cannot
 * hold U+0000, and JSON nested deeper than MAX_JSON_DEPTH overflows the stack when serialised.
 * Walks with its own stack, so the walk itself cannot overflow.
 */
export function unstorable(value: unknown, path: string): string | undefined {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [
    { value, path, depth: 0 },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value === 'string') {
      if (next.value.includes('\u0000'))
        return `${next.path}: must not contain the NUL character (\\u0000)`;
      continue;
    }
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= MAX_JSON_DEPTH)
      return `${next.path}: is nested deeper than ${MAX_JSON_DEPTH} levels`;
    const isArray = Array.isArray(next.value);
    for (const [key, child] of Object.entries(next.value)) {
      if (key.includes('\u0000'))
        return `${next.path}: keys must not contain the NUL character (\\u0000)`;
      pending.push({
        value: child,
        path: isArray ? `${next.path}[${key}]` : `${next.path}.${key}`,
        depth: next.depth + 1,
      });
    }
  }
  return undefined;
}

/** Throws a 400 naming the field when `value` (from `source`) cannot be stored. */
export function assertStorable(value: unknown, source: 'body' | 'query'): void {
  const problem = unstorable(value, source);
  if (problem) throw new InputError(`Invalid request ${source}: ${problem}`);
}

/**
 * Refuses a body that could not be read, then a JSON body or a query string that cannot be
 * stored, before any route reads them.
 */
export const refuseUnreadableOrUnstorableInput: RequestHandler = (
  req,
  _res,
  next,
) => {
  throwUnreadableBody(req);
  assertStorable(req.body, 'body');
  assertStorable(req.query, 'query');
  next();
};
