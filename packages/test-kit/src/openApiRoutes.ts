import type { Router } from 'express';

/** The route backend-openapi-utils adds to every router it builds, serving the spec. */
const SPEC_ROUTE = 'GET /openapi.json';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** `METHOD /path/{param}` of every route an express router serves, its own spec route excluded. */
export function servedRoutes(router: Router): string[] {
  const routes = new Set<string>();
  for (const layer of router.stack as Layer[]) {
    if (!layer.route) continue;
    const paths = [layer.route.path].flat();
    for (const method of Object.keys(layer.route.methods)) {
      if (method === '_all') continue;
      for (const path of paths) {
        routes.add(
          `${method.toUpperCase()} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
        );
      }
    }
  }
  routes.delete(SPEC_ROUTE);
  return [...routes].sort();
}

/** `METHOD /path/{param}` of every operation of an OpenAPI document. */
export function specRoutes(spec: {
  paths: Record<string, Record<string, unknown>>;
}): string[] {
  const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
  return Object.entries(spec.paths)
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter(key => methods.includes(key))
        .map(method => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}
