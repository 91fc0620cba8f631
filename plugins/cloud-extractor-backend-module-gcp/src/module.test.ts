import { v1 } from '@google-cloud/asset';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { authHeaders, inMemoryDatabaseServiceFactory } from '@fawkes/test-kit';
import request from 'supertest';
import { cloudExtractorPlugin } from '@fawkes/plugin-cloud-extractor-backend';
import { cloudExtractorModuleGcp } from './module';

describe('the GCP module', () => {
  it('opens no Cloud Asset client at start (it is made on the first scan), so none is closed at shutdown', async () => {
    const close = jest.spyOn(v1.AssetServiceClient.prototype, 'close');
    try {
      const backend = await startTestBackend({
        features: [
          cloudExtractorPlugin,
          cloudExtractorModuleGcp,
          inMemoryDatabaseServiceFactory,
          mockServices.rootConfig.factory({
            data: {
              cloudExtractor: {
                providers: { gcp: { projects: ['shop-prod'] } },
              },
            },
          }),
        ],
      });
      const res = await request(backend.server)
        .get('/api/cloud-extractor/extraction/providers')
        .set(authHeaders.user());
      expect(res.body).toEqual({ providers: ['gcp'], total: 1 });
      expect(close).not.toHaveBeenCalled();
      await backend.stop();
      expect(close).not.toHaveBeenCalled();
    } finally {
      close.mockRestore();
    }
  });
});
