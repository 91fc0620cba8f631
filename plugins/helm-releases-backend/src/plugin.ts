import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { kubernetesClustersServiceRef } from '@fawkes/kubernetes-clusters';
import { migrateDatabase } from './database/migrateDatabase';
import { OperationLog } from './database/OperationLog';
import { HelmReleases, readSettings } from './HelmReleases';
import {
  registerReleasePermissions,
  ReleasePermissions,
} from './permissions/ReleasePermissions';
import { helmReleasePermissionResourceRef } from './permissions/rules';
import { createRouter } from './router';
import { ReleaseStorages } from './storage/ReleaseStorages';
import { databaseErrorHandler } from '@fawkes/backend-http';

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
        const releases = new HelmReleases(
          storages,
          new OperationLog(db),
          logger,
          readSettings(config),
        );
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            auditor,
            db,
            clusters,
            releases,
            releasePermissions: new ReleasePermissions(
              permissions,
              permissionsRegistry.getPermissionRuleset(
                helmReleasePermissionResourceRef,
              ),
            ),
          }),
        );
        httpRouter.use(databaseErrorHandler(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
