import type { RequestHandler, Router } from 'express';
import PromiseRouter from 'express-promise-router';
import { servedSpec } from './servedSpec';
import { specParts, type OpenApiDocument } from './specParts';

/**
 * A router whose OpenAPI validation is built by the first request that needs it instead of at
 * start. express-openapi-validator compiles the OpenAPI meta-schema, checks the spec against it and
 * preprocesses every schema of it as soon as its middleware is created: 0.1 to 0.7 s of CPU per
 * plugin, which a backend's start would otherwise spend before it answers anything.
 *
 * `create` builds a validated router (@backstage/backend-openapi-utils) from a spec. It is given
 * the part of the spec a request can match (see `specParts`), once per part, so that the
 * validator's search for the request's route, made on every request, tries the routes of that
 * part only; a request no path can match gets the whole spec. Every request passes through it
 * first, so the routes added to the returned router see the same parsed and validated request,
 * and its errors reach the same error handlers, as if they had been added to it.
 */
export function validatedOnFirstRequest<R extends Router>(
  spec: OpenApiDocument,
  create: (spec: OpenApiDocument) => R,
): R {
  const parts = specParts(spec);
  let whole: R | undefined;
  const byPart = new Map<string, R>();
  const validatorFor = (url: string): R => {
    const part = parts.partFor(url);
    if (!part) return (whole ??= create(spec));
    let validator = byPart.get(part.key);
    if (!validator) {
      validator = create(part.spec());
      byPart.set(part.key, validator);
    }
    return validator;
  };
  const router = PromiseRouter();
  const validate: RequestHandler = (req, res, next) => {
    validatorFor(req.url)(req, res, next);
  };
  // Before the validated router's own /openapi.json, which would label the spec 3.0.3.
  router.get('/openapi.json', servedSpec(spec));
  router.use(validate);
  // Typed like the validated router: the routes added to it are the spec's.
  return router as unknown as R;
}
