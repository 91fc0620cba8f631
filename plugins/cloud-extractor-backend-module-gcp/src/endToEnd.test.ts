import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import catalogModuleCloudExtractor from '@fawkes/plugin-catalog-backend-module-cloud-extractor';
import { cloudExtractorPlugin } from '@fawkes/plugin-cloud-extractor-backend';
import {
  eventually,
  scanOverHttp,
  TEST_JOBS_CONFIG,
} from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { cloudExtractorProvidersExtensionPoint } from '@fawkes/plugin-cloud-extractor-node';
import { authHeaders, startPluginBackend } from '@fawkes/test-kit';
import { GcpProvider, readGcpProviderOptions } from './GcpProvider';
import { cloudAsset, PROJECT } from './__testUtils__/cloudAsset';
import { gcpTestAuthClient } from './__testUtils__/gcpTestAuth';

// A backend with the catalog on a loaded machine: minutes. The limits only stop a hang.
jest.setTimeout(900_000);
const user = authHeaders.user();

/**
 * The GCP provider as the module builds it from config, with an OAuth2 client that holds a token,
 * so no Google token endpoint is called.
 */
const gcpWithTestToken = createBackendModule({
  pluginId: 'cloud-extractor',
  moduleId: 'gcp-test-token',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        providers: cloudExtractorProvidersExtensionPoint,
      },
      async init({ config, providers }) {
        providers.addProvider(
          new GcpProvider(
            readGcpProviderOptions(
              config.getConfig('cloudExtractor.providers.gcp'),
            ),
            { authClient: gcpTestAuthClient('gcp-test-token') },
          ),
        );
      },
    });
  },
});

describe('GCP end to end: HTTP trigger, Cloud Asset wire format, the real catalog', () => {
  it('scans a project through POST /extraction/trigger and the catalog lists its assets', async () => {
    const server = await cloudAsset();
    const backend = await startPluginBackend({
      features: [
        eventsServiceFactory,
        catalogPlugin,
        catalogModuleCloudExtractor,
        cloudExtractorPlugin,
        gcpWithTestToken,
      ],
      config: {
        catalog: {
          processingInterval: { seconds: 1 },
          providers: { cloudExtractor: { intervalSeconds: 1 } },
        },
        cloudExtractor: {
          providers: { gcp: { projects: [PROJECT], endpoint: server.url } },
          jobs: TEST_JOBS_CONFIG,
        },
      },
    });
    try {
      const job = await scanOverHttp(
        backend.http,
        user,
        { provider: 'gcp', services: ['compute', 'storage'] },
        300_000,
      );
      expect(job.status).toBe('completed');
      expect(job.results.errors).toEqual([]);
      expect(job.results.scopes).toEqual([
        expect.objectContaining({
          provider: 'gcp',
          scope: PROJECT,
          resources: 2,
          complete: true,
        }),
      ]);
      // searchAllResources over REST, paged with pageToken.
      expect(
        server.requests.map(u => [u.pathname, u.searchParams.get('pageToken')]),
      ).toEqual([
        [`/v1/projects/${PROJECT}:searchAllResources`, null],
        [`/v1/projects/${PROJECT}:searchAllResources`, 'page-2'],
      ]);

      const entities = await eventually(async () => {
        const res = await backend.http
          .get('/api/catalog/entities?filter=kind=resource')
          .set(user);
        return res.body.length === 2 ? (res.body as Entity[]) : undefined;
      }, 300_000);
      const byType = Object.fromEntries(
        entities.map(e => [e.spec?.type as string, e]),
      );
      expect(byType['compute-instance'].metadata.title).toBe('api-1');
      expect(byType['compute-instance'].spec?.owner).toBe('group:team-api');
      expect(
        byType['compute-instance'].metadata.annotations?.[
          'cloud.google.com/resource-name'
        ],
      ).toBe(
        `//compute.googleapis.com/projects/${PROJECT}/zones/europe-west1-b/instances/api-1`,
      );
      expect(byType['storage-bucket'].metadata.title).toBe('shop-prod-assets');
    } finally {
      await backend.stop();
      server.close();
    }
  });
});
