import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { localTls } from '@fawkes/test-kit';

export interface TestRoute {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Waits this long before answering. */
  delayMs?: number;
}

/**
 * An https server on 127.0.0.1 with a certificate made at test time, answering fixed routes:
 * the devfile host for fetcher and route tests. Its CA goes to the fetcher as an extra CA.
 */
export class HttpsTestServer {
  readonly routes = new Map<string, TestRoute>();
  /** Every request seen: path and headers. */
  readonly requests: Array<{
    path: string;
    headers: Record<string, string | string[] | undefined>;
  }> = [];
  readonly ca: string;
  private readonly server: https.Server;

  constructor() {
    const tls = localTls(['devfiles.test']);
    this.ca = tls.cert;
    this.server = https.createServer(tls, (req, res) => {
      const path = req.url ?? '/';
      this.requests.push({ path, headers: req.headers });
      const route = this.routes.get(path.split('?')[0]);
      const answer = () => {
        if (!route) {
          res.writeHead(404).end('not found');
          return;
        }
        res.writeHead(route.status ?? 200, {
          'content-type': 'text/yaml',
          ...route.headers,
        });
        res.end(route.body ?? '');
      };
      if (!route?.delayMs) {
        answer();
        return;
      }
      // A client that gave up must not leave the delayed answer's timer holding the process open.
      const delayed = setTimeout(answer, route.delayMs);
      res.on('close', () => clearTimeout(delayed));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>(resolve =>
      this.server.listen(0, '127.0.0.1', resolve),
    );
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `https://127.0.0.1:<port><path>`, or with another host name (resolved by the test's resolver). */
  url(path: string, host = '127.0.0.1'): string {
    return `https://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }
}
