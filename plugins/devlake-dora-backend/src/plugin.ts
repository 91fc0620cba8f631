import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readSettings } from './config';
import { DevLakeFactSource } from './database/DevLakeFactSource';
import { migrateDatabase } from './database/migrateDatabase';
import {
  databaseErrorHandler,
  loadOwnModule,
  routerOnFirstRequest,
} from '@fawkes/backend-http';
import { devlakePermissions } from '@fawkes/plugin-devlake-dora-common';
import { seedErrorFields } from './http/seedErrorFields';

/** requestRouter.ts and what only it imports, loaded by the first request (routerOnFirstRequest). */
const loadRequestRouter = () =>
  loadOwnModule(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require('./requestRouter') as typeof import('./requestRouter'),
    () => import('./requestRouter'),
  );

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
        const devlakeDatabase = settings.sourceDatabase
          ? DevLakeFactSource.connect(settings.sourceDatabase, {
              maxRows: settings.maxFactRows,
            })
          : undefined;
        if (devlakeDatabase) {
          lifecycle.addShutdownHook(() => devlakeDatabase.close());
          logger.info(
            'reading DevLake data from devlake.source.database as well as ingested events',
          );
        }
        // The routes, and the history, metrics and webhook handling only they use, load with the
        // first request.
        httpRouter.use(
          routerOnFirstRequest(async () =>
            (await loadRequestRouter()).createRequestRouter({
              settings,
              db,
              devlakeDatabase,
              logger,
              httpAuth,
              auditor,
              permissions,
              catalog,
            }),
          ),
        );
        httpRouter.use(databaseErrorHandler(logger));
        // Last, so the errors the database handler made in place of a driver's get seed 000's code too.
        httpRouter.use(seedErrorFields());
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
