import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { kubernetesClustersServiceRef } from '@fawkes/kubernetes-clusters';
import { migrateDatabase } from './database/migrateDatabase';
import { helmReleasesPermissions } from './permissions';
import { createRouter } from './router';

/** Helm releases on configured clusters: list, history, diff, rollback, upgrade. */
export const helmReleasesPlugin = createBackendPlugin({
  pluginId: 'helm-releases',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        clusters: kubernetesClustersServiceRef,
      },
      async init({ httpRouter, httpAuth, permissions, permissionsRegistry, database, clusters }) {
        permissionsRegistry.addPermissions(helmReleasesPermissions);
        const db = await migrateDatabase(database);
        httpRouter.use(await createRouter({ httpAuth, permissions, db, clusters }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
