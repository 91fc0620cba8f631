import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { FrameworkStore } from './database/FrameworkStore';
import { LedgerStore } from './database/LedgerStore';
import { Ledger } from './ledger/Ledger';
import { readLedgerSettings } from './ledger/ledgerConfig';
import { migrateDatabase } from './database/migrateDatabase';
import { factstorePermissions } from '@fawkes/plugin-factstore-common';
import { gateWhenNoPolicy } from './settings';
import {
  databaseErrorHandler,
  loadOwnModule,
  routerOnFirstRequest,
} from '@fawkes/backend-http';
import { notificationService } from '@backstage/plugin-notifications-node';
import { readProvenanceSettings } from './domain/provenance/provenanceSettings';
import {
  readFrameworkFiles,
  shippedFrameworksDir,
} from './domain/frameworks/shippedFrameworks';
import { readIntegrationSettings } from './integrations/IntegrationSettings';

/** requestRouter.ts and what only it imports, loaded by the first request (routerOnFirstRequest). */
const loadRequestRouter = () =>
  loadOwnModule(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require('./requestRouter') as typeof import('./requestRouter'),
    () => import('./requestRouter'),
  );

/** Supply-chain evidence: flows, trails, artifacts, attestations, environments, approvals, gates. */
export const factstorePlugin = createBackendPlugin({
  pluginId: 'factstore',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        auditor: coreServices.auditor,
        database: coreServices.database,
        permissionsRegistry: coreServices.permissionsRegistry,
        lifecycle: coreServices.lifecycle,
        userInfo: coreServices.userInfo,
        notificationService,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        auditor,
        database,
        permissionsRegistry,
        lifecycle,
        userInfo,
        notificationService: backstageNotifications,
      }) {
        permissionsRegistry.addPermissions(factstorePermissions);
        const db = await migrateDatabase(database);
        const settings = {
          evidenceMaxBytes:
            config.getOptionalNumber('factstore.evidence.maxBytes') ??
            10 * 1024 * 1024,
          verifierId:
            config.getOptionalString('factstore.verifierId') ??
            'https://backstage.io/plugins/factstore',
          gateWhenNoPolicy: gateWhenNoPolicy(config),
        };
        const ledger = new Ledger(new LedgerStore(db), {
          ...readLedgerSettings(config, logger),
          logger,
        });
        lifecycle.addShutdownHook(() => ledger.close());
        const opaUrl = config.getOptionalString('factstore.opa.url');
        const opa = opaUrl
          ? {
              url: opaUrl,
              timeoutMs:
                config.getOptionalNumber('factstore.opa.timeoutMs') ?? 5000,
              token: config.getOptionalString('factstore.opa.token'),
            }
          : undefined;
        await new FrameworkStore(db).loadShipped(
          readFrameworkFiles(shippedFrameworksDir()),
        );
        const delivery = {
          attempts:
            config.getOptionalNumber('factstore.notifications.attempts') ?? 3,
          retryDelayMs:
            config.getOptionalNumber('factstore.notifications.retryDelayMs') ??
            1000,
        };
        const integrationSettings = readIntegrationSettings(config);
        const provenance = readProvenanceSettings(config);
        // The routes, and the policy engine, integrations and notification delivery only they
        // use, load with the first request; the settings above are checked at start.
        httpRouter.use(
          routerOnFirstRequest(async () =>
            (await loadRequestRouter()).createRequestRouter({
              httpAuth,
              permissions,
              auditor,
              db,
              settings,
              ledger,
              userInfo,
              logger,
              notificationService: backstageNotifications,
              opa,
              delivery,
              integrationSettings,
              provenance,
            }),
          ),
        );
        httpRouter.use(databaseErrorHandler(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        // Signed by their senders instead: verified by the routes (401 when unsigned or wrong).
        for (const path of [
          '/api/v1/webhooks',
          '/api/v1/organisations/:slug/slack/commands',
          '/api/v1/organisations/:slug/slack/actions',
        ])
          httpRouter.addAuthPolicy({ path, allow: 'unauthenticated' });
      },
    });
  },
});
