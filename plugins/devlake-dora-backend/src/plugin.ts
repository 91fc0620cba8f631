import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readSettings } from './config';
import { DeploymentHistory } from './database/DeploymentHistory';
import { FactReader } from './database/FactReader';
import { IngestionStore } from './database/IngestionStore';
import { migrateDatabase } from './database/migrateDatabase';
import { WebhookVerifier } from './ingestion/WebhookVerifier';
import { DoraMetricsService } from './metrics/DoraMetricsService';
import { devlakePermissions } from './permissions';
import { ProjectResolver } from './projects/ProjectResolver';
import { createRouter } from './router';
import { createWebhookRouter } from './webhookRouter';

/** Deployment, change and incident events in; DORA metrics out. */
export const devlakePlugin = createBackendPlugin({
  pluginId: 'devlake',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, httpRouter, httpAuth, permissions, permissionsRegistry, database, catalog }) {
        permissionsRegistry.addPermissions(devlakePermissions);
        const settings = readSettings(config);
        const db = await migrateDatabase(database);
        // Webhooks first: they read the raw body, which the read routes' JSON parser would consume.
        httpRouter.use(
          createWebhookRouter({
            verifier: new WebhookVerifier(settings.secrets),
            store: new IngestionStore(db),
            logger,
            connections: settings.connections,
            defaultEnvironment: settings.defaultEnvironment,
          }),
        );
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            history: new DeploymentHistory(db),
            metrics: new DoraMetricsService(new FactReader(db), settings),
            projects: new ProjectResolver(catalog),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({ path: '/webhooks', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({ path: '/plugins/webhook', allow: 'unauthenticated' });
      },
    });
  },
});
