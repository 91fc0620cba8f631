import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  CLOUD_EXTRACTOR_ENTITY_FEED_TOPIC,
  CloudExtractorClient,
} from '@fawkes/plugin-cloud-extractor-common';
import { CloudEntityProvider } from './CloudEntityProvider';
import { configuredScopes } from './configuredScopes';
import { EntityFeedReader } from './EntityFeedReader';

/**
 * Catalog module: one entity provider per configured cloud scope, fed from the cloud-extractor
 * plugin's entity feed, found through the discovery service and called with service credentials,
 * so the catalog and the plugin may run in different backends.
 */
export const catalogModuleCloudExtractor = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'cloud-extractor',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        catalog: catalogProcessingExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        logger: coreServices.logger,
        events: eventsServiceRef,
      },
      async init({
        config,
        catalog,
        discovery,
        auth,
        scheduler,
        logger,
        events,
      }) {
        const providers = new Map(
          configuredScopes(config).map(({ provider, scope }) => {
            const name = `cloud-extractor:${provider}:${scope}`;
            return [name, new CloudEntityProvider(name)] as const;
          }),
        );
        if (providers.size === 0) return;
        for (const provider of providers.values())
          catalog.addEntityProvider(provider);

        const client = new CloudExtractorClient({
          discoveryApi: discovery,
          fetchApi: {
            fetch: async (input, init) => {
              const { token } = await auth.getPluginRequestToken({
                onBehalfOf: await auth.getOwnServiceCredentials(),
                targetPluginId: 'cloud-extractor',
              });
              const request = new Request(input, init);
              request.headers.set('Authorization', `Bearer ${token}`);
              return fetch(request);
            },
          },
        });
        const reader = new EntityFeedReader(client, providers, logger);
        // The plugin announces news on the events service (through the events backend's bus when
        // the catalog runs elsewhere); the schedule below catches up whatever an event missed.
        await events.subscribe({
          id: 'catalog-cloud-extractor',
          topics: [CLOUD_EXTRACTOR_ENTITY_FEED_TOPIC],
          onEvent: async () => {
            // A failed read is logged by the reader; the schedule tries again.
            reader.requestSync().catch(() => {});
          },
        });
        const seconds =
          config.getOptionalNumber(
            'catalog.providers.cloudExtractor.intervalSeconds',
          ) ?? 60;
        // Local: each catalog replica reads the feed with its own cursor; the catalog applies the
        // same deltas idempotently.
        await scheduler.scheduleTask({
          id: 'catalog-cloud-extractor-feed',
          scope: 'local',
          frequency: { seconds },
          timeout: { minutes: 30 },
          fn: async () => {
            await reader.requestSync();
          },
        });
      },
    });
  },
});
