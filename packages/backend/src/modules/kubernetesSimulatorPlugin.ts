import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  KubernetesSimulator,
  readObjectFiles,
} from '@fawkes/kubernetes-simulator';
import { resolve } from 'node:path';

/**
 * Local runs only: starts the in-memory Kubernetes API server that app-config.yaml configures
 * as the default cluster, so every Kubernetes feature works without a cluster. Disabled by
 * `kubernetesSimulator.enabled: false` (app-config.production.yaml) or by leaving the block out.
 */
export default createBackendPlugin({
  pluginId: 'kubernetes-simulator',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      async init({ config, logger, lifecycle }) {
        const settings = config.getOptionalConfig('kubernetesSimulator');
        if (!settings || settings.getOptionalBoolean('enabled') === false)
          return;
        const simulator = new KubernetesSimulator({
          host: settings.getOptionalString('host') ?? '127.0.0.1',
          port: settings.getOptionalNumber('port') ?? 7080,
          tokens: [{ token: settings.getString('token'), user: 'backstage' }],
          // kubectl sends no bearer token over plain HTTP; locally it may look in without one.
          anonymous: settings.getOptionalBoolean('allowAnonymous')
            ? {}
            : undefined,
          devWorkspace: {
            startDelayMs:
              settings.getOptionalNumber('devWorkspace.startDelayMs') ?? 3000,
            stopDelayMs:
              settings.getOptionalNumber('devWorkspace.stopDelayMs') ?? 1500,
            routingBaseUrl:
              settings.getOptionalString('devWorkspace.routingBaseUrl') ??
              'https://che.localhost',
          },
        });
        // Seed paths are relative to the backend package, like catalog file locations.
        const seedFiles = (settings.getOptionalStringArray('seed') ?? []).map(
          p => resolve(p),
        );
        const seeded = simulator.seed(await readObjectFiles(seedFiles));
        const url = await simulator.start();
        logger.info(
          `Kubernetes simulator listening on ${url} with ${seeded} seeded objects`,
        );
        lifecycle.addShutdownHook(() => simulator.stop());
      },
    });
  },
});
