import { CustomErrorBase } from '@backstage/errors';
import type { RequestHandler } from 'express';

/** 405: the path exists, the method does not; `Allow` lists the methods it has. */
export class MethodNotAllowedError extends CustomErrorBase {
  name = 'MethodNotAllowedError' as const;
  readonly statusCode = 405;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface SpecPath {
  pattern: RegExp;
  /** Template segments: a path with fewer is the more specific (`/x/history` before `/x/{revision}`). */
  templated: number;
  allow: string[];
}

function compile(path: string, item: Record<string, unknown>): SpecPath {
  const segments = path
    .split('/')
    .map(segment =>
      /^\{.+\}$/.test(segment)
        ? '[^/]+'
        : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  const methods = METHODS.filter(m => m in item).map(m => m.toUpperCase());
  // Express answers HEAD with the GET route.
  if (methods.includes('GET')) methods.splice(1, 0, 'HEAD');
  return {
    pattern: new RegExp(`^${segments.join('/')}/?$`),
    templated: (path.match(/\{/g) ?? []).length,
    allow: methods,
  };
}

/**
 * Answers a method a path of the spec does not have with 405 and `Allow` (OPTIONS with 204 and
 * `Allow`), instead of the 404 of an unknown path; a path the spec does not know goes on.
 */
export function methodNotAllowed(spec: {
  paths: Record<string, Record<string, unknown>>;
}): RequestHandler {
  const paths = Object.entries(spec.paths)
    .map(([path, item]) => compile(path, item))
    .sort((a, b) => a.templated - b.templated);
  return (req, res, next) => {
    const found = paths.find(p => p.pattern.test(req.path));
    if (!found || found.allow.includes(req.method)) {
      next();
      return;
    }
    res.set('Allow', found.allow.join(', '));
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new MethodNotAllowedError(
        `${req.method} is not a method of ${req.path}: use ${found.allow.join(' or ')}`,
      ),
    );
  };
}
