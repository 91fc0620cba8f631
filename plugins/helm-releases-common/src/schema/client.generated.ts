// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { paths } from './openapi.generated';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The options of a call: `params` (path, query, header) and `body`. */
export type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<
  paths[P],
  M
>;

/** What a call answers on success (nothing for a 204). */
export type Answer<P extends keyof paths, M extends Method> = [
  SuccessResponseJSON<paths[P][M] & Record<string | number, any>>,
] extends [never]
  ? void
  : SuccessResponseJSON<paths[P][M] & Record<string | number, any>>;

/**
 * One method per operation of the helm-releases API. A call that is not answered with a 2xx throws
 * the `ResponseError` of `@backstage/errors` (see `createPluginClient`).
 */
export class DefaultApiClient {
  constructor(private readonly client: Client<paths>) {}

  /** Whether the plugin can serve (its database answers) (`GET /health`) */
  async getHealth(
    init?: Init<'/health', 'get'>,
  ): Promise<Answer<'/health', 'get'>> {
    const { data } = await this.client.GET('/health', init as never);
    return data as unknown as Answer<'/health', 'get'>;
  }

  /** The configured clusters, in the shape of Porter's kubeconfig contexts (`GET /api/contexts`) */
  async listContexts(
    init?: Init<'/api/contexts', 'get'>,
  ): Promise<Answer<'/api/contexts', 'get'>> {
    const { data } = await this.client.GET('/api/contexts', init as never);
    return data as unknown as Answer<'/api/contexts', 'get'>;
  }

  /** The namespaces of a cluster (`GET /api/k8s/namespaces`) */
  async listNamespaces(
    init?: Init<'/api/k8s/namespaces', 'get'>,
  ): Promise<Answer<'/api/k8s/namespaces', 'get'>> {
    const { data } = await this.client.GET(
      '/api/k8s/namespaces',
      init as never,
    );
    return data as unknown as Answer<'/api/k8s/namespaces', 'get'>;
  }

  /** The latest revision of each release, as Porter lists them (`GET /api/releases`) */
  async listReleases(
    init?: Init<'/api/releases', 'get'>,
  ): Promise<Answer<'/api/releases', 'get'>> {
    const { data } = await this.client.GET('/api/releases', init as never);
    return data as unknown as Answer<'/api/releases', 'get'>;
  }

  /** Every stored revision of a release, oldest first (`GET /api/releases/{name}/history`) */
  async getReleaseHistory(
    init: Init<'/api/releases/{name}/history', 'get'>,
  ): Promise<Answer<'/api/releases/{name}/history', 'get'>> {
    const { data } = await this.client.GET(
      '/api/releases/{name}/history',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/history', 'get'>;
  }

  /** What changed between two revisions (default the latest and the one before it) (`GET /api/releases/{name}/diff`) */
  async diffRelease(
    init: Init<'/api/releases/{name}/diff', 'get'>,
  ): Promise<Answer<'/api/releases/{name}/diff', 'get'>> {
    const { data } = await this.client.GET(
      '/api/releases/{name}/diff',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/diff', 'get'>;
  }

  /** Who rolled back, recovered or upgraded the release through this plugin, newest first (`GET /api/releases/{name}/operations`) */
  async listReleaseOperations(
    init: Init<'/api/releases/{name}/operations', 'get'>,
  ): Promise<Answer<'/api/releases/{name}/operations', 'get'>> {
    const { data } = await this.client.GET(
      '/api/releases/{name}/operations',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/operations', 'get'>;
  }

  /** One revision of a release (0 = the latest deployed) (`GET /api/releases/{name}/{revision}`) */
  async getRelease(
    init: Init<'/api/releases/{name}/{revision}', 'get'>,
  ): Promise<Answer<'/api/releases/{name}/{revision}', 'get'>> {
    const { data } = await this.client.GET(
      '/api/releases/{name}/{revision}',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/{revision}', 'get'>;
  }

  /** Roll a release back to an earlier revision, as `helm rollback` does (`POST /api/releases/{name}/rollback`) */
  async rollbackRelease(
    init: Init<'/api/releases/{name}/rollback', 'post'>,
  ): Promise<Answer<'/api/releases/{name}/rollback', 'post'>> {
    const { data } = await this.client.POST(
      '/api/releases/{name}/rollback',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/rollback', 'post'>;
  }

  /** Mark a revision left pending (an interrupted rollback or upgrade) as failed, so the release can be changed again (`POST /api/releases/{name}/recover`) */
  async recoverRelease(
    init: Init<'/api/releases/{name}/recover', 'post'>,
  ): Promise<Answer<'/api/releases/{name}/recover', 'post'>> {
    const { data } = await this.client.POST(
      '/api/releases/{name}/recover',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/recover', 'post'>;
  }

  /** Upgrade a release with new values (and optionally another chart version), or show what that would change (`POST /api/releases/{name}/upgrade`) */
  async upgradeRelease(
    init: Init<'/api/releases/{name}/upgrade', 'post'>,
  ): Promise<Answer<'/api/releases/{name}/upgrade', 'post'>> {
    const { data } = await this.client.POST(
      '/api/releases/{name}/upgrade',
      init as never,
    );
    return data as unknown as Answer<'/api/releases/{name}/upgrade', 'post'>;
  }
}
