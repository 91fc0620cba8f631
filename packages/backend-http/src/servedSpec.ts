import type { RequestHandler } from 'express';
import type { OpenApiDocument } from './specParts';

/**
 * `GET /openapi.json`: the spec as written, its paths under the router's base (`/api/devlake`),
 * as Backstage's validated router serves it. That router serves it through openapi-merge, which
 * labels every document `openapi: 3.0.3`; the plugins' specs are 3.1 (`type: [string, 'null']`,
 * `identifier`), so the served document was invalid for client generators and validators.
 */
export function servedSpec(spec: OpenApiDocument): RequestHandler {
  const byBase = new Map<string, OpenApiDocument>();
  return (req, res) => {
    let served = byBase.get(req.baseUrl);
    if (!served) {
      served = {
        ...spec,
        paths: Object.fromEntries(
          Object.entries(spec.paths).map(([path, item]) => [
            `${req.baseUrl}${path}`,
            item,
          ]),
        ),
      };
      byBase.set(req.baseUrl, served);
    }
    res.json(served);
  };
}
