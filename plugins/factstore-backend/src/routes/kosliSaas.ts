import { NotImplementedError } from '@backstage/errors';
import type { Router } from 'express';
import { callerOf, type RouteContext } from '../http/context';

/**
 * Kosli CLI commands whose server side is a Kosli SaaS feature factstore does not have: identities
 * and tokens are Backstage's, deployment policies are factstore's own (/api/v1/deployment-policies).
 * Each answers 501 naming the command, after the caller is authenticated.
 */
export const KOSLI_SAAS_ONLY: ReadonlyArray<
  readonly ['get' | 'put' | 'post' | 'patch' | 'delete', string, string]
> = [
  ['post', '/api/v2/service-accounts/:org', 'create service-account'],
  ['get', '/api/v2/service-accounts/:org', 'list service-accounts'],
  ['get', '/api/v2/service-accounts/:org/:name', 'get service-account'],
  ['patch', '/api/v2/service-accounts/:org/:name', 'update service-account'],
  ['delete', '/api/v2/service-accounts/:org/:name', 'delete service-account'],
  ['post', '/api/v2/service-accounts/:org/:name/api-keys', 'create api-key'],
  ['get', '/api/v2/service-accounts/:org/:name/api-keys', 'list api-keys'],
  ['get', '/api/v2/service-accounts/:org/:name/api-keys/:key', 'get api-key'],
  [
    'delete',
    '/api/v2/service-accounts/:org/:name/api-keys/:key',
    'delete api-key',
  ],
  [
    'post',
    '/api/v2/service-accounts/:org/:name/api-keys/:key/rotate',
    'rotate api-key',
  ],
  ['post', '/api/v2/controls/:org', 'create control'],
  ['get', '/api/v2/controls/:org', 'list controls'],
  ['get', '/api/v2/controls/:org/:control', 'get control'],
  ['put', '/api/v2/controls/:org/:control', 'update control'],
  ['post', '/api/v2/controls/:org/:control/archive', 'archive control'],
  ['post', '/api/v2/controls/:org/:control/unarchive', 'unarchive control'],
  [
    'post',
    '/api/v2/attestations/:org/:flow/trail/:trail/system',
    'attest decision',
  ],
  ['put', '/api/v2/policies/:org', 'create policy'],
  ['get', '/api/v2/policies/:org', 'list policies'],
  ['get', '/api/v2/policies/:org/:policy', 'get policy'],
  ['post', '/api/v2/environments/:org/:env/policies', 'attach-policy'],
  ['delete', '/api/v2/environments/:org/:env/policies', 'detach-policy'],
  ['get', '/api/v2/repos/:org', 'list repos'],
  ['get', '/api/v2/repos/:org/:repo', 'get repo'],
  ['patch', '/api/v2/tags/:org/:kind/:id', 'tag'],
  [
    'put',
    '/api/v2/organizations/:org/experimental_features',
    'enable beta / disable beta',
  ],
  ['get', '/api/v2/user/default-org', 'get default-org'],
  ['put', '/api/v2/user/:org', 'update default-org'],
];

export function kosliSaasRoutes(router: Router, ctx: RouteContext) {
  for (const [method, path, command] of KOSLI_SAAS_ONLY)
    router[method](path, async req => {
      await callerOf(ctx, req);
      throw new NotImplementedError(
        `kosli ${command} is a Kosli SaaS feature that factstore does not provide`,
      );
    });
}
