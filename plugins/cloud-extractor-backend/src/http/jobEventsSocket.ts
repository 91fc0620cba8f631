import type {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  AuthenticationError,
  isError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  errorStatus,
} from '@fawkes/backend-http';
import type { RequestHandler } from 'express';
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { JobStore } from '../database/JobStore';
import {
  jobEventFeed,
  jobEventMessage,
  KEEP_ALIVE,
} from '../jobs/jobEventFeed';
import { jobIdParam } from '../schemas';
import { errorBody } from './errorResponse';

const SOCKET_PATH = /^\/ws\/jobs\/([^/]*)\/?$/;

/**
 * Seed 003's `ws://…/ws/jobs/{job_id}`: a job's events as `{"type", "data"}` messages, from its
 * first, until it has finished; then the socket closes with 1000.
 *
 * A WebSocket upgrade reaches the HTTP server's `upgrade` event, not the plugin's router, so the
 * backend's credential barrier does not see it. As Backstage's signals plugin does, the listener is
 * added from the first request that reaches the plugin (the server is only reachable from a
 * request's socket) and authenticates the upgrade itself: a Backstage token in
 * `Authorization: Bearer …` (scripts, CLIs) or as the first `Sec-WebSocket-Protocol` (browsers,
 * which cannot set headers on a WebSocket). A user or a service may watch, as on the events route.
 */
export class JobEventsSocket {
  private readonly listening = new WeakSet<Server>();
  private readonly sockets = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    // Clients have nothing to say on this socket; a frame larger than this is refused unread.
    maxPayload: 4096,
  });
  private readonly open = new Set<WebSocket>();
  /** The plugin's base path, asked of discovery once. */
  private base?: Promise<string>;

  constructor(
    private readonly options: {
      auth: AuthService;
      httpAuth: HttpAuthService;
      logger: LoggerService;
      store: JobStore;
      /** The path the plugin is served under, e.g. `/api/cloud-extractor`. */
      basePath: () => Promise<string>;
      pollIntervalMs: number;
    },
  ) {}

  /**
   * Router middleware: listens for upgrades on the server of the first request, and answers a plain
   * HTTP request for the socket's path: 426 to a caller with credentials. The socket's paths are
   * open to the credential barrier (plugin.ts) so that a browser's first upgrade, whose token is a
   * subprotocol, still reaches this middleware on a replica that has answered nothing yet.
   */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const server = (req.socket as { server?: Server }).server;
      if (server && !this.listening.has(server)) {
        this.listening.add(server);
        server.on('upgrade', (request, socket: Duplex, head) => {
          // Node takes its own error listener off a socket it hands to `upgrade`: a client that
          // goes away while the upgrade is checked would otherwise be an uncaught error.
          socket.on('error', () => socket.destroy());
          this.upgrade(server, request, socket, head).catch(error => {
            this.options.logger.warn(
              `Job event socket upgrade failed: ${String(error)}`,
            );
            socket.destroy();
          });
        });
      }
      if (!SOCKET_PATH.test(req.path)) {
        next();
        return;
      }
      if (req.headers.upgrade?.toLowerCase() === 'websocket') {
        // An upgrade that came as a request: no listener was there yet. It is now; try again.
        res.setHeader('Retry-After', '0');
        next(
          new ServiceUnavailableError(
            'The WebSocket was not ready on this backend; retry',
          ),
        );
        return;
      }
      this.options.httpAuth
        .credentials(req, { allow: ['user', 'service'] })
        .then(() => {
          res.setHeader('Upgrade', 'websocket');
          next(
            Object.assign(
              new Error(
                `${req.path} is a WebSocket: connect with Upgrade: websocket`,
              ),
              { name: 'UpgradeRequiredError', statusCode: 426 },
            ),
          );
        })
        .catch(next);
    };
  }

  /** Closes every open socket (1001, going away): the backend is shutting down. */
  close(): void {
    for (const ws of this.open) ws.close(1001, 'backend shutting down');
    this.open.clear();
  }

  private async upgrade(
    server: Server,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): Promise<void> {
    const { logger } = this.options;
    const path = new URL(request.url ?? '/', 'http://upgrade').pathname;
    this.base ??= this.options.basePath().catch(error => {
      this.base = undefined; // asked again by the next upgrade
      throw error;
    });
    const base = await this.base;
    const match = path.startsWith(`${base}/`)
      ? SOCKET_PATH.exec(path.slice(base.length))
      : null;
    if (!match) {
      // Another listener may own the path; when none is there, say so instead of leaving it open.
      if (
        path.startsWith(`${base}/`) ||
        server.listenerCount('upgrade') === 1
      ) {
        refuse(socket, request, new NotFoundError(`No WebSocket at ${path}`));
      }
      return;
    }
    try {
      await this.authenticate(request);
      const jobId = jobIdParam(decodedSegment(match[1]));
      await this.options.store.require(jobId);
      this.sockets.handleUpgrade(request, socket, head, ws =>
        this.stream(ws, jobId),
      );
    } catch (error) {
      // The caller's own refusals (401, 403, 404) as they are; anything else (the database, the
      // auth service) is a dependency down: 503, with what failed logged, not answered.
      if (isError(error) && [401, 403, 404].includes(errorStatus(error))) {
        refuse(socket, request, error);
        return;
      }
      logger.warn(`Job event socket refused: ${String(error)}`);
      refuse(
        socket,
        request,
        new ServiceUnavailableError(
          `The job events cannot be read now; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds`,
        ),
      );
    }
  }

  private async authenticate(
    request: IncomingMessage,
  ): Promise<BackstageCredentials> {
    const token = bearerToken(request) ?? protocolToken(request);
    if (!token) {
      throw new AuthenticationError('Missing credentials');
    }
    try {
      return await this.options.auth.authenticate(token);
    } catch (error) {
      // As Backstage answers an HTTP request: a token it cannot verify is 401, one valid but not
      // allowed here is 403; the auth service failing itself is 503, not the caller's fault.
      const name = isError(error) ? error.name : '';
      if (name === NotAllowedError.name)
        throw new NotAllowedError('Not allowed to call this plugin');
      if (name === AuthenticationError.name || name === 'InputError')
        throw new AuthenticationError('Invalid credentials');
      throw error;
    }
  }

  private async stream(ws: WebSocket, jobId: string): Promise<void> {
    let closed = false;
    this.open.add(ws);
    ws.on('close', () => {
      closed = true;
      this.open.delete(ws);
    });
    ws.on('error', () => {
      closed = true;
    });
    try {
      for await (const batch of jobEventFeed({
        store: this.options.store,
        jobId,
        afterId: 0,
        pollIntervalMs: this.options.pollIntervalMs,
        isClosed: () => closed,
      })) {
        if (batch === KEEP_ALIVE) ws.ping();
        else for (const event of batch) ws.send(jobEventMessage(event));
      }
      ws.close(1000, 'job finished');
    } catch (error) {
      this.options.logger.warn(
        `Job event socket for ${jobId} ended: ${String(error)}`,
      );
      ws.close(1011, 'job store unavailable');
    }
  }
}

/** A path segment as sent; one that does not decode names no job (404). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

function protocolToken(request: IncomingMessage): string | undefined {
  const offered = request.headers['sec-websocket-protocol'];
  return offered?.split(',')[0]?.trim() || undefined;
}

/** An HTTP answer on the raw socket, in the plugin's error body; flushed before it closes. */
function refuse(socket: Duplex, request: IncomingMessage, error: Error) {
  const { statusCode, body } = errorBody(error, request);
  const json = JSON.stringify(body);
  // A 503 says when to come back, as the plugin's other 503s do.
  const retryAfter =
    statusCode === 503
      ? `Retry-After: ${DATABASE_RETRY_AFTER_SECONDS}\r\n`
      : '';
  socket.end(
    `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}\r\n${retryAfter}` +
      `Connection: close\r\n` +
      `Content-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      `\r\n${json}`,
  );
}
