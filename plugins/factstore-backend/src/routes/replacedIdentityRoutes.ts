import { NotImplementedError } from '@backstage/errors';
import type { Router } from 'express';
import { callerOf, type RouteContext } from '../http/context';

type Method = 'get' | 'put' | 'post' | 'delete';

const ORGANISATIONS =
  "organisations are Backstage's catalog groups here; a flow's org is its org name (GET /api/v1/organisations/{slug}/flows lists an org's flows)";
const SCM =
  'no SCM credentials are kept here: a pull-request attestation carries its pull requests (POST /api/v1/trails/{trailId}/attestations/pull-request)';
const MEMBERS =
  "members are the catalog's group memberships, and who may do what is Backstage's permission policy";
const USERS =
  "users are Backstage's identities: its sign-in providers and the catalog's User entities";
const TOKENS =
  "service tokens are Backstage's: backend.auth.externalAccess (static tokens, JWKS) and its service-to-service auth";
const SSO = "sign-in is Backstage's auth backend and its OIDC providers";

/**
 * Seed 002's identity routes (organisations, members, users, service accounts, API keys, SSO):
 * identities, tokens and sign-in are Backstage's in this plugin. Each answers 501 saying what
 * replaces it, after the caller is authenticated, so a client of the original learns why.
 */
export const REPLACED_IDENTITY_ROUTES: ReadonlyArray<
  readonly [Method, string, string]
> = [
  ['post', '/api/v1/organisations', ORGANISATIONS],
  ['get', '/api/v1/organisations', ORGANISATIONS],
  ['get', '/api/v1/organisations/:slug', ORGANISATIONS],
  ['put', '/api/v1/organisations/:slug', ORGANISATIONS],
  ['delete', '/api/v1/organisations/:slug', ORGANISATIONS],
  ['post', '/api/v1/organisations/:slug/scm-integrations', SCM],
  ['get', '/api/v1/organisations/:slug/scm-integrations', SCM],
  ['delete', '/api/v1/organisations/:slug/scm-integrations/:provider', SCM],
  ['get', '/api/v1/organisations/:slug/members', MEMBERS],
  ['post', '/api/v1/organisations/:slug/members', MEMBERS],
  ['get', '/api/v1/organisations/:slug/members/:userId', MEMBERS],
  ['put', '/api/v1/organisations/:slug/members/:userId', MEMBERS],
  ['delete', '/api/v1/organisations/:slug/members/:userId', MEMBERS],
  ['post', '/api/v1/users', USERS],
  ['get', '/api/v1/users', USERS],
  ['get', '/api/v1/users/:id', USERS],
  ['put', '/api/v1/users/:id', USERS],
  ['delete', '/api/v1/users/:id', USERS],
  ['post', '/api/v1/service-accounts', TOKENS],
  ['get', '/api/v1/service-accounts', TOKENS],
  ['get', '/api/v1/service-accounts/:id', TOKENS],
  ['put', '/api/v1/service-accounts/:id', TOKENS],
  ['delete', '/api/v1/service-accounts/:id', TOKENS],
  ['post', '/api/v1/service-accounts/:id/api-keys', TOKENS],
  ['get', '/api/v1/service-accounts/:id/api-keys', TOKENS],
  ['delete', '/api/v1/service-accounts/:id/api-keys/:keyId', TOKENS],
  ['post', '/api/v1/api-keys', TOKENS],
  ['get', '/api/v1/api-keys/owners/:ownerId', TOKENS],
  ['delete', '/api/v1/api-keys/:id/revoke', TOKENS],
  ['post', '/api/v1/organisations/:slug/sso', SSO],
  ['get', '/api/v1/organisations/:slug/sso', SSO],
  ['put', '/api/v1/organisations/:slug/sso', SSO],
  ['delete', '/api/v1/organisations/:slug/sso', SSO],
  ['post', '/api/v1/organisations/:slug/sso/test', SSO],
  ['get', '/api/v1/organisations/:slug/sso/login', SSO],
  ['get', '/api/v1/organisations/:slug/sso/callback', SSO],
];

export function replacedIdentityRoutes(router: Router, ctx: RouteContext) {
  for (const [method, path, replacement] of REPLACED_IDENTITY_ROUTES)
    router[method](path, async req => {
      await callerOf(ctx, req);
      throw new NotImplementedError(
        `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')} is not served: ${replacement}`,
      );
    });
}
