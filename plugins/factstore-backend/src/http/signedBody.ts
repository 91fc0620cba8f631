import { unreadableBodyError } from '@fawkes/backend-http';
import express, { type Request, type RequestHandler } from 'express';

/** A signed request's exact bytes: what its signature covers. */
const raws = new WeakMap<Request, Buffer>();
const unreadable = new WeakMap<Request, Error>();

/** Routes whose callers sign the body (webhooks, Slack): read raw, never by the JSON parser. */
const SIGNED =
  /^\/api\/v1\/(webhooks\/[^/]+|organisations\/[^/]+\/slack\/(commands|actions))\/?$/;

function parsed(req: Request, raw: Buffer): unknown {
  const text = raw.toString('utf8');
  if (req.is('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text));
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the body of a signed route raw, whatever its content type, keeps the bytes for the
 * signature check and hands the route its JSON (or form fields). Other requests pass untouched.
 */
export function signedBody(limit: string): RequestHandler {
  const raw = express.raw({ type: () => true, limit });
  return (req, res, next) => {
    if (req.method !== 'POST' || !SIGNED.test(req.path)) {
      next();
      return;
    }
    raw(req, res, (error?: unknown) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      raws.set(req, bytes);
      if (error) unreadable.set(req, unreadableBodyError(error));
      req.body = error ? undefined : parsed(req, bytes);
      next();
    });
  };
}

/** The bytes `signedBody` read; throws why the body could not be read, if it could not. */
export function rawBodyOf(req: Request): Buffer {
  const error = unreadable.get(req);
  if (error) throw error;
  return raws.get(req) ?? Buffer.alloc(0);
}
