import type { v1 } from '@google-cloud/asset';
import type { Config } from '@backstage/config';
import { throwIfAborted } from '@fawkes/plugin-cloud-extractor-node';
import type {
  CloudProvider,
  CloudResource,
  RegionNames,
  ScanRequest,
  ScanSink,
  ServiceDescription,
} from '@fawkes/plugin-cloud-extractor-node';
import { GCP_SERVICES } from './gcpServices';

type AssetClientOptions = NonNullable<
  ConstructorParameters<typeof v1.AssetServiceClient>[0]
>;

export interface GcpProviderOptions {
  /** Project ids; each is searched as `projects/<id>`. */
  projects: string[];
  /** Locations searched when a trigger names none; all when unset. */
  regions?: string[];
  pageSize: number;
  /** Cloud Asset's REST endpoint; Google's when unset (tests point it at a local server). */
  endpoint?: string;
  /** A service account key file; Application Default Credentials when unset. */
  keyFilename?: string;
}

export function readGcpProviderOptions(config: Config): GcpProviderOptions {
  return {
    projects: config.getStringArray('projects'),
    regions: config.getOptionalStringArray('regions'),
    pageSize: config.getOptionalNumber('pageSize') ?? 500,
    endpoint: config.getOptionalString('endpoint'),
    keyFilename: config.getOptionalString('keyFilename'),
  };
}

/**
 * GCP locations as Cloud Asset reports them: regions (europe-west1), zones (us-central1-a), the
 * multi-regions us, eu and asia, and global.
 */
export const GCP_REGION_NAMES: RegionNames = {
  owns: region =>
    /^[a-z]+-[a-z]+\d+(-[a-z])?$/.test(region) ||
    ['us', 'eu', 'asia', 'global'].includes(region),
  expected:
    'a GCP region or zone such as europe-west1, us-central1 or us-central1-a (or us, eu, asia, global)',
};

/**
 * GCP through Cloud Asset Inventory `searchAllResources`, with Google's client library speaking
 * REST (`fallback: true`): one paged search per project.
 */
export class GcpProvider implements CloudProvider {
  readonly name = 'gcp';
  readonly regionNames = GCP_REGION_NAMES;
  private client?: Promise<v1.AssetServiceClient>;

  constructor(
    private readonly options: GcpProviderOptions,
    private readonly auth: Pick<AssetClientOptions, 'authClient' | 'auth'> = {},
  ) {}

  /** The Cloud Asset client, loaded with its library on the first scan, not at backend start. */
  private assetClient(): Promise<v1.AssetServiceClient> {
    this.client ??= Promise.resolve().then(() => {
      // Loaded here, on the first scan, so a backend start does not load the library. `require`,
      // not `import()`: Jest keeps `import()` native in backend packages and refuses it.
      const { v1: asset } =
        require('@google-cloud/asset') as typeof import('@google-cloud/asset');
      const endpoint = this.options.endpoint
        ? new URL(this.options.endpoint)
        : undefined;
      return new asset.AssetServiceClient({
        fallback: true,
        ...(this.options.keyFilename
          ? { keyFilename: this.options.keyFilename }
          : {}),
        ...(endpoint
          ? {
              apiEndpoint: endpoint.hostname,
              port: Number(
                endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80),
              ),
              protocol: endpoint.protocol.replace(':', ''),
            }
          : {}),
        ...this.auth,
      } as AssetClientOptions);
    });
    return this.client;
  }

  scopes(): string[] {
    return this.options.projects;
  }

  services(): ServiceDescription[] {
    return GCP_SERVICES.map(s => ({
      service: s.service,
      description: s.description,
      resource_types: [...new Set(Object.values(s.types))],
      version: '1.0.0',
    }));
  }

  filterKeys(): string[] {
    return [];
  }

  async scan(
    project: string,
    request: ScanRequest,
    sink: ScanSink,
  ): Promise<void> {
    const selected = GCP_SERVICES.filter(s =>
      request.services.includes(s.service),
    );
    const types = new Map(
      selected.flatMap(s =>
        Object.entries(s.types).map(([type, name]) => [
          type,
          { name, service: s.service },
        ]),
      ),
    );
    const regions = request.regions ?? this.options.regions;
    // One query covers every requested service and location.
    for (const service of request.services)
      for (const region of regions?.length ? regions : ['all'])
        sink.position(service, region);
    const client = await this.assetClient();
    const pages = client.searchAllResourcesAsync(
      {
        scope: `projects/${project}`,
        assetTypes: [...types.keys()],
        query: regions?.length
          ? regions.map(r => `location:${r}`).join(' OR ')
          : undefined,
        pageSize: this.options.pageSize,
      },
      { autoPaginate: false },
    );
    let batch: CloudResource[] = [];
    for await (const asset of pages) {
      throwIfAborted(request.signal);
      const known = types.get(asset.assetType ?? '');
      batch.push({
        provider: 'gcp',
        scope: project,
        id: asset.name!,
        type:
          known?.name ??
          (asset.assetType ?? 'resource').split('/').pop()!.toLowerCase(),
        service: known?.service ?? 'other',
        region: asset.location || 'global',
        // The last part of the full resource name is fixed for the asset's life; displayName may be edited.
        name: asset.name!.split('/').pop()!,
        displayName: asset.displayName || undefined,
        tags: Object.fromEntries(
          Object.entries(asset.labels ?? {}).map(([k, v]) => [k, String(v)]),
        ),
        consoleUrl: `https://console.cloud.google.com/home/dashboard?project=${encodeURIComponent(project)}`,
      });
      if (batch.length >= this.options.pageSize) {
        await sink.resources(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await sink.resources(batch);
  }

  async close(): Promise<void> {
    if (this.client) await (await this.client).close();
  }
}
