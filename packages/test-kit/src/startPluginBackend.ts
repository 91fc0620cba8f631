import type { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import type { Server } from 'node:http';
import type { Knex } from 'knex';
import request from 'supertest';
import { inMemoryDatabaseServiceFactory } from './inMemoryDatabases';

export interface PluginBackendOptions {
  features: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
  /** The database every plugin of the backend gets (from TestDatabases.init); else each its own in-memory SQLite. */
  knex?: Knex;
  config?: JsonObject;
  /** What the permission framework answers; the real default policy when omitted. */
  permission?: 'allow' | 'deny';
}

export interface PluginBackend {
  server: Server;
  /** supertest bound to the started backend. */
  http: ReturnType<typeof request>;
  stop(): Promise<void>;
}

/**
 * Starts a real backend with the given plugins and serves it over HTTP. A request without an
 * Authorization header has no credentials, as in production; send
 * `mockCredentials.user.header(...)` or `mockCredentials.service.header(...)` to be someone.
 */
export async function startPluginBackend(
  options: PluginBackendOptions,
): Promise<PluginBackend> {
  const backend = await startTestBackend({
    features: [
      ...options.features,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      options.knex
        ? mockServices.database.factory({ knex: options.knex })
        : inMemoryDatabaseServiceFactory,
      ...(options.permission
        ? [
            mockServices.permissions.factory({
              result:
                options.permission === 'allow'
                  ? AuthorizeResult.ALLOW
                  : AuthorizeResult.DENY,
            }),
          ]
        : []),
    ],
  });
  return {
    server: backend.server,
    http: request(backend.server),
    stop: () => backend.stop(),
  };
}

/** Authorization headers of a user and of a service, for requests to a started backend. */
export const authHeaders = {
  user: (userEntityRef = 'user:default/jane') => ({
    Authorization: mockCredentials.user.header(userEntityRef),
  }),
  service: (targetPluginId: string, subject = 'external:ci-pipeline') => ({
    Authorization: mockCredentials.service.header({
      onBehalfOf: mockCredentials.service(subject),
      targetPluginId,
    }),
  }),
};
