import { createBackend } from '@backstage/backend-defaults';

/*
 * A Backstage backend with the catalog, auth, permissions, the scaffolder and the five plugins.
 * Locally it runs on SQLite with the Kubernetes simulator as its cluster (app-config.yaml);
 * app-config.production.yaml moves it to PostgreSQL and real clusters.
 */
const backend = createBackend();

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/permissionPolicyModule'));
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('./modules/kubernetesSimulatorService'));

backend.add(import('@fawkes/plugin-che-launcher-backend'));
backend.add(import('@fawkes/plugin-che-launcher-backend/scaffolder'));
backend.add(import('@fawkes/plugin-devlake-dora-backend'));
backend.add(import('@fawkes/plugin-factstore-backend'));
backend.add(import('@fawkes/plugin-cloud-extractor-backend'));
// Cloud providers (each enabled only when configured under cloudExtractor.providers) and the catalog entity providers.
backend.add(import('@fawkes/plugin-cloud-extractor-backend-module-aws'));
backend.add(import('@fawkes/plugin-cloud-extractor-backend-module-azure'));
backend.add(import('@fawkes/plugin-cloud-extractor-backend-module-gcp'));
backend.add(import('@fawkes/plugin-catalog-backend-module-cloud-extractor'));
backend.add(import('@fawkes/plugin-helm-releases-backend'));

// Backstage logs a rejected start as an unhandled rejection and keeps the process up, answering
// readiness 503 forever. A backend that cannot start exits, so its supervisor sees it (and a test
// waiting for it fails at once with the reason instead of timing out).
backend.start().catch(error => {
  console.error('Backend startup failed, exiting:', error);
  process.exit(1);
});
