import { deferSpecViolations, jsonBody } from '@fawkes/backend-http';
import type express from 'express';
import { routeParsesInput } from './http/routeParsesInput';
import { webhookBody } from './http/webhookBody';
import { addReadRoutes, type ReadRouteOptions } from './readRoutes';
import { createOpenApiRouter } from './schema/openapi.generated';
import { addWebhookRoutes, type WebhookRouteOptions } from './webhookRoutes';

export interface RouterOptions {
  read: ReadRouteOptions;
  webhooks: WebhookRouteOptions;
}

/**
 * Every route of the plugin, on a router built from its OpenAPI spec: the read routes (Backstage
 * credentials) and the webhooks (verified by their source's secret over the raw body).
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = await createOpenApiRouter({
    // Webhooks first: they read the raw body, which the JSON parser would consume.
    middleware: [webhookBody('5mb'), jsonBody({ limit: '1mb' })],
  });
  router.use(routeParsesInput());
  router.use(deferSpecViolations());
  addReadRoutes(router, options.read);
  addWebhookRoutes(router, options.webhooks);
  return router;
}
