import {
  rawBodyOf,
  rawBodyReader,
  unreadableBodyError,
} from '@fawkes/backend-http';
import type { Request, RequestHandler } from 'express';

/** Routes whose callers sign the body (webhooks, Slack): read raw, never by the JSON parser. */
const SIGNED =
  /^\/api\/v1\/(webhooks\/[^/]+|organisations\/[^/]+\/slack\/(commands|actions))\/?$/;

/** Slack posts its commands as form fields; everything else signed here is JSON. */
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

/** Reads the body of a signed route raw and hands the route its JSON (or form fields). */
export function signedBody(limit: string): RequestHandler {
  return rawBodyReader({
    limit,
    applies: req => req.method === 'POST' && SIGNED.test(req.path),
    parse: parsed,
  });
}

/** The bytes `signedBody` read; throws why the body could not be read, if it could not. */
export function signedBytesOf(req: Request): Buffer {
  const { raw, unreadable } = rawBodyOf(req);
  if (unreadable) throw unreadableBodyError(unreadable);
  return raw;
}
