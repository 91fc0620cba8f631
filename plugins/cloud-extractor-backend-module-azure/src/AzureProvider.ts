import type { TokenCredential } from '@azure/identity';
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
import { AZURE_SERVICES } from './azureServices';
import { setTimeout as sleep } from 'node:timers/promises';

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
    endpoint: (
      config.getOptionalString('endpoint') ?? 'https://management.azure.com'
    ).replace(/\/+$/, ''),
    audience:
      config.getOptionalString('audience') ?? 'https://management.azure.com',
    pageSize: config.getOptionalNumber('pageSize') ?? 1000,
    maxAttempts: config.getOptionalNumber('maxAttempts') ?? 5,
  };
}

const API_VERSION = '2024-04-01';

/** Azure locations are single lower-case words (westeurope, eastus2, usgovvirginia, global). */
export const AZURE_REGION_NAMES: RegionNames = {
  owns: region => /^[a-z][a-z0-9]*$/.test(region),
  expected: 'an Azure location such as westeurope or eastus2',
};

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
  /** "true" when rows were left out and no $skipToken can fetch them. */
  resultTruncated?: string | boolean;
}

/** The subscription of an ARM resource id, `/subscriptions/<id>/…`. */
const subscriptionOf = (id: string) =>
  /^\/subscriptions\/([^/]+)/i.exec(id)?.[1] ?? '';

/** KQL string literal; the values are our own type names and validated region names. */
const literal = (value: string) => `'${value.replace(/'/g, '')}'`;

/**
 * Azure through Resource Graph's REST API: one paged KQL query across all configured
 * subscriptions, its rows grouped by subscription for each subscription's entity provider;
 * throttling answered with Retry-After. The REST API is used directly because
 * @azure/arm-resourcegraph 5 declares Node 22.
 */
export class AzureProvider implements CloudProvider {
  readonly name = 'azure';
  readonly regionNames = AZURE_REGION_NAMES;

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
    const types = AZURE_SERVICES.filter(s =>
      services.includes(s.service),
    ).flatMap(s => Object.keys(s.types));
    const parts = [
      `Resources`,
      `where type in~ (${types.map(literal).join(', ')})`,
    ];
    if (regions?.length)
      parts.push(`where location in~ (${regions.map(literal).join(', ')})`);
    parts.push(
      'project id, name, type, location, subscriptionId, tags',
      'order by id asc',
    );
    return parts.join(' | ');
  }

  async scan(
    subscription: string,
    request: ScanRequest,
    sink: ScanSink,
  ): Promise<void> {
    await this.scanScopes([subscription], request, () => sink);
  }

  /**
   * One paged query whose request names every subscription; rows are handed to the sink of their
   * `subscriptionId`. Any failure of the query (after retries) is thrown, so no subscription gets
   * a full mutation from a partial answer.
   */
  async scanScopes(
    subscriptions: string[],
    request: ScanRequest,
    sinkOf: (subscription: string) => ScanSink,
  ): Promise<void> {
    const regions = request.regions ?? this.options.regions;
    const typeNames = new Map(
      AZURE_SERVICES.flatMap(s =>
        Object.entries(s.types).map(([type, name]) => [
          type,
          { name, service: s.service },
        ]),
      ),
    );
    const query = this.query(request.services, regions);
    // Subscription ids are GUIDs; Resource Graph answers them in lower case.
    const bySubscription = new Map(
      subscriptions.map(id => [id.toLowerCase(), id]),
    );
    // One query covers every requested service and location of every subscription.
    for (const subscription of subscriptions) {
      for (const service of request.services)
        for (const region of regions?.length ? regions : ['all'])
          sinkOf(subscription).position(service, region);
    }
    let skipToken: string | undefined;
    let page = 0;
    do {
      throwIfAborted(request.signal);
      const answer = await this.post(
        {
          subscriptions,
          query,
          options: {
            $top: this.options.pageSize,
            resultFormat: 'objectArray',
            ...(skipToken ? { $skipToken: skipToken } : {}),
          },
        },
        request.signal,
      );
      page += 1;
      const grouped = new Map<string, CloudResource[]>();
      for (const row of answer.data) {
        const subscription = bySubscription.get(
          (row.subscriptionId ?? subscriptionOf(row.id)).toLowerCase(),
        );
        if (!subscription)
          throw new Error(
            `Azure Resource Graph answered a row of an unrequested subscription: ${row.id}`,
          );
        const known = typeNames.get(row.type.toLowerCase());
        const resources = grouped.get(subscription) ?? [];
        resources.push({
          provider: 'azure',
          scope: subscription,
          id: row.id,
          type: known?.name ?? row.type.toLowerCase().split('/').pop()!,
          service: known?.service ?? 'other',
          region: row.location ?? 'global',
          name: row.name,
          tags: row.tags ?? {},
          consoleUrl: `https://portal.azure.com/#@/resource${row.id}`,
        });
        grouped.set(subscription, resources);
      }
      for (const [subscription, resources] of grouped)
        await sinkOf(subscription).resources(resources);
      skipToken = answer.$skipToken;
      // Truncated without a token to continue: the rest cannot be read, so the scan is partial.
      if (
        !skipToken &&
        String(answer.resultTruncated).toLowerCase() === 'true'
      ) {
        throw new Error(
          `Azure Resource Graph truncated the result after page ${page} and gave no $skipToken`,
        );
      }
    } while (skipToken);
  }

  private async post(body: object, signal: AbortSignal): Promise<GraphPage> {
    const url = `${this.options.endpoint}/providers/Microsoft.ResourceGraph/resources?api-version=${API_VERSION}`;
    for (let attempt = 1; ; attempt++) {
      // A stopped job (a backend shutting down, a cancel) must not wait for the token endpoint.
      const token = await this.credential
        .getToken(`${this.options.audience}/.default`, { abortSignal: signal })
        .catch(error => {
          // @azure/identity rejects an abort with its own AbortError: the job's reason instead.
          throwIfAborted(signal);
          throw error;
        });
      if (!token) throw new Error('Azure credential returned no token');
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token.token}`,
          'Content-Type': 'application/json',
        },
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
        throw new Error(
          `Azure Resource Graph answered ${response.status}: ${message}`,
        );
      }
      const retryAfter = Number(response.headers.get('retry-after'));
      const delayMs =
        Number.isFinite(retryAfter) && retryAfter > 0
          ? retryAfter * 1000
          : 2 ** attempt * 250;
      // An abort ends the wait with the job's own reason, as every other step of the scan does.
      await sleep(Math.min(delayMs, 30_000), undefined, { signal }).catch(
        error => {
          throwIfAborted(signal);
          throw error;
        },
      );
    }
  }
}
