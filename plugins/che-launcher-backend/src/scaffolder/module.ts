import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCheWorkspaceCreateAction } from './cheWorkspaceCreateAction';

/** Adds `che:workspace:create` to the scaffolder. */
export const cheLauncherScaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'che-launcher',
  register(env) {
    env.registerInit({
      deps: {
        actions: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ actions, discovery, auth }) {
        actions.addActions(createCheWorkspaceCreateAction({ discovery, auth }));
      },
    });
  },
});
