import { startTestBackend, mockServices } from '@backstage/backend-test-utils';
import { authHeaders, inMemoryDatabaseServiceFactory } from '@fawkes/test-kit';
import request from 'supertest';
import { cloudExtractorPlugin } from '@fawkes/plugin-cloud-extractor-backend';
import { cloudExtractorModuleAzure } from './module';

const subscriptions = ['00000000-0000-0000-0000-000000000001'];
const start = (azure: object) =>
  startTestBackend({
    features: [
      cloudExtractorPlugin,
      cloudExtractorModuleAzure,
      inMemoryDatabaseServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          cloudExtractor: { providers: { azure: { subscriptions, ...azure } } },
        },
      }),
    ],
  });

describe('the Azure module', () => {
  it('refuses to start with part of a service principal, instead of falling back to the default credential', async () => {
    await expect(start({ tenantId: 't', clientId: 'c' })).rejects.toThrow(
      /cloudExtractor\.providers\.azure: set tenantId, clientId and clientSecret together.*missing clientSecret/,
    );
    const error = await start({
      clientId: 'c',
      clientSecret: 'azure-secret-value',
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain('missing tenantId');
    expect(error?.message).not.toContain('azure-secret-value');
  });

  it('starts with all three or none of them', async () => {
    for (const azure of [
      { tenantId: 't', clientId: 'c', clientSecret: 's' },
      {},
    ]) {
      const backend = await start(azure);
      const res = await request(backend.server)
        .get('/api/cloud-extractor/extraction/providers')
        .set(authHeaders.user());
      await backend.stop();
      expect(res.body).toEqual({ providers: ['azure'], total: 1 });
    }
  });
});
