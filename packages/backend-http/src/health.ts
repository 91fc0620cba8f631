import type { RequestHandler } from 'express';

export interface HealthOptions {
  /** The plugin's version, reported as the seeds' health responses do. */
  version: string;
  /** Throws when a dependency the plugin cannot serve without (its database) is down. */
  check: () => Promise<void>;
}

/**
 * `GET /health`: `{status: 'healthy', timestamp, version}`, or 503 with `status: 'unhealthy'`.
 * It is the one route of a plugin open without credentials, so it reveals no details.
 */
export function healthHandler(options: HealthOptions): RequestHandler {
  return async (_req, res) => {
    const timestamp = new Date().toISOString();
    try {
      await options.check();
      res.json({ status: 'healthy', timestamp, version: options.version });
    } catch {
      res
        .status(503)
        .json({ status: 'unhealthy', timestamp, version: options.version });
    }
  };
}
