import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { blockedAddressReason } from './addressPolicy';

/** Where outbound requests to user- or config-given URLs may go. */
export interface OutboundPolicy {
  /**
   * Exact addresses exempt from the address check (e.g. an internal Jira, or a test server on
   * 127.0.0.1). Plain http is allowed only to these: secrets never cross the network in clear.
   */
  allowedAddresses?: string[];
  /** Resolves a host name to all of its addresses; injectable for tests. */
  resolve?: (
    hostname: string,
  ) => Promise<Array<{ address: string; family: 4 | 6 }>>;
}

/** Why an outbound request was not sent: the URL or its address is not allowed. */
export class OutboundRefusedError extends Error {
  name = 'OutboundRefusedError';
}

export interface GuardedRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Whole request, connection to last byte. Default 10 s. */
  timeoutMs?: number;
  /** Largest answer read; the rest is dropped. Default 1 MiB. */
  maxBytes?: number;
}

export interface GuardedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const defaultResolve = async (hostname: string) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(a => ({
    address: a.address,
    family: a.family as 4 | 6,
  }));

/**
 * Request options that connect to the address that was checked, so the name is never resolved a
 * second time (no DNS rebinding between check and connection), keeping TLS's server name.
 */
export function pinnedConnection(
  hostname: string,
  address: { address: string; family: 4 | 6 },
) {
  return {
    lookup: (_host: string, opts: any, callback: any) => {
      if (opts?.all) callback(null, [address]);
      else callback(null, address.address, address.family);
    },
    servername: isIP(hostname) ? undefined : hostname,
    agent: false as const,
  };
}

/**
 * Checks a URL before anything is sent: http(s) only, no credentials in it, and every address its
 * host resolves to public unicast (or explicitly allowed). Returns the checked address, which the
 * request then connects to, so the name is never resolved a second time (no DNS rebinding).
 */
export async function checkOutboundUrl(
  rawUrl: string | URL,
  policy: OutboundPolicy,
): Promise<{ url: URL; address: { address: string; family: 4 | 6 } }> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new OutboundRefusedError(
      `not a valid URL: ${JSON.stringify(String(rawUrl))}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new OutboundRefusedError(`must use https: got ${url.protocol}`);
  if (url.username || url.password)
    throw new OutboundRefusedError('must not contain credentials');
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(hostname);
  let addresses: Array<{ address: string; family: 4 | 6 }>;
  try {
    addresses = literal
      ? [{ address: hostname, family: literal as 4 | 6 }]
      : await (policy.resolve ?? defaultResolve)(hostname);
  } catch (error) {
    throw new OutboundRefusedError(
      `host ${hostname} could not be resolved (${(error as Error).message})`,
    );
  }
  if (addresses.length === 0)
    throw new OutboundRefusedError(`host ${hostname} has no addresses`);
  const allowed = policy.allowedAddresses ?? [];
  for (const { address } of addresses) {
    if (allowed.includes(address)) continue;
    const reason = blockedAddressReason(address);
    if (reason)
      throw new OutboundRefusedError(
        `host ${hostname} resolves to ${address} (${reason}), which may not be called`,
      );
  }
  if (
    url.protocol === 'http:' &&
    !addresses.every(({ address }) => allowed.includes(address))
  )
    throw new OutboundRefusedError(
      `must use https: got http:// to ${hostname}, which is not an explicitly allowed address`,
    );
  return { url, address: addresses[0] };
}

/**
 * One HTTP request to a URL someone else chose, through the suite's SSRF guard
 * (`checkOutboundUrl`): connects to the checked address, follows no redirects, caps the answer's
 * size and the request's time. Throws OutboundRefusedError before sending when the URL is not
 * allowed, and a plain Error when the request fails on the way.
 */
export async function guardedRequest(
  rawUrl: string | URL,
  request: GuardedRequest,
  policy: OutboundPolicy,
): Promise<GuardedResponse> {
  const { url, address } = await checkOutboundUrl(rawUrl, policy);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const timeoutMs = request.timeoutMs ?? 10_000;
  const maxBytes = request.maxBytes ?? 1024 * 1024;
  const client = url.protocol === 'https:' ? https : http;
  const body =
    request.body === undefined ? undefined : Buffer.from(request.body);
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: request.method ?? 'GET',
        headers: {
          ...request.headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
        ...pinnedConnection(hostname, address),
      },
      response => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size >= maxBytes) return;
          size += chunk.length;
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).subarray(0, maxBytes),
          }),
        );
        response.on('error', reject);
      },
    );
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end(body);
  });
}
