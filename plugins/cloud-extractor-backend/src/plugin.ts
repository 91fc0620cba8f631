import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { migrateDatabase } from './database/migrateDatabase';
import { cloudExtractorPermissions } from './permissions';
import { enabledProviders } from './providers';
import { createRouter } from './router';

/** Scheduled inventory of AWS, Azure and GCP resources into the catalog. */
export const cloudExtractorPlugin = createBackendPlugin({
  pluginId: 'cloud-extractor',
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
        permissionsRegistry.addPermissions(cloudExtractorPermissions);
        const db = await migrateDatabase(database);
        httpRouter.use(await createRouter({ httpAuth, db, providers: enabledProviders(config) }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
