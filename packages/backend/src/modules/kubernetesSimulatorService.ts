import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { resolve } from 'node:path';

/**
 * Local runs only: the in-memory Kubernetes API server that app-config.yaml configures as the
 * default cluster, so every Kubernetes feature works without a cluster. Disabled by
 * `kubernetesSimulator.enabled: false` (app-config.production.yaml) or by leaving the block out.
 *
 * A root service started with the backend, not a plugin: Backstage gives every plugin an HTTP
 * router, service auth keys and a database of its own at start (on PostgreSQL one more database
 * to create, one at a time with the others), which a simulator that serves no routes never uses.
 */
export const kubernetesSimulatorServiceRef = createServiceRef<{
  /** Where the simulator listens; undefined when it is disabled. */
  url?: string;
}>({ id: 'fawkes.kubernetes-simulator', scope: 'root' });

export default createServiceFactory({
  service: kubernetesSimulatorServiceRef,
  deps: {
    config: coreServices.rootConfig,
    logger: coreServices.rootLogger,
    lifecycle: coreServices.rootLifecycle,
  },
  async factory({ config, logger, lifecycle }) {
    const settings = config.getOptionalConfig('kubernetesSimulator');
    if (!settings || settings.getOptionalBoolean('enabled') === false)
      return {};
    // Loaded only when enabled, so a production start does not load the simulator at all.
    // `require`, not `import()`: Jest keeps `import()` native in backend packages and refuses it.
    const { KubernetesSimulator: Simulator, readObjectFiles } =
      require('@fawkes/kubernetes-simulator') as typeof import('@fawkes/kubernetes-simulator');
    const simulator = new Simulator({
      host: settings.getOptionalString('host') ?? '127.0.0.1',
      port: settings.getOptionalNumber('port') ?? 7080,
      tokens: [{ token: settings.getString('token'), user: 'backstage' }],
      // kubectl sends no bearer token over plain HTTP; locally it may look in without one.
      anonymous: settings.getOptionalBoolean('allowAnonymous') ? {} : undefined,
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
    const seedFiles = (settings.getOptionalStringArray('seed') ?? []).map(p =>
      resolve(p),
    );
    const seeded = simulator.seed(await readObjectFiles(seedFiles));
    const url = await simulator.start();
    logger.info(
      `Kubernetes simulator listening on ${url} with ${seeded} seeded objects`,
    );
    lifecycle.addShutdownHook(() => simulator.stop());
    return { url };
  },
});
