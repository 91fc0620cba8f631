import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { DeploymentStore } from './database/DeploymentStore';
import { migrateDatabase } from './database/migrateDatabase';
import { devlakePermissions } from './permissions';
import { createRouter } from './router';

/** Deployment, change and incident events in; DORA metrics out. */
export const devlakePlugin = createBackendPlugin({
  pluginId: 'devlake',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
      },
      async init({ httpRouter, httpAuth, permissions, permissionsRegistry, database }) {
        permissionsRegistry.addPermissions(devlakePermissions);
        const db = await migrateDatabase(database);
        httpRouter.use(await createRouter({ httpAuth, permissions, deployments: new DeploymentStore(db) }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
