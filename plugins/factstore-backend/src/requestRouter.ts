import type {
  LoggerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type express from 'express';
import type { Knex } from 'knex';
import { FactStore } from './database/FactStore';
import type { VerifyOptions } from './domain/provenance/verifyProvenance';
import type { RouteContext } from './http/context';
import { createIntegrations } from './integrations/Integrations';
import type { IntegrationSettings } from './integrations/IntegrationSettings';
import {
  NotificationDispatcher,
  type DeliveryOptions,
} from './notifications/NotificationDispatcher';
import { PolicyEngine } from './policy/PolicyEngine';
import { OpaServer } from './policy/rego';
import { createRouter } from './router';

/** What plugin.ts made or read and checked at start, for the routes. */
export type RequestRouterOptions = Omit<
  RouteContext,
  'store' | 'policyEngine' | 'notifications' | 'userInfo'
> & {
  db: Knex;
  userInfo: UserInfoService;
  logger: LoggerService;
  notificationService?: NotificationService;
  /** factstore.opa: the OPA server Rego policies run on, if any. */
  opa?: { url: string; timeoutMs: number; token?: string };
  delivery: DeliveryOptions;
  integrationSettings: IntegrationSettings;
  provenance: VerifyOptions;
};

/**
 * The plugin's router with what only requests use (the stores, the policy engine, outbound
 * integrations, notification delivery): plugin.ts loads this module with the first request, not at start.
 */
export async function createRequestRouter(
  options: RequestRouterOptions,
): Promise<express.Router> {
  const {
    db,
    logger,
    notificationService,
    opa,
    delivery,
    integrationSettings,
    ...context
  } = options;
  const store = new FactStore(db);
  const integrations = createIntegrations(store, integrationSettings);
  return createRouter({
    ...context,
    store,
    policyEngine: new PolicyEngine(
      opa ? new OpaServer(opa.url, opa.timeoutMs, opa.token) : undefined,
    ),
    notifications: new NotificationDispatcher(store, {
      integrations,
      logger,
      notificationService,
      ...delivery,
    }),
    integrations,
  });
}
