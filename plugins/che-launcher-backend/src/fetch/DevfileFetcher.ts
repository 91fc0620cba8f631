import { InputError } from '@backstage/errors';
import {
  BadGatewayError,
  blockedAddressReason,
  pinnedConnection,
} from '@fawkes/backend-http';
import { lookup as dnsLookup } from 'node:dns/promises';
import https from 'node:https';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { redactedUrl } from './redactedUrl';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all of its addresses; injectable so tests can point names anywhere. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface DevfileFetcherOptions {
  resolve?: HostResolver;
  /** Exact host names, or `*.example.com` for any subdomain. Empty: any public host. */
  allowedHosts?: string[];
  /** Skips the address check: local testing only. */
  allowPrivateNetworks?: boolean;
  /** Exact addresses exempt from the address check, e.g. an internal devfile registry. */
  allowedAddresses?: string[];
  /** Extra trusted CA certificates (PEM), e.g. a test server's. */
  ca?: string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

/** Headers to send to one hop, e.g. an SCM token only to its own integration's host. */
export type HeadersForUrl = (url: URL) => Record<string, string> | undefined;

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 3;

const defaultResolve: HostResolver = async hostname =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(a => ({
    address: a.address,
    family: a.family as 4 | 6,
  }));

/**
 * Fetches a devfile from a user-given URL without letting the URL reach inside the network:
 * https only, every resolved address of every hop checked, the connection made to the address
 * that was checked (no second resolution), redirects followed by hand (at most 3, each checked),
 * and the body capped in size and time. Every refusal is an InputError saying why.
 */
export class DevfileFetcher {
  private readonly resolve: HostResolver;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;

  constructor(private readonly options: DevfileFetcherOptions = {}) {
    this.resolve = options.resolve ?? defaultResolve;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  }

  async fetch(
    rawUrl: string,
    headersFor?: HeadersForUrl,
  ): Promise<{ content: string; url: string }> {
    const deadline = Date.now() + this.timeoutMs;
    let url = parseHttpsUrl(rawUrl, 'devfileUrl');
    for (let hop = 0; ; hop++) {
      const answer = await this.fetchOnce(url, deadline, headersFor?.(url));
      if (answer.kind === 'body')
        return { content: answer.body, url: url.toString() };
      let next: URL;
      try {
        next = new URL(answer.location, url);
      } catch {
        throw new InputError(
          `devfileUrl could not be fetched: ${redactedUrl(url)} redirected to an invalid URL`,
        );
      }
      if (hop >= this.maxRedirects) {
        throw new InputError(
          `devfileUrl could not be fetched: more than ${this.maxRedirects} redirects (last to ${redactedUrl(next)})`,
        );
      }
      url = parseHttpsUrl(
        next.toString(),
        `devfileUrl redirect from ${redactedUrl(url)}`,
      );
    }
  }

  private async fetchOnce(
    url: URL,
    deadline: number,
    headers: Record<string, string> | undefined,
  ): Promise<
    { kind: 'body'; body: string } | { kind: 'redirect'; location: string }
  > {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    this.checkAllowedHost(hostname);
    const address = await this.checkedAddress(hostname, deadline);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw timeoutError(this.timeoutMs);

    return new Promise((resolve, reject) => {
      const request = https.get(
        url,
        {
          headers: {
            accept: 'application/yaml, text/yaml, text/plain, */*',
            ...headers,
          },
          ca: this.options.ca?.length
            ? [...rootCertificates, ...this.options.ca]
            : undefined,
          // Connect to the address that was checked: the name is never resolved a second time.
          ...pinnedConnection(hostname, address),
        },
        response => {
          const status = response.statusCode ?? 0;
          if (status >= 300 && status < 400 && response.headers.location) {
            response.resume();
            resolve({ kind: 'redirect', location: response.headers.location });
            return;
          }
          if (status >= 500) {
            // The devfile server failed, not the request: a gateway error naming the host.
            response.resume();
            reject(
              new BadGatewayError(
                `devfile server ${url.host} failed: ${redactedUrl(url)} answered HTTP ${status}`,
              ),
            );
            return;
          }
          if (status < 200 || status >= 300) {
            response.resume();
            reject(
              new InputError(
                `devfileUrl could not be fetched: ${redactedUrl(url)} answered HTTP ${status}`,
              ),
            );
            return;
          }
          const declared = Number(response.headers['content-length']);
          if (declared > this.maxBytes) {
            response.destroy();
            reject(tooLargeError(this.maxBytes));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.maxBytes) {
              request.destroy(tooLargeError(this.maxBytes));
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () =>
            resolve({
              kind: 'body',
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', error => reject(fetchError(url, error)));
        },
      );
      const timer = setTimeout(
        () => request.destroy(timeoutError(this.timeoutMs)),
        remaining,
      );
      request.on('close', () => clearTimeout(timer));
      request.on('error', error =>
        reject(error instanceof InputError ? error : fetchError(url, error)),
      );
    });
  }

  private checkAllowedHost(hostname: string) {
    const allowed = this.options.allowedHosts ?? [];
    if (allowed.length === 0) return;
    const host = hostname.toLowerCase();
    const ok = allowed.some(pattern => {
      const p = pattern.toLowerCase();
      return p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p;
    });
    if (!ok)
      throw new InputError(
        `devfileUrl host ${hostname} is not allowed: allowed hosts are ${allowed.join(', ')}`,
      );
  }

  /** Resolves the host and refuses it when ANY of its addresses is not public; returns one checked address. */
  private async checkedAddress(
    hostname: string,
    deadline: number,
  ): Promise<ResolvedAddress> {
    const literal = isIP(hostname);
    const addresses = literal
      ? [{ address: hostname, family: literal as 4 | 6 }]
      : await this.resolveBefore(hostname, deadline);
    if (addresses.length === 0)
      throw new InputError(
        `devfileUrl could not be fetched: host ${hostname} has no addresses`,
      );
    if (!this.options.allowPrivateNetworks) {
      for (const { address } of addresses) {
        const reason = this.options.allowedAddresses?.includes(address)
          ? undefined
          : blockedAddressReason(address);
        if (reason) {
          throw new InputError(
            `devfileUrl host ${hostname} resolves to ${address} (${reason}), which may not be fetched from`,
          );
        }
      }
    }
    return addresses[0];
  }

  /** The host's addresses, or a timeout error once the fetch's time is up: a slow resolver counts too. */
  private async resolveBefore(
    hostname: string,
    deadline: number,
  ): Promise<ResolvedAddress[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(timeoutError(this.timeoutMs)),
        Math.max(0, deadline - Date.now()),
      );
    });
    try {
      return await Promise.race([
        this.resolve(hostname).catch(error => {
          throw new InputError(
            `devfileUrl could not be fetched: host ${hostname} could not be resolved (${(error as Error).message})`,
          );
        }),
        timeUp,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A URL that parses and uses https, or an InputError naming the field. */
export function parseHttpsUrl(raw: string, field: string): URL {
  // The URL parser would drop or escape them; the URL is stored as given, and PostgreSQL refuses a NUL.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw))
    throw new InputError(
      `${field} must not contain control characters such as NUL or line breaks: got ${JSON.stringify(raw)}`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(
      `${field} is not a valid URL: got ${JSON.stringify(raw)}`,
    );
  }
  if (url.protocol !== 'https:')
    throw new InputError(
      `${field} must use https: got ${url.protocol}//${url.host}`,
    );
  if (url.username || url.password)
    throw new InputError(`${field} must not contain credentials`);
  return url;
}

function tooLargeError(maxBytes: number) {
  return new InputError(
    `devfileUrl could not be fetched: the devfile is larger than ${maxBytes} bytes`,
  );
}

function timeoutError(timeoutMs: number) {
  return new InputError(
    `devfileUrl could not be fetched: no complete answer within ${timeoutMs} ms`,
  );
}

function fetchError(url: URL, error: Error) {
  return new InputError(
    `devfileUrl could not be fetched from ${url.host}: ${error.message}`,
  );
}
