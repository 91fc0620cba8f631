import type {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type express from 'express';
import type { Knex } from 'knex';
import { DeliveryAudit } from './audit/DeliveryAudit';
import { aggregatedRowLimit, type DevlakeSettings } from './config';
import { DeploymentHistory } from './database/DeploymentHistory';
import {
  CombinedFactSource,
  type DevLakeFactSource,
} from './database/DevLakeFactSource';
import { FactReader } from './database/FactReader';
import { FactSummaries } from './database/FactSummaries';
import { GroupCommit } from './database/GroupCommit';
import { IngestionStore } from './database/IngestionStore';
import { statementsHoldLoop } from './database/loopTurns';
import { SharedReads } from './database/SharedReads';
import { WebhookVerifier } from './ingestion/WebhookVerifier';
import { DoraMetricsService } from './metrics/DoraMetricsService';
import type { DoraFactSource } from './metrics/facts';
import { ProjectResolver } from './projects/ProjectResolver';
import { createRouter } from './router';

/** What plugin.ts made at start (settings read and checked, migrations run) for the routes. */
export interface RequestRouterOptions {
  settings: DevlakeSettings;
  db: Knex;
  /** devlake.source.database, connected at start; its facts are read with the ingested ones. */
  devlakeDatabase?: DevLakeFactSource;
  logger: LoggerService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  catalog: CatalogService;
}

/**
 * The plugin's router with what only requests use (history, metrics, the webhooks' verifier and
 * writer): plugin.ts loads this module with the first request, not at start.
 */
export async function createRequestRouter(
  options: RequestRouterOptions,
): Promise<express.Router> {
  const { settings, db, devlakeDatabase, logger, auditor } = options;
  const ingested = new FactReader(db, { maxRows: settings.maxFactRows });
  const facts: DoraFactSource = devlakeDatabase
    ? new CombinedFactSource([ingested, devlakeDatabase])
    : ingested;
  const shared = new SharedReads();
  const store = new IngestionStore(db, () => shared.written());
  return createRouter({
    read: {
      httpAuth: options.httpAuth,
      auditor,
      permissions: options.permissions,
      history: new DeploymentHistory(db),
      metrics: new DoraMetricsService(
        facts,
        settings,
        // Figures come from the database alone when it holds every fact.
        settings.sourceDatabase
          ? undefined
          : new FactSummaries(db, {
              maxRows: aggregatedRowLimit(settings, statementsHoldLoop(db)),
              shared,
            }),
      ),
      projects: new ProjectResolver(options.catalog),
      productionEnvironments: settings.productionEnvironments,
    },
    webhooks: {
      verifier: new WebhookVerifier(settings.secrets),
      store,
      events: new GroupCommit(store, {
        onGroup: deliveries =>
          logger.debug(
            `writing ${deliveries} webhook deliveries in one transaction`,
          ),
      }),
      audit: new DeliveryAudit(auditor),
      connections: settings.connections,
      defaultEnvironment: settings.defaultEnvironment,
    },
  });
}
