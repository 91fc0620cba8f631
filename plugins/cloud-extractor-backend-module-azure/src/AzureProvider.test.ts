import type { Entity } from '@backstage/catalog-model';
import { extractInto } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { AzureProvider } from './AzureProvider';
import {
  type Answer,
  account,
  credential,
  OTHER,
  page,
  resourceGraph,
  SUBSCRIPTION,
  throttled,
  vault,
  vm,
} from './__testUtils__/resourceGraph';

const everything = {
  provider: 'azure',
  services: null,
  regions: null,
  filters: {},
  batch_size: 100,
};

async function extractBoth(url: string, maxAttempts = 3) {
  const azure = new AzureProvider(
    {
      subscriptions: [SUBSCRIPTION, OTHER],
      endpoint: url,
      audience: 'https://management.azure.com',
      pageSize: 2,
      maxAttempts,
    },
    credential,
  );
  const { outcome, byScope } = await extractInto(
    azure,
    [SUBSCRIPTION, OTHER],
    everything,
  );
  return { outcome, byScope };
}

const names = (mutation: any) =>
  (mutation.type === 'full' ? mutation.entities : mutation.added).map(
    (d: { entity: Entity }) => d.entity.metadata.title,
  );

describe('Azure provider over Resource Graph REST', () => {
  it('runs one paged query across all subscriptions and gives each its own full mutation', async () => {
    // Page 1 mixes both subscriptions; page 2 (after a 429) finishes the first one.
    const graph = await resourceGraph([
      page([vm, vault], 'page-2'),
      throttled,
      page([account]),
    ]);
    try {
      const { outcome, byScope } = await extractBoth(graph.url);
      expect(outcome.results.errors).toEqual([]);
      expect(outcome.status).toBe('completed');
      // One query across every location: the regions are those of the resources found.
      expect(outcome.results.regions_processed).toBe(2);
      expect(graph.requests).toHaveLength(3);
      for (const request of graph.requests) {
        expect(request).toMatchObject({
          url: '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01',
          authorization: 'Bearer azure-test-token',
          body: {
            subscriptions: [SUBSCRIPTION, OTHER],
            options: { $top: 2, resultFormat: 'objectArray' },
          },
        });
      }
      expect(graph.requests[0].body.query).toContain(
        "where type in~ ('microsoft.compute/virtualmachines'",
      );
      expect(graph.requests[0].body.options.$skipToken).toBeUndefined();
      expect(graph.requests[2].body.options.$skipToken).toBe('page-2');

      expect(byScope[SUBSCRIPTION].map(m => m.type)).toEqual(['full']);
      expect(byScope[OTHER].map(m => m.type)).toEqual(['full']);
      expect(names(byScope[SUBSCRIPTION][0])).toEqual(['web-01', 'datalake']);
      expect(names(byScope[OTHER][0])).toEqual(['secrets-01']);
      expect(
        outcome.results.scopes.map(s => [
          s.scope,
          s.resources,
          s.complete,
          s.mutation,
        ]),
      ).toEqual([
        [SUBSCRIPTION, 2, true, 'full'],
        [OTHER, 1, true, 'full'],
      ]);

      const [webEntity, storageEntity] = (
        byScope[SUBSCRIPTION][0] as { entities: Array<{ entity: Entity }> }
      ).entities.map(d => d.entity);
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
      expect(storageEntity.spec).toEqual({
        type: 'storage-account',
        owner: 'group:default/cloud-platform',
      });
      const vaultEntity = (
        byScope[OTHER][0] as { entities: Array<{ entity: Entity }> }
      ).entities[0].entity;
      expect(
        vaultEntity.metadata.annotations![
          'management.azure.com/subscriptionId'
        ],
      ).toBe(OTHER);
    } finally {
      graph.close();
    }
  });

  it('removes nothing anywhere when the query fails part-way: what was read is only added', async () => {
    const failing: Answer = {
      status: 500,
      body: {
        error: {
          code: 'InternalServerError',
          message: 'Encountered an internal server error',
        },
      },
    };
    const graph = await resourceGraph([page([vm, vault], 'page-2'), failing]);
    try {
      const { outcome, byScope } = await extractBoth(graph.url, 2);
      expect(graph.requests).toHaveLength(3); // page 1, then page 2 tried twice
      expect(outcome.status).toBe('failed');
      for (const scope of [SUBSCRIPTION, OTHER]) {
        expect(byScope[scope].map(m => m.type)).toEqual(['delta']);
        expect(byScope[scope][0]).toMatchObject({ removed: [] });
      }
      expect(names(byScope[SUBSCRIPTION][0])).toEqual(['web-01']);
      expect(names(byScope[OTHER][0])).toEqual(['secrets-01']);
      expect(outcome.results.errors.map(e => [e.scope, e.message])).toEqual([
        [
          SUBSCRIPTION,
          'Azure Resource Graph answered 500: Encountered an internal server error',
        ],
        [
          OTHER,
          'Azure Resource Graph answered 500: Encountered an internal server error',
        ],
      ]);
    } finally {
      graph.close();
    }
  });

  it('treats a truncated answer without $skipToken as a partial scan', async () => {
    const graph = await resourceGraph([page([vm, vault], undefined, 'true')]);
    try {
      const { outcome, byScope } = await extractBoth(graph.url);
      expect(byScope[SUBSCRIPTION].map(m => m.type)).toEqual(['delta']);
      expect(byScope[OTHER].map(m => m.type)).toEqual(['delta']);
      expect(outcome.results.errors[0].message).toBe(
        'Azure Resource Graph truncated the result after page 1 and gave no $skipToken',
      );
    } finally {
      graph.close();
    }
  });

  it('fails the scan when Resource Graph answers a row of a subscription it was not asked about', async () => {
    const stranger = {
      ...vault,
      id: vault.id.replace(OTHER, '00000000-0000-0000-0000-00000000000f'),
      subscriptionId: '00000000-0000-0000-0000-00000000000f',
    };
    const graph = await resourceGraph([page([vm, stranger])]);
    try {
      const { outcome, byScope } = await extractBoth(graph.url);
      expect(outcome.status).toBe('failed');
      expect(byScope[SUBSCRIPTION]).toEqual([]);
      expect(byScope[OTHER]).toEqual([]);
      expect(outcome.results.errors[0].message).toContain(
        'unrequested subscription',
      );
    } finally {
      graph.close();
    }
  });

  it('puts services and locations into the KQL query', () => {
    const azure = new AzureProvider(
      {
        subscriptions: [SUBSCRIPTION],
        endpoint: 'http://unused',
        audience: 'x',
        pageSize: 1000,
        maxAttempts: 1,
      },
      credential,
    );
    expect(azure.query(['aks'], ['westeurope', 'eastus'])).toBe(
      "Resources | where type in~ ('microsoft.containerservice/managedclusters') | where location in~ ('westeurope', 'eastus') | project id, name, type, location, subscriptionId, tags | order by id asc",
    );
  });

  it('counts each requested location as a region processed, though one query covers them', async () => {
    const graph = await resourceGraph([page([vm])]);
    try {
      const azure = new AzureProvider(
        {
          subscriptions: [SUBSCRIPTION],
          endpoint: graph.url,
          audience: 'https://management.azure.com',
          pageSize: 100,
          maxAttempts: 1,
        },
        credential,
      );
      const { outcome } = await extractInto(azure, [SUBSCRIPTION], {
        ...everything,
        regions: ['westeurope', 'eastus', 'northeurope'],
      });
      expect(outcome.results.errors).toEqual([]);
      expect(graph.requests).toHaveLength(1);
      expect(outcome.results.regions_processed).toBe(3);
    } finally {
      graph.close();
    }
  });

  it('fails every subscription, so nothing is removed, when Resource Graph refuses (403, not retried)', async () => {
    const refused: Answer = {
      status: 403,
      body: {
        error: {
          code: 'AuthorizationFailed',
          message: 'The client does not have authorization',
        },
      },
    };
    const graph = await resourceGraph([refused]);
    try {
      const { outcome, byScope } = await extractBoth(graph.url);
      expect(graph.requests).toHaveLength(1);
      expect(outcome.status).toBe('failed');
      expect(outcome.results.errors.map(e => e.scope)).toEqual([
        SUBSCRIPTION,
        OTHER,
      ]);
      expect(outcome.results.errors[0].message).toBe(
        'Azure Resource Graph answered 403: The client does not have authorization',
      );
      expect(byScope).toEqual({ [SUBSCRIPTION]: [], [OTHER]: [] });
    } finally {
      graph.close();
    }
  });
  it('stops waiting for the token endpoint and for a retry as soon as the scan is aborted', async () => {
    const sink = { resources: async () => {}, position() {}, failure() {} };
    // A token endpoint that never answers (a managed identity endpoint out of reach).
    const hanging = {
      getToken: (
        _scopes: string | string[],
        options?: { abortSignal?: AbortSignal },
      ) =>
        new Promise<never>((_resolve, reject) =>
          options?.abortSignal?.addEventListener('abort', () =>
            // As @azure/identity rejects: its own AbortError, not the signal's reason.
            reject(
              Object.assign(new Error('The operation was aborted.'), {
                name: 'AbortError',
              }),
            ),
          ),
        ),
    };
    const scan = (
      credentialOf: typeof credential | typeof hanging,
      url: string,
    ) => {
      const controller = new AbortController();
      const azure = new AzureProvider(
        {
          subscriptions: [SUBSCRIPTION],
          endpoint: url,
          audience: 'https://management.azure.com',
          pageSize: 2,
          maxAttempts: 5,
        },
        credentialOf,
      );
      const scanned = azure.scan(
        SUBSCRIPTION,
        { services: ['compute'], filters: {}, signal: controller.signal },
        sink,
      );
      return {
        scanned,
        abort: () => controller.abort(new Error('job stopped')),
      };
    };
    const idle = await resourceGraph([]);
    try {
      const waitingForToken = scan(hanging, idle.url);
      setImmediate(waitingForToken.abort);
      await expect(waitingForToken.scanned).rejects.toThrow('job stopped');
    } finally {
      idle.close();
    }
    // Throttled with a Retry-After of a minute: the abort ends the wait.
    const graph = await resourceGraph([{ ...throttled, retryAfter: '60' }]);
    try {
      const waitingToRetry = scan(credential, graph.url);
      while (graph.requests.length === 0)
        await new Promise(resolve => setTimeout(resolve, 10));
      waitingToRetry.abort();
      await expect(waitingToRetry.scanned).rejects.toThrow('job stopped');
      expect(graph.requests).toHaveLength(1);
    } finally {
      graph.close();
    }
  });
});
