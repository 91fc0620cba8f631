import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { devlakePlugin } from './plugin';
import { testConfig } from './test/signing';

/** An existing DevLake database that cannot be read is a dependency down (503), not a bug (500). */
describe('devlake plugin with an unreachable DevLake database', () => {
  let backend: PluginBackend;

  beforeAll(async () => {
    const source = {
      database: {
        connection: {
          host: '127.0.0.1',
          port: 1,
          user: 'devlake',
          password: 'hunter2-devlake',
          database: 'lake',
        },
      },
    };
    backend = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      config: { devlake: { ...testConfig.devlake, source } },
    });
  });

  afterAll(() => backend.stop());

  it.each([
    '/dora-metrics?project=payments',
    '/dora/metrics?project=payments',
    '/dora/series?project=payments&metric=leadTimeForChanges',
  ])(
    'answers %s with 503 naming the source, without its password',
    async path => {
      const res = await backend.http
        .get(`/api/devlake${path}`)
        .set(authHeaders.user());
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(
        /devlake\.source\.database could not be read/,
      );
      expect(res.text).not.toContain('hunter2');
    },
  );
});
