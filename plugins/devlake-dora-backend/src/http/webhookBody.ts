import express, { type Request, type RequestHandler } from 'express';

/** A webhook delivery as it arrived: its exact bytes (what signatures cover) and their JSON. */
export interface WebhookDelivery {
  raw: Buffer;
  /** The parsed body; undefined when the bytes are not JSON. */
  json: unknown;
  /** Why the body could not be read at all (too large, aborted): thrown before anything else. */
  unreadable?: Error;
}

const deliveries = new WeakMap<Request, WebhookDelivery>();

/** The webhook routes' prefixes, whose bodies are read raw instead of by the JSON parser. */
export const WEBHOOK_PREFIXES = ['/webhooks', '/plugins/webhook'];

function parsed(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
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
  const raw = express.raw({ type: () => true, limit });
  return (req, res, next) => {
    if (!WEBHOOK_PREFIXES.some(prefix => req.path.startsWith(`${prefix}/`))) {
      next();
      return;
    }
    raw(req, res, (error?: unknown) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const json = error ? undefined : parsed(bytes);
      deliveries.set(req, {
        raw: bytes,
        json,
        unreadable: error ? (error as Error) : undefined,
      });
      req.body = json;
      next();
    });
  };
}

/** The delivery `webhookBody` read for this request. */
export function deliveryOf(req: Request): WebhookDelivery {
  return deliveries.get(req) ?? { raw: Buffer.alloc(0), json: undefined };
}
