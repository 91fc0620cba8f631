import { rawBodyOf, rawBodyReader } from '@fawkes/backend-http';
import type { Request, RequestHandler } from 'express';

/**
 * A webhook delivery as it arrived: its exact bytes (what signatures cover) and their JSON (the
 * body itself, or a form's `payload` field).
 */
export interface WebhookDelivery {
  raw: Buffer;
  /** The parsed body; undefined when the bytes are not JSON. */
  json: unknown;
  /** Why the body could not be read at all (too large, aborted): thrown before anything else. */
  unreadable?: Error;
}

/** The webhook routes' prefixes, whose bodies are read raw instead of by the JSON parser. */
export const WEBHOOK_PREFIXES = ['/webhooks', '/plugins/webhook'];

/**
 * Whether the delivery is a form whose `payload` field holds the JSON: GitHub's "form" content
 * type, the default of a webhook made in its settings (also Gitea's and Gogs').
 */
export function isFormDelivery(req: Request): boolean {
  return (
    req.is('application/x-www-form-urlencoded') ===
    'application/x-www-form-urlencoded'
  );
}

function parsed(req: Request, raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  const text = isFormDelivery(req)
    ? new URLSearchParams(raw.toString('utf8')).get('payload')
    : raw.toString('utf8');
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a webhook's body raw, whatever its content type, and parses it once: the bytes are kept
 * for the signature check, the JSON is the request body the OpenAPI validator and the route see.
 * A body that cannot be read is kept for the route to answer (so the validator's error handler
 * does not turn a 413 into a 400).
 */
export function webhookBody(limit: string): RequestHandler {
  return rawBodyReader({
    limit,
    applies: req =>
      WEBHOOK_PREFIXES.some(prefix => req.path.startsWith(`${prefix}/`)),
    parse: parsed,
  });
}

/** The delivery `webhookBody` read for this request. */
export function deliveryOf(req: Request): WebhookDelivery {
  const { raw, body, unreadable } = rawBodyOf(req);
  return { raw, json: body, unreadable: unreadable as Error | undefined };
}

/**
 * Where the first text holding a NUL character is in a JSON value (`.event.data.id`, `[0]`, a key
 * too), or undefined. PostgreSQL cannot store a NUL in text, so such a value is refused by name
 * rather than by the database.
 */
export function nulPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string')
    return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path}.${key}`;
      const found = nulPath(item, `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
