import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type { RequestHandler } from 'express';
import { MethodNotAllowedError } from './errors';

/** The operations of a path, in the order `Allow` lists them. */
const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'] as const;

interface SpecOperation {
  security?: unknown[];
}

interface SpecPath {
  path: string;
  pattern: RegExp;
  /** Parameter segments: a path with fewer is the more specific one. */
  templated: number;
  allow: string[];
  /** Every operation of the path is open (`security: []`), as `/health`. */
  open: boolean;
}

function compile(path: string, item: Record<string, unknown>): SpecPath {
  const segments = path
    .replace(/\/$/, '')
    .split('/')
    .map(segment =>
      /^\{.+\}$/.test(segment)
        ? '[^/]+'
        : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  const operations = METHODS.filter(m => m in item);
  const allow = operations.map(m => m.toUpperCase());
  // Express answers HEAD with a path's GET route, as Starlette does.
  if (allow.includes('GET') && !allow.includes('HEAD'))
    allow.splice(1, 0, 'HEAD');
  return {
    path,
    // Express matches paths case-insensitively and with or without a trailing slash.
    pattern: new RegExp(`^${segments.join('/')}/?$`, 'i'),
    templated: (path.match(/\{/g) ?? []).length,
    allow,
    open: operations.every(m => {
      const { security } = item[m] as SpecOperation;
      return Array.isArray(security) && security.length === 0;
    }),
  };
}

/**
 * For a path of the spec requested with a method it does not have: 405 with `Allow` listing the
 * methods it has, as HTTP says (and FastAPI answers), instead of the 404 of an unknown path
 * (OPTIONS: 204 with `Allow`). The caller's credentials are checked first, unless the path is
 * open, so a request without them is still a 401 and learns nothing of the routes. Added after
 * the routes, so only requests no route took reach it; paths the spec does not have go on to the
 * 404.
 */
export function methodNotAllowed(
  spec: { paths: Record<string, Record<string, unknown>> },
  httpAuth: HttpAuthService,
): RequestHandler {
  const paths = Object.entries(spec.paths)
    .map(([path, item]) => compile(path, item))
    .sort((a, b) => a.templated - b.templated);
  return async (req, res, next) => {
    const found = paths.find(p => p.pattern.test(req.path));
    if (!found || found.allow.includes(req.method)) {
      next();
      return;
    }
    try {
      if (!found.open)
        await httpAuth.credentials(req, { allow: ['user', 'service'] });
    } catch (error) {
      next(error);
      return;
    }
    res.setHeader('Allow', found.allow.join(', '));
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new MethodNotAllowedError(
        `${req.method} is not a method of ${found.path}: use ${found.allow.join(', ')}`,
      ),
    );
  };
}
