import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import catalogModuleCloudExtractor from '@fawkes/plugin-catalog-backend-module-cloud-extractor';
import { cloudExtractorPlugin } from '@fawkes/plugin-cloud-extractor-backend';
import {
  catalogTestConfig,
  eventually,
  scanOverHttp,
  testProviderModule,
} from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { authHeaders, startPluginBackend } from '@fawkes/test-kit';
import { AzureProvider, readAzureProviderOptions } from './AzureProvider';
import {
  account,
  credential,
  page,
  resourceGraph,
  SUBSCRIPTION,
  vm,
} from './__testUtils__/resourceGraph';

// A backend with the catalog on a loaded machine: minutes. The limits only stop a hang.
jest.setTimeout(900_000);
const user = authHeaders.user();

/**
 * The Azure provider as the module builds it from config, with a token credential that needs no
 * Microsoft Entra ID (the module's own credential choice is tested in module.test.ts).
 */
const azureWithTestCredential = testProviderModule(
  'azure',
  config => new AzureProvider(readAzureProviderOptions(config), credential),
);

describe('Azure end to end: HTTP trigger, Resource Graph wire format, the real catalog', () => {
  it('scans a subscription through POST /extraction/trigger and the catalog lists its resources', async () => {
    const graph = await resourceGraph([page([vm, account])]);
    const backend = await startPluginBackend({
      features: [
        eventsServiceFactory,
        catalogPlugin,
        catalogModuleCloudExtractor,
        cloudExtractorPlugin,
        azureWithTestCredential,
      ],
      config: catalogTestConfig({
        azure: { subscriptions: [SUBSCRIPTION], endpoint: graph.url },
      }),
    });
    try {
      const job = await scanOverHttp(
        backend.http,
        user,
        { provider: 'azure' },
        300_000,
      );
      expect(job.status).toBe('completed');
      expect(job.results.errors).toEqual([]);
      expect(job.results.scopes).toEqual([
        expect.objectContaining({
          provider: 'azure',
          scope: SUBSCRIPTION,
          resources: 2,
          complete: true,
          mutation: 'full',
        }),
      ]);
      // One query for the subscription, with the credential's token.
      expect(graph.requests).toHaveLength(1);
      expect(graph.requests[0].url).toContain(
        '/providers/Microsoft.ResourceGraph/resources?api-version=',
      );
      expect(graph.requests[0].authorization).toBe('Bearer azure-test-token');
      expect(graph.requests[0].body.subscriptions).toEqual([SUBSCRIPTION]);

      const entities = await eventually(async () => {
        const res = await backend.http
          .get('/api/catalog/entities?filter=kind=resource')
          .set(user);
        return res.body.length === 2 ? (res.body as Entity[]) : undefined;
      }, 300_000);
      const byTitle = Object.fromEntries(
        entities.map(e => [e.metadata.title, e]),
      );
      expect(byTitle['web-01'].spec).toEqual({
        type: 'virtual-machine',
        owner: 'group:team-web',
      });
      expect(
        byTitle['web-01'].metadata.annotations?.[
          'management.azure.com/resourceId'
        ]?.toLowerCase(),
      ).toBe(vm.id.toLowerCase());
      expect(byTitle.datalake.spec?.type).toBe('storage-account');
    } finally {
      await backend.stop();
      graph.close();
    }
  });
});
