import type { RequestHandler, Router } from 'express';
import PromiseRouter from 'express-promise-router';

/**
 * A router whose OpenAPI validation is built by its first request instead of at start.
 * express-openapi-validator compiles the OpenAPI meta-schema, checks the spec against it and
 * preprocesses every schema of it as soon as its middleware is created: 0.1 to 0.7 s of CPU per
 * plugin, which a backend's start would otherwise spend before it answers anything.
 *
 * `create` builds the validated router (@backstage/backend-openapi-utils); it runs once, and
 * every request passes through it first, so the routes added to the returned router see the
 * same parsed and validated request, and its errors reach the same error handlers, as if they
 * had been added to it.
 */
export function validatedOnFirstRequest<R extends Router>(create: () => R): R {
  let validated: R | undefined;
  const router = PromiseRouter();
  const validate: RequestHandler = (req, res, next) => {
    validated ??= create();
    validated(req, res, next);
  };
  router.use(validate);
  // Typed like the validated router: the routes added to it are the spec's.
  return router as unknown as R;
}
