/** One route a plugin serves, relative to its base URL /api/<pluginId>. */
export interface PluginRoute {
  method: string;
  path: string;
}

// Routes Backstage itself adds to every plugin router (JWKS, cookie auth, permission metadata).
const FRAMEWORK_PREFIXES = ['/.backstage/', '/.well-known/backstage/'];

/** The static prefix an express router was mounted at, from the regexp express compiled for it. */
function mountPrefix(regexp: RegExp): string {
  const source = regexp.source
    .replace(/^\^/, '')
    .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '');
  const prefix = source.replace(/\\(.)/g, '$1');
  if (/[()[\]*+?|^$]/.test(prefix)) {
    throw new Error(
      `A router is mounted at a pattern (${regexp}); mount routers at static paths so their routes can be listed`,
    );
  }
  return prefix;
}

function collect(stack: any[], prefix: string, routes: PluginRoute[]) {
  for (const layer of stack) {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter(
        m => m !== '_all',
      );
      // A route may be registered under several paths at once (`router.post([a, b], ...)`).
      const paths: string[] = Array.isArray(layer.route.path)
        ? layer.route.path
        : [layer.route.path];
      for (const method of methods.length > 0
        ? methods
        : ['get', 'post', 'put', 'delete']) {
        for (const path of paths)
          routes.push({
            method: method.toUpperCase(),
            path: `${prefix}${path}`,
          });
      }
    } else if (Array.isArray(layer.handle?.stack)) {
      collect(
        layer.handle.stack,
        `${prefix}${mountPrefix(layer.regexp)}`,
        routes,
      );
    }
  }
}

/**
 * Every route of a plugin as the running express app serves it, found by walking the app's
 * router stack below `/api/<pluginId>`. Framework routes are left out.
 */
export function listPluginRoutes(app: any, pluginId: string): PluginRoute[] {
  const base = `/api/${pluginId}`;
  const routes: PluginRoute[] = [];
  const visit = (stack: any[]) => {
    for (const layer of stack) {
      if (!Array.isArray(layer.handle?.stack)) continue;
      if (layer.regexp?.test(base) && !layer.regexp.test('/'))
        collect(layer.handle.stack, '', routes);
      else visit(layer.handle.stack);
    }
  };
  visit(app._router.stack);
  return routes.filter(
    r => !FRAMEWORK_PREFIXES.some(p => r.path.startsWith(p)),
  );
}

/** A concrete URL for a route path: each `:param` becomes a sample value. */
export const samplePath = (path: string) =>
  path
    .replace(/:([A-Za-z0-9_]+)(\([^)]*\))?\??/g, 'sample-$1')
    .replace(/\*/g, 'sample');
