/*
 * bench/foundation's middle figure: the bare backend plus the five plugins (and the Kubernetes
 * simulator they use as their cluster locally), without the other Backstage plugins the suite's
 * backend also runs (scaffolder, events, permission). It splits the suite's cost over the bare
 * backend into what the plugins cost and what those plugins cost.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('../../packages/backend/src/modules/kubernetesSimulatorPlugin'),
);
backend.add(import('@fawkes/plugin-che-launcher-backend'));
backend.add(import('@fawkes/plugin-devlake-dora-backend'));
backend.add(import('@fawkes/plugin-factstore-backend'));
backend.add(import('@fawkes/plugin-cloud-extractor-backend'));
backend.add(import('@fawkes/plugin-helm-releases-backend'));
backend.start();
