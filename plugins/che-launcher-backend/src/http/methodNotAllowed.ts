import type express from 'express';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * For every path of the spec, a method the path does not have is answered 405 with `Allow`
 * listing the ones it has (OPTIONS: 204 with `Allow`), as HTTP says, instead of 404. Added
 * after the routes, so only requests no route took reach it.
 */
export function answerMethodNotAllowed(
  router: express.Router,
  spec: { paths: Record<string, Record<string, unknown>> },
): void {
  for (const [path, item] of Object.entries(spec.paths)) {
    const allowed = METHODS.filter(m => m in item).map(m => m.toUpperCase());
    if (allowed.includes('GET')) allowed.splice(1, 0, 'HEAD');
    const allow = allowed.join(', ');
    router.all(path.replace(/\{([^}]+)\}/g, ':$1'), (req, res) => {
      res.set('Allow', allow);
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
      res.status(405).json({
        error: {
          name: 'MethodNotAllowedError',
          message: `${req.method} is not allowed on ${path}: use ${allow}`,
        },
        request: { method: req.method, url: req.originalUrl },
        response: { statusCode: 405 },
      });
    });
  }
}
