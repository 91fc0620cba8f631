import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { kubernetesClustersServiceRef } from '@fawkes/kubernetes-clusters';
import { migrateDatabase } from './database/migrateDatabase';
import { OperationLog } from './database/OperationLog';
import {
  registerReleasePermissions,
  ReleasePermissions,
} from './permissions/ReleasePermissions';
import { helmReleasePermissionResourceRef } from './permissions/rules';
import { readSettings } from './settings';
import { ReleaseStorages } from './storage/ReleaseStorages';
import {
  databaseErrorHandler,
  loadOwnModule,
  routerOnFirstRequest,
} from '@fawkes/backend-http';

/** requestRouter.ts and what only it imports, loaded by the first request (routerOnFirstRequest). */
const loadRequestRouter = () =>
  loadOwnModule(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require('./requestRouter') as typeof import('./requestRouter'),
    () => import('./requestRouter'),
  );

/** Helm releases on configured clusters: list, history, diff, rollback, upgrade. */
export const helmReleasesPlugin = createBackendPlugin({
  pluginId: 'helm-releases',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        auditor: coreServices.auditor,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        clusters: kubernetesClustersServiceRef,
        lifecycle: coreServices.lifecycle,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        auditor,
        permissionsRegistry,
        database,
        clusters,
        lifecycle,
      }) {
        registerReleasePermissions(permissionsRegistry);
        const db = await migrateDatabase(database);
        const storages = new ReleaseStorages(clusters, logger);
        lifecycle.addShutdownHook(() => storages.stop());
        const settings = readSettings(config);
        const releasePermissions = new ReleasePermissions(
          permissions,
          permissionsRegistry.getPermissionRuleset(
            helmReleasePermissionResourceRef,
          ),
        );
        // The routes and the release operations (diff, rollback, upgrade) load with the first
        // request; the settings above are checked at start.
        httpRouter.use(
          routerOnFirstRequest(async () =>
            (await loadRequestRouter()).createRequestRouter({
              httpAuth,
              permissions,
              auditor,
              db,
              clusters,
              storages,
              operations: new OperationLog(db),
              logger,
              settings,
              releasePermissions,
            }),
          ),
        );
        httpRouter.use(databaseErrorHandler(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
