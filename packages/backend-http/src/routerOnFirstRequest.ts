import { Router, type RequestHandler } from 'express';

/**
 * A plugin's router loaded by its first request instead of at start: `load` imports the router's
 * module (and what only requests use) and builds it, so a backend's start neither compiles nor
 * runs that module tree. What must happen at start (config checks, migrations, scheduled tasks,
 * auth policies, permissions) stays in the plugin's init.
 *
 * Requests that arrive while `load` runs wait for the same load. A failed load answers the
 * requests waiting for it through express's error handling (`next(err)`) and is not kept: the
 * next request loads again. The loaded router is added to the returned one, where its routes
 * are found by whatever walks the app's router stack, as if it had been added at start.
 */
export function routerOnFirstRequest(
  load: () => Promise<RequestHandler>,
): Router {
  const router = Router();
  let loaded = false;
  let loading: Promise<void> | undefined;
  router.use((_req, _res, next) => {
    if (loaded) {
      next();
      return;
    }
    loading ??= load().then(
      handler => {
        router.use(handler);
        loaded = true;
      },
      error => {
        loading = undefined;
        throw error;
      },
    );
    loading.then(() => next(), next);
  });
  return router;
}
