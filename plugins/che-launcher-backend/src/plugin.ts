import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { migrateDatabase } from './database/migrateDatabase';
import { readGoldenPathDevfiles } from './devfiles/goldenPathDevfiles';
import { cheLauncherPermissions } from './permissions';
import { createRouter } from './router';

/** Eclipse Che workspaces (DevWorkspace resources) from devfiles, per user. */
export const cheLauncherPlugin = createBackendPlugin({
  pluginId: 'che-launcher',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
      },
      async init({ config, httpRouter, httpAuth, permissionsRegistry, database }) {
        permissionsRegistry.addPermissions(cheLauncherPermissions);
        const db = await migrateDatabase(database);
        httpRouter.use(await createRouter({ httpAuth, db, devfiles: readGoldenPathDevfiles(config) }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
