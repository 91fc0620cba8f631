import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { DeliveryAudit } from './audit/DeliveryAudit';
import { readSettings } from './config';
import { DeploymentHistory } from './database/DeploymentHistory';
import {
  CombinedFactSource,
  DevLakeFactSource,
} from './database/DevLakeFactSource';
import { FactReader } from './database/FactReader';
import { FactSummaries } from './database/FactSummaries';
import { SharedReads } from './database/SharedReads';
import { GroupCommit } from './database/GroupCommit';
import { IngestionStore } from './database/IngestionStore';
import { migrateDatabase } from './database/migrateDatabase';
import { WebhookVerifier } from './ingestion/WebhookVerifier';
import { DoraMetricsService } from './metrics/DoraMetricsService';
import type { DoraFactSource } from './metrics/facts';
import { ProjectResolver } from './projects/ProjectResolver';
import { createRouter } from './router';
import { databaseErrorHandler } from '@fawkes/backend-http';
import { devlakePermissions } from '@fawkes/plugin-devlake-dora-common';

/** Deployment, change and incident events in; DORA metrics out. */
export const devlakePlugin = createBackendPlugin({
  pluginId: 'devlake',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auditor: coreServices.auditor,
        lifecycle: coreServices.lifecycle,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        auditor,
        lifecycle,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        database,
        catalog,
      }) {
        permissionsRegistry.addPermissions(devlakePermissions);
        const settings = readSettings(config);
        const db = await migrateDatabase(database);
        let facts: DoraFactSource = new FactReader(db, {
          maxRows: settings.maxFactRows,
        });
        if (settings.sourceDatabase) {
          const devlakeDatabase = DevLakeFactSource.connect(
            settings.sourceDatabase,
            { maxRows: settings.maxFactRows },
          );
          lifecycle.addShutdownHook(() => devlakeDatabase.close());
          facts = new CombinedFactSource([facts, devlakeDatabase]);
          logger.info(
            'reading DevLake data from devlake.source.database as well as ingested events',
          );
        }
        const shared = new SharedReads();
        const store = new IngestionStore(db, () => shared.written());
        httpRouter.use(
          await createRouter({
            read: {
              httpAuth,
              auditor,
              permissions,
              history: new DeploymentHistory(db),
              metrics: new DoraMetricsService(
                facts,
                settings,
                // Figures come from the database alone when it holds every fact.
                settings.sourceDatabase
                  ? undefined
                  : new FactSummaries(db, {
                      maxRows: settings.maxAggregatedRows,
                      shared,
                    }),
              ),
              projects: new ProjectResolver(catalog),
              productionEnvironments: settings.productionEnvironments,
            },
            webhooks: {
              verifier: new WebhookVerifier(settings.secrets),
              store,
              events: new GroupCommit(store, {
                onGroup: deliveries =>
                  logger.debug(
                    `writing ${deliveries} webhook deliveries in one transaction`,
                  ),
              }),
              audit: new DeliveryAudit(auditor),
              connections: settings.connections,
              defaultEnvironment: settings.defaultEnvironment,
            },
          }),
        );
        httpRouter.use(databaseErrorHandler(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({
          path: '/webhooks',
          allow: 'unauthenticated',
        });
        httpRouter.addAuthPolicy({
          path: '/plugins/webhook',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
