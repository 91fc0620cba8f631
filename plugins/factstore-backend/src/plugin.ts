import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { FlowStore } from './database/FlowStore';
import { migrateDatabase } from './database/migrateDatabase';
import { factstorePermissions } from './permissions';
import { createRouter } from './router';

/** Supply-chain evidence: flows, trails, artifacts, attestations, environments, approvals, gates. */
export const factstorePlugin = createBackendPlugin({
  pluginId: 'factstore',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        database: coreServices.database,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({ httpRouter, httpAuth, database, permissionsRegistry }) {
        permissionsRegistry.addPermissions(factstorePermissions);
        const db = await migrateDatabase(database);
        httpRouter.use(await createRouter({ httpAuth, flows: new FlowStore(db) }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
