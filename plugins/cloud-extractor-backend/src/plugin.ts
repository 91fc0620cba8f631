import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readEntityShape } from './catalog/entityShape';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { FeedNotifier } from './catalog/FeedNotifier';
import { EntityFeedStore } from './database/EntityFeedStore';
import { JobStore } from './database/JobStore';
import { migrateDatabase } from './database/migrateDatabase';
import { ScheduleStore } from './database/ScheduleStore';
import { cloudExtractorProvidersExtensionPoint } from '@fawkes/plugin-cloud-extractor-node';
import { ExtractionJobs } from './jobs/ExtractionJobs';
import { ExtractionRun } from './jobs/ExtractionRun';
import { JobRunner } from './jobs/JobRunner';
import { cloudExtractorPermissions } from '@fawkes/plugin-cloud-extractor-common';
import { ProviderRegistry } from './providers/ProviderRegistry';
import type { CloudProvider } from '@fawkes/plugin-cloud-extractor-node';
import { DueSchedules } from './schedules/DueSchedules';
import { errorResponse } from './http/errorResponse';
import { JobEventsSocket } from './http/jobEventsSocket';
import { NdjsonFiles } from './transport/NdjsonFiles';
import {
  databaseErrorHandler,
  loadOwnModule,
  routerOnFirstRequest,
} from '@fawkes/backend-http';

/** router.ts and what only it imports, loaded by the first request (routerOnFirstRequest). */
const loadRouter = () =>
  loadOwnModule(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require('./router') as typeof import('./router'),
    () => import('./router'),
  );

/** Scheduled inventory of AWS, Azure and GCP resources into the catalog. */
export const cloudExtractorPlugin = createBackendPlugin({
  pluginId: 'cloud-extractor',
  register(env) {
    const providers: CloudProvider[] = [];
    env.registerExtensionPoint(cloudExtractorProvidersExtensionPoint, {
      addProvider: provider => providers.push(provider),
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        events: eventsServiceRef,
      },
      async init({
        config,
        logger,
        lifecycle,
        scheduler,
        httpRouter,
        httpAuth,
        auth,
        discovery,
        auditor,
        permissions,
        permissionsRegistry,
        database,
        events,
      }) {
        permissionsRegistry.addPermissions(cloudExtractorPermissions);
        const db = await migrateDatabase(database);
        const seconds = (key: string, fallback: number) =>
          (config.getOptionalNumber(`cloudExtractor.${key}`) ?? fallback) *
          1000;

        const registry = new ProviderRegistry(providers, {
          configuredRegions: name =>
            config.getOptionalStringArray(
              `cloudExtractor.providers.${name}.regions`,
            ),
        });
        const jobStore = new JobStore(db);
        const scheduleStore = new ScheduleStore(db);
        const notifier = new FeedNotifier(events, logger);
        const feed = new EntityFeedStore(db, () => notifier.notify());
        const filesDirectory = config.getOptionalString(
          'cloudExtractor.transport.filesystem.directory',
        );
        const run = new ExtractionRun({
          registry,
          files: filesDirectory ? new NdjsonFiles(filesDirectory) : undefined,
          feed,
          logger,
          entityShape: readEntityShape(config),
        });
        const runner = new JobRunner(jobStore, run, logger, {
          leaseMs: seconds('jobs.leaseSeconds', 60),
          pollIntervalMs: seconds('jobs.pollIntervalSeconds', 5),
          concurrency:
            config.getOptionalNumber('cloudExtractor.jobs.concurrency') ?? 2,
          maxAttempts:
            config.getOptionalNumber('cloudExtractor.jobs.maxAttempts') ?? 2,
          progressIntervalMs: seconds('jobs.progressIntervalSeconds', 1),
          timeoutMs: seconds('jobs.timeoutMinutes', 60) * 60,
        });
        const retentionDays =
          config.getOptionalNumber('cloudExtractor.jobs.retentionDays') ?? 30;
        const jobs = new ExtractionJobs(jobStore, registry, () =>
          runner.wake(),
        );
        const dueSchedules = new DueSchedules(
          db,
          scheduleStore,
          jobs,
          logger,
          () => runner.wake(),
        );

        await scheduler.scheduleTask({
          id: 'cloud-extractor:due-schedules',
          frequency: {
            seconds:
              config.getOptionalNumber(
                'cloudExtractor.schedules.checkIntervalSeconds',
              ) ?? 30,
          },
          timeout: { minutes: 5 },
          fn: async () => {
            const now = new Date();
            await dueSchedules.start(now);
            await jobStore.deleteFinishedBefore(
              new Date(now.getTime() - retentionDays * 86_400_000),
            );
          },
        });
        lifecycle.addStartupHook(() => runner.start());
        // Providers are closed only after the runner has handed its jobs back: a client closed under a
        // running scan would fail that job instead.
        lifecycle.addShutdownHook(async () => {
          await runner.stop();
          notifier.stop();
          await registry.close();
        });

        const eventPollIntervalMs =
          config.getOptionalNumber('cloudExtractor.jobs.eventPollIntervalMs') ??
          500;
        // Seed 003's WebSocket; its listener is added by the first request that reaches the plugin.
        const jobEventsSocket = new JobEventsSocket({
          auth,
          httpAuth,
          logger,
          store: jobStore,
          basePath: async () =>
            new URL(await discovery.getBaseUrl('cloud-extractor')).pathname,
          pollIntervalMs: eventPollIntervalMs,
        });
        httpRouter.use(jobEventsSocket.middleware());
        // The socket authenticates its upgrades itself; its middleware checks a plain request's.
        httpRouter.addAuthPolicy({ path: '/ws', allow: 'unauthenticated' });
        lifecycle.addShutdownHook(() => jobEventsSocket.close());
        // The routes' modules load with the first request; the jobs above run from the start.
        httpRouter.use(
          routerOnFirstRequest(async () =>
            (await loadRouter()).createRouter({
              httpAuth,
              auditor,
              permissions,
              db,
              registry,
              jobStore,
              scheduleStore,
              jobs,
              feed,
              eventPollIntervalMs,
            }),
          ),
        );
        httpRouter.use(databaseErrorHandler(logger));
        // Last: renders every error of the plugin's routes in Backstage's body plus seed 003's fields.
        httpRouter.use(errorResponse(logger));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        logger.info(
          `Cloud providers enabled: ${registry.names().join(', ') || 'none'}`,
        );
      },
    });
  },
});
