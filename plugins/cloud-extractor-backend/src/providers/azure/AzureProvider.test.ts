import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ENTITY_SHAPE } from '../../catalog/toEntity';
import { ExtractionRun } from '../../jobs/ExtractionRun';
import { capturingCatalog } from '../../testing/capturingCatalog';
import { ProviderRegistry } from '../ProviderRegistry';
import { AzureProvider } from './AzureProvider';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
const vm = {
  id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/web-01`,
  name: 'web-01',
  type: 'microsoft.compute/virtualmachines',
  location: 'westeurope',
  subscriptionId: SUBSCRIPTION,
  tags: { owner: 'team-web', 'cost center': 'CC 42' },
};
const account = {
  id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/datalake`,
  name: 'datalake',
  type: 'microsoft.storage/storageaccounts',
  location: 'westeurope',
  subscriptionId: SUBSCRIPTION,
  tags: null,
};

/** Resource Graph's REST API on a local port: two pages joined by $skipToken, a 429 first. */
async function resourceGraph() {
  const requests: Array<{ url: string; authorization?: string; body: any }> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', chunk => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text);
      requests.push({ url: req.url!, authorization: req.headers.authorization, body });
      res.setHeader('Content-Type', 'application/json');
      if (requests.length === 1) {
        res.statusCode = 429;
        res.setHeader('Retry-After', '0');
        res.end(JSON.stringify({ error: { code: 'RateLimiting', message: 'Please provide below info when asking for support' } }));
      } else if (!body.options.$skipToken) {
        res.end(JSON.stringify({ totalRecords: 2, count: 1, resultTruncated: 'false', $skipToken: 'page-2', data: [vm] }));
      } else {
        res.end(JSON.stringify({ totalRecords: 2, count: 1, resultTruncated: 'false', data: [account] }));
      }
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() };
}

const credential = { getToken: async () => ({ token: 'azure-test-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };

describe('Azure provider over Resource Graph REST', () => {
  it('pages through the query, retries throttling, and maps rows to entities', async () => {
    const graph = await resourceGraph();
    try {
      const azure = new AzureProvider(
        { subscriptions: [SUBSCRIPTION], endpoint: graph.url, audience: 'https://management.azure.com', pageSize: 1, maxAttempts: 3 },
        credential,
      );
      const catalog = await capturingCatalog('azure', SUBSCRIPTION);
      const run = new ExtractionRun({
        registry: new ProviderRegistry([azure]),
        publisher: catalog.publisher,
        entityShape: { ownerTag: 'owner', defaultOwner: 'group:default/cloud-platform' },
        logger: mockServices.logger.mock(),
      });
      const outcome = await run.execute(
        { provider: 'azure', services: null, regions: null, filters: {}, batch_size: 100 },
        () => {},
        new AbortController().signal,
      );
      expect(outcome.results.errors).toEqual([]);
      expect(graph.requests).toHaveLength(3);
      expect(graph.requests[1]).toMatchObject({
        url: '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01',
        authorization: 'Bearer azure-test-token',
        body: { subscriptions: [SUBSCRIPTION], options: { $top: 1, resultFormat: 'objectArray' } },
      });
      expect(graph.requests[1].body.query).toContain("where type in~ ('microsoft.compute/virtualmachines'");
      expect(graph.requests[2].body.options.$skipToken).toBe('page-2');

      const mutation = catalog.mutations[0] as { type: string; entities: Array<{ entity: Entity }> };
      expect(mutation.type).toBe('full');
      const [webEntity, storageEntity] = mutation.entities.map(d => d.entity);
      expect(webEntity).toMatchObject({
        kind: 'Resource',
        metadata: {
          title: 'web-01',
          labels: { owner: 'team-web', 'cost-center': 'CC-42' },
          annotations: {
            'management.azure.com/resourceId': vm.id,
            'management.azure.com/subscriptionId': SUBSCRIPTION,
            'backstage.io/view-url': `https://portal.azure.com/#@/resource${vm.id}`,
          },
        },
        spec: { type: 'virtual-machine', owner: 'group:team-web' },
      });
      expect(storageEntity.spec).toEqual({ type: 'storage-account', owner: 'group:default/cloud-platform' });
    } finally {
      graph.close();
    }
  });

  it('puts services and locations into the KQL query', () => {
    const azure = new AzureProvider(
      { subscriptions: [SUBSCRIPTION], endpoint: 'http://unused', audience: 'x', pageSize: 1000, maxAttempts: 1 },
      credential,
    );
    expect(azure.query(['aks'], ['westeurope', 'eastus'])).toBe(
      "Resources | where type in~ ('microsoft.containerservice/managedclusters') | where location in~ ('westeurope', 'eastus') | project id, name, type, location, subscriptionId, tags | order by id asc",
    );
  });

  it('fails the subscription, so nothing is removed, when Resource Graph refuses', async () => {
    const server = createServer((_req, res) => {
      res.statusCode = 403;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: { code: 'AuthorizationFailed', message: 'The client does not have authorization' } }));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    try {
      const azure = new AzureProvider(
        {
          subscriptions: [SUBSCRIPTION],
          endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          audience: 'x',
          pageSize: 1000,
          maxAttempts: 3,
        },
        credential,
      );
      const catalog = await capturingCatalog('azure', SUBSCRIPTION);
      const run = new ExtractionRun({
        registry: new ProviderRegistry([azure]),
        publisher: catalog.publisher,
        entityShape: DEFAULT_ENTITY_SHAPE,
        logger: mockServices.logger.mock(),
      });
      const outcome = await run.execute(
        { provider: 'azure', services: null, regions: null, filters: {}, batch_size: 100 },
        () => {},
        new AbortController().signal,
      );
      expect(outcome.status).toBe('failed');
      expect(outcome.results.errors[0].message).toBe('Azure Resource Graph answered 403: The client does not have authorization');
      expect(catalog.mutations).toEqual([]);
    } finally {
      server.close();
    }
  });
});
