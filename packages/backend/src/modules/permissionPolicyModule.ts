import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { ConfiguredPermissionPolicy } from './ConfiguredPermissionPolicy';

/** Installs ConfiguredPermissionPolicy as the backend's permission policy. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'configured-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(ConfiguredPermissionPolicy.fromConfig(config));
      },
    });
  },
});
