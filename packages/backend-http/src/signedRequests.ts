import express, { type Request, type RequestHandler } from 'express';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Constant-time comparison that leaks neither content nor length: both sides are hashed to 32
 * bytes first, so timingSafeEqual always runs over equal lengths and nothing returns early.
 */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** HMAC-SHA256 of `data` with `secret`, hex: what GitHub, Slack and most webhooks sign with. */
export const hmacSha256Hex = (secret: string, data: Buffer | string) =>
  createHmac('sha256', secret).update(data).digest('hex');

/** A request body read raw: its exact bytes (what a signature covers) and what they parse to. */
export interface RawBody {
  raw: Buffer;
  /** What the reader's `parse` made of the bytes; undefined when they could not be read. */
  body: unknown;
  /** Why the body could not be read at all (too large, aborted), as the body parser said. */
  unreadable?: unknown;
}

const rawBodies = new WeakMap<Request, RawBody>();

/**
 * Reads the body of the requests `applies` picks raw, whatever their content type, instead of
 * the JSON parser: the bytes are kept for the signature check and `req.body` becomes what `parse`
 * makes of them, for the OpenAPI validator and the route. A body that cannot be read is kept for
 * the route to answer, after it has checked the signature. Other requests pass untouched.
 */
export function rawBodyReader(options: {
  limit: string;
  applies: (req: Request) => boolean;
  parse: (req: Request, raw: Buffer) => unknown;
}): RequestHandler {
  const read = express.raw({ type: () => true, limit: options.limit });
  return (req, res, next) => {
    if (!options.applies(req)) {
      next();
      return;
    }
    read(req, res, (error?: unknown) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const body = error ? undefined : options.parse(req, raw);
      rawBodies.set(req, { raw, body, unreadable: error ?? undefined });
      req.body = body;
      next();
    });
  };
}

/** What `rawBodyReader` read for this request (no bytes for a request it did not read). */
export function rawBodyOf(req: Request): RawBody {
  return rawBodies.get(req) ?? { raw: Buffer.alloc(0), body: undefined };
}
