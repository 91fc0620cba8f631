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
 * One method per operation of the che-launcher API. A call that is not answered with a 2xx throws
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

  /** The golden-path devfiles the platform team configured (`GET /devfiles`) */
  async listDevfiles(
    init?: Init<'/devfiles', 'get'>,
  ): Promise<Answer<'/devfiles', 'get'>> {
    const { data } = await this.client.GET('/devfiles', init as never);
    return data as unknown as Answer<'/devfiles', 'get'>;
  }

  /** The workspaces of the caller (or of the user a service names) (`GET /workspaces`) */
  async listWorkspaces(
    init?: Init<'/workspaces', 'get'>,
  ): Promise<Answer<'/workspaces', 'get'>> {
    const { data } = await this.client.GET('/workspaces', init as never);
    return data as unknown as Answer<'/workspaces', 'get'>;
  }

  /** Create and start a workspace from a devfile URL or a catalog entity (`POST /workspaces`) */
  async createWorkspace(
    init?: Init<'/workspaces', 'post'>,
  ): Promise<Answer<'/workspaces', 'post'>> {
    const { data } = await this.client.POST('/workspaces', init as never);
    return data as unknown as Answer<'/workspaces', 'post'>;
  }

  /** One workspace, by name or workspaceId (`GET /workspaces/{id}`) */
  async getWorkspace(
    init: Init<'/workspaces/{id}', 'get'>,
  ): Promise<Answer<'/workspaces/{id}', 'get'>> {
    const { data } = await this.client.GET('/workspaces/{id}', init as never);
    return data as unknown as Answer<'/workspaces/{id}', 'get'>;
  }

  /** Delete a workspace (and its editor template) (`DELETE /workspaces/{id}`) */
  async deleteWorkspace(
    init: Init<'/workspaces/{id}', 'delete'>,
  ): Promise<Answer<'/workspaces/{id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/workspaces/{id}',
      init as never,
    );
    return data as unknown as Answer<'/workspaces/{id}', 'delete'>;
  }

  /** Start a workspace (`spec.started: true`) (`POST /workspaces/{id}/start`) */
  async startWorkspace(
    init: Init<'/workspaces/{id}/start', 'post'>,
  ): Promise<Answer<'/workspaces/{id}/start', 'post'>> {
    const { data } = await this.client.POST(
      '/workspaces/{id}/start',
      init as never,
    );
    return data as unknown as Answer<'/workspaces/{id}/start', 'post'>;
  }

  /** Stop a workspace (`spec.started: false`) (`POST /workspaces/{id}/stop`) */
  async stopWorkspace(
    init: Init<'/workspaces/{id}/stop', 'post'>,
  ): Promise<Answer<'/workspaces/{id}/stop', 'post'>> {
    const { data } = await this.client.POST(
      '/workspaces/{id}/stop',
      init as never,
    );
    return data as unknown as Answer<'/workspaces/{id}/stop', 'post'>;
  }
}
