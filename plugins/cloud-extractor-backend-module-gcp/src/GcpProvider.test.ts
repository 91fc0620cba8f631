import type { Entity } from '@backstage/catalog-model';
import { extractInto } from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { gcpTestAuthClient as authClient } from './__testUtils__/gcpTestAuth';
import { GcpProvider } from './GcpProvider';
import { cloudAsset, PROJECT } from './__testUtils__/cloudAsset';

/** The provider against the local server, with an OAuth2 client holding `token`. */
const gcpAt = (url: string, token = 'gcp-test-token') =>
  new GcpProvider(
    { projects: [PROJECT], pageSize: 500, endpoint: url },
    { authClient: authClient(token) },
  );

async function extract(gcp: GcpProvider) {
  return extractInto(gcp, [PROJECT], {
    provider: 'gcp',
    services: ['compute', 'storage'],
    regions: null,
    filters: {},
    batch_size: 100,
  });
}

describe('GCP provider over Cloud Asset REST', () => {
  it('pages through searchAllResources with the client library and maps assets to entities', async () => {
    const server = await cloudAsset();
    const gcp = gcpAt(server.url);
    try {
      const { outcome, mutations } = await extract(gcp);
      expect(outcome.results.errors).toEqual([]);
      // One query across every location: the regions are those of the assets found.
      expect(outcome.results.regions_processed).toBe(2);
      expect(
        server.requests.map(u => [u.pathname, u.searchParams.get('pageToken')]),
      ).toEqual([
        [`/v1/projects/${PROJECT}:searchAllResources`, null],
        [`/v1/projects/${PROJECT}:searchAllResources`, 'page-2'],
      ]);
      expect(server.requests[0].searchParams.getAll('assetTypes')).toEqual([
        'compute.googleapis.com/Instance',
        'compute.googleapis.com/Network',
        'compute.googleapis.com/Firewall',
        'storage.googleapis.com/Bucket',
      ]);
      // A subset of services: added, never a full replacement.
      expect(mutations.map(m => m.type)).toEqual(['delta']);
      const entities = (
        mutations[0] as { added: Array<{ entity: Entity }> }
      ).added.map(d => d.entity);
      expect(entities[0]).toMatchObject({
        metadata: {
          title: 'api-1',
          labels: { owner: 'team-api', env: 'prod' },
          annotations: {
            'cloud.google.com/resource-name': `//compute.googleapis.com/projects/${PROJECT}/zones/europe-west1-b/instances/api-1`,
            'cloud.google.com/project': PROJECT,
            'cloud-extractor.fawkes.dev/region': 'europe-west1-b',
          },
        },
        spec: { type: 'compute-instance', owner: 'group:team-api' },
      });
      expect(entities[1].spec).toEqual({
        type: 'storage-bucket',
        owner: 'group:default/cloud-platform',
      });
    } finally {
      await gcp.close();
      server.close();
    }
  });

  it('names entities by the asset name, which is fixed, and titles them by the display name, which can be edited', async () => {
    const names: string[] = [];
    for (const displayName of ['API server', 'API server (old)']) {
      const server = await cloudAsset(displayName);
      const gcp = gcpAt(server.url);
      try {
        const { mutations } = await extract(gcp);
        const instance = (mutations[0] as { added: Array<{ entity: Entity }> })
          .added[0].entity;
        expect(instance.metadata.title).toBe(displayName);
        names.push(instance.metadata.name);
      } finally {
        await gcp.close();
        server.close();
      }
    }
    expect(names[1]).toBe(names[0]);
    expect(names[0]).toMatch(/^api-1-[0-9a-f]{10}$/);
  });

  it('asks for the requested locations and counts each as a region processed, though one query covers them', async () => {
    const server = await cloudAsset();
    const gcp = gcpAt(server.url);
    try {
      const { outcome } = await extractInto(gcp, [PROJECT], {
        provider: 'gcp',
        services: ['compute'],
        regions: ['europe-west1', 'us-central1', 'eu'],
        filters: {},
        batch_size: 100,
      });
      expect(outcome.results.errors).toEqual([]);
      expect(server.requests[0].searchParams.get('query')).toBe(
        'location:europe-west1 OR location:us-central1 OR location:eu',
      );
      expect(outcome.results.regions_processed).toBe(3);
    } finally {
      await gcp.close();
      server.close();
    }
  });

  it('records a refused search as the project failing', async () => {
    const server = await cloudAsset();
    const gcp = gcpAt(server.url, 'wrong-token');
    try {
      const { outcome, mutations } = await extract(gcp);
      expect(outcome.status).toBe('failed');
      expect(outcome.results.errors[0]).toMatchObject({
        provider: 'gcp',
        scope: PROJECT,
      });
      expect(outcome.results.errors[0].message).toContain(
        'invalid authentication credentials',
      );
      expect(mutations).toEqual([]);
    } finally {
      await gcp.close();
      server.close();
    }
  });
});
