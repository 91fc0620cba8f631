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
import { GcpProvider, readGcpProviderOptions } from './GcpProvider';
import { cloudAsset, PROJECT } from './__testUtils__/cloudAsset';
import { gcpTestAuthClient } from './__testUtils__/gcpTestAuth';

// A backend with the catalog on a loaded machine: minutes. The limits only stop a hang.
jest.setTimeout(900_000);
const user = authHeaders.user();

/**
 * The GCP provider built from config as the module builds it, but with an OAuth2 client that
 * already holds a token, so no Google token endpoint is called (the local server accepts only
 * that token: a request without it is answered 401 and fails the job).
 */
const gcpWithTestToken = testProviderModule(
  'gcp',
  config =>
    new GcpProvider(readGcpProviderOptions(config), {
      authClient: gcpTestAuthClient('gcp-test-token'),
    }),
);

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
      config: catalogTestConfig({
        gcp: { projects: [PROJECT], endpoint: server.url },
      }),
    });
    try {
      // Every GCP service: a complete scan of the project, whose entities replace the project's.
      const job = await scanOverHttp(
        backend.http,
        user,
        { provider: 'gcp' },
        300_000,
      );
      // One assertion on the whole job, so a failed one shows its errors.
      expect(job).toMatchObject({
        status: 'completed',
        attempts: 1,
        results: {
          resources_extracted: 2,
          services_processed: 8,
          // One query across every location: the regions of the two assets found.
          regions_processed: 2,
          errors: [],
          scopes: [
            {
              provider: 'gcp',
              scope: PROJECT,
              resources: 2,
              complete: true,
              mutation: 'full',
            },
          ],
        },
      });
      // searchAllResources over REST, paged with pageToken, asked for the services' asset types.
      expect(
        server.requests.map(u => [u.pathname, u.searchParams.get('pageToken')]),
      ).toEqual([
        [`/v1/projects/${PROJECT}:searchAllResources`, null],
        [`/v1/projects/${PROJECT}:searchAllResources`, 'page-2'],
      ]);
      expect(server.requests[0].searchParams.getAll('assetTypes')).toEqual(
        expect.arrayContaining([
          'compute.googleapis.com/Instance',
          'storage.googleapis.com/Bucket',
          'container.googleapis.com/Cluster',
        ]),
      );

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
