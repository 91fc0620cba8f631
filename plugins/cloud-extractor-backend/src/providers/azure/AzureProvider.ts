import type { TokenCredential } from '@azure/identity';
import type { Config } from '@backstage/config';
import { throwIfAborted } from '../runLimited';
import type { CloudProvider, CloudResource, ScanRequest, ScanSink, ServiceDescription } from '../types';
import { AZURE_SERVICES } from './azureServices';

export interface AzureProviderOptions {
  subscriptions: string[];
  /** Locations scanned when a trigger names none; all when unset. */
  regions?: string[];
  /** Azure Resource Manager; another cloud's (or a test server's) when set. */
  endpoint: string;
  /** The token audience; Azure Resource Manager's unless a sovereign cloud is used. */
  audience: string;
  pageSize: number;
  maxAttempts: number;
}

export function readAzureProviderOptions(config: Config): AzureProviderOptions {
  return {
    subscriptions: config.getStringArray('subscriptions'),
    regions: config.getOptionalStringArray('regions'),
    endpoint: (config.getOptionalString('endpoint') ?? 'https://management.azure.com').replace(/\/+$/, ''),
    audience: config.getOptionalString('audience') ?? 'https://management.azure.com',
    pageSize: config.getOptionalNumber('pageSize') ?? 1000,
    maxAttempts: config.getOptionalNumber('maxAttempts') ?? 5,
  };
}

const API_VERSION = '2024-04-01';

interface GraphRow {
  id: string;
  name: string;
  type: string;
  location?: string;
  subscriptionId?: string;
  tags?: Record<string, string> | null;
}

interface GraphPage {
  data: GraphRow[];
  $skipToken?: string;
}

/** KQL string literal; the values are our own type names and validated region names. */
const literal = (value: string) => `'${value.replace(/'/g, '')}'`;

/**
 * Azure through Resource Graph's REST API: one paged KQL query per subscription (so a failing
 * subscription never blocks the full catalog update of another), throttling answered with
 * Retry-After. The REST API is used directly because @azure/arm-resourcegraph 5 declares Node 22.
 */
export class AzureProvider implements CloudProvider {
  readonly name = 'azure';

  constructor(
    private readonly options: AzureProviderOptions,
    private readonly credential: TokenCredential,
  ) {}

  scopes(): string[] {
    return this.options.subscriptions;
  }

  services(): ServiceDescription[] {
    return AZURE_SERVICES.map(s => ({
      service: s.service,
      description: s.description,
      resource_types: Object.values(s.types),
      version: '1.0.0',
    }));
  }

  filterKeys(): string[] {
    return [];
  }

  /** The query for the chosen services and locations. */
  query(services: string[], regions?: string[]): string {
    const types = AZURE_SERVICES.filter(s => services.includes(s.service)).flatMap(s => Object.keys(s.types));
    const parts = [`Resources`, `where type in~ (${types.map(literal).join(', ')})`];
    if (regions?.length) parts.push(`where location in~ (${regions.map(literal).join(', ')})`);
    parts.push('project id, name, type, location, subscriptionId, tags', 'order by id asc');
    return parts.join(' | ');
  }

  async scan(subscription: string, request: ScanRequest, sink: ScanSink): Promise<void> {
    const regions = request.regions ?? this.options.regions;
    const typeNames = new Map(AZURE_SERVICES.flatMap(s => Object.entries(s.types).map(([type, name]) => [type, { name, service: s.service }])));
    const query = this.query(request.services, regions);
    // One query covers every requested service and location.
    for (const service of request.services) sink.position(service, regions?.join(',') ?? 'all');
    let skipToken: string | undefined;
    do {
      throwIfAborted(request.signal);
      const page = await this.post(
        { subscriptions: [subscription], query, options: { $top: this.options.pageSize, resultFormat: 'objectArray', ...(skipToken ? { $skipToken: skipToken } : {}) } },
        request.signal,
      );
      const resources: CloudResource[] = page.data.map(row => {
        const known = typeNames.get(row.type.toLowerCase());
        return {
          provider: 'azure',
          scope: subscription,
          id: row.id,
          type: known?.name ?? row.type.toLowerCase().split('/').pop()!,
          service: known?.service ?? 'other',
          region: row.location ?? 'global',
          name: row.name,
          tags: row.tags ?? {},
          consoleUrl: `https://portal.azure.com/#@/resource${row.id}`,
        };
      });
      if (resources.length > 0) await sink.resources(resources);
      skipToken = page.$skipToken;
    } while (skipToken);
  }

  private async post(body: object, signal: AbortSignal): Promise<GraphPage> {
    const url = `${this.options.endpoint}/providers/Microsoft.ResourceGraph/resources?api-version=${API_VERSION}`;
    for (let attempt = 1; ; attempt++) {
      const token = await this.credential.getToken(`${this.options.audience}/.default`);
      if (!token) throw new Error('Azure credential returned no token');
      const response = await fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
      if (response.ok) return (await response.json()) as GraphPage;
      const retryable = response.status === 429 || response.status >= 500;
      const text = await response.text();
      if (!retryable || attempt >= this.options.maxAttempts) {
        let message = text.slice(0, 300);
        try {
          message = JSON.parse(text).error?.message ?? message;
        } catch {
          // not JSON: keep the text
        }
        throw new Error(`Azure Resource Graph answered ${response.status}: ${message}`);
      }
      const retryAfter = Number(response.headers.get('retry-after'));
      const delayMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 2 ** attempt * 250;
      await new Promise(resolve => setTimeout(resolve, Math.min(delayMs, 30_000)));
    }
  }
}
