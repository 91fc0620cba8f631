import { InputError } from '@backstage/errors';
import { UnprocessableEntityError } from '@fawkes/backend-http';
import type {
  CloudProvider,
  ServiceDescription,
} from '@fawkes/plugin-cloud-extractor-node';

/** The providers every installation knows by name, enabled or not. */
export const KNOWN_PROVIDER_NAMES = ['aws', 'azure', 'gcp'];

/** One provider's share of a request: what `plan` answers for it. */
export interface PlannedWork {
  provider: string;
  services: string[];
  /** Only the regions the provider owns; undefined: its configured regions. */
  regions?: string[];
}

export interface ProviderRegistryOptions {
  /**
   * The regions a provider scans when a request names none (`cloudExtractor.providers.<name>.regions`);
   * undefined when not configured, which is the provider's own default (all locations for Azure
   * and GCP, us-east-1 for AWS).
   */
  configuredRegions?: (provider: string) => string[] | undefined;
}

/** The enabled providers, and the validation of a request's provider and service names against them. */
export class ProviderRegistry {
  private readonly byName = new Map<string, CloudProvider>();
  private readonly configuredRegions = new Map<string, string[] | undefined>();

  constructor(
    providers: CloudProvider[],
    options: ProviderRegistryOptions = {},
  ) {
    for (const provider of providers) {
      if (this.byName.has(provider.name)) {
        throw new Error(
          `Cloud provider '${provider.name}' was added twice to the cloud-extractor plugin`,
        );
      }
      this.byName.set(provider.name, provider);
      // Read once, at start: a bad value stops the backend rather than a job.
      this.configuredRegions.set(
        provider.name,
        options.configuredRegions?.(provider.name),
      );
    }
  }

  names(): string[] {
    const known = KNOWN_PROVIDER_NAMES.filter(name => this.byName.has(name));
    const others = [...this.byName.keys()]
      .filter(name => !KNOWN_PROVIDER_NAMES.includes(name))
      .sort();
    return [...known, ...others];
  }

  /** Closes every provider that holds clients or connections. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.byName.values()].map(provider => provider.close?.()),
    );
  }

  get(name: string): CloudProvider | undefined {
    return this.byName.get(name);
  }

  /** The enabled provider of that name; 400 when it is unknown or not enabled. */
  require(name: string): CloudProvider {
    const provider = this.byName.get(name);
    if (provider) return provider;
    if (!KNOWN_PROVIDER_NAMES.includes(name)) {
      throw new InputError(`Unsupported provider: '${name}'`);
    }
    throw new InputError(
      `Provider '${name}' is not enabled. Enabled: ${this.names().join(', ') || 'none'}; configure it under cloudExtractor.providers.${name}.`,
    );
  }

  servicesByProvider(provider?: string): Record<string, ServiceDescription[]> {
    const names = provider ? [this.require(provider).name] : this.names();
    return Object.fromEntries(
      names.map(name => [name, this.byName.get(name)!.services()]),
    );
  }

  /**
   * Resolves a trigger's provider, services and regions into the work per provider. Unknown
   * services → 400 in the seed's words ("Invalid services for aws: ['x']"). Each region goes only
   * to the chosen providers that own its name; a region none of them owns is an invalid body (422).
   */
  plan(
    provider: string | undefined,
    services: string[] | undefined,
    regions?: string[],
  ): PlannedWork[] {
    if (this.byName.size === 0) {
      throw new InputError(
        'No cloud providers enabled. Check cloudExtractor.providers configuration.',
      );
    }
    const providers = provider
      ? [this.require(provider)]
      : this.names().map(name => this.byName.get(name)!);
    const available = (p: CloudProvider) => p.services().map(s => s.service);
    if (services) {
      const invalid = services.filter(
        s => !providers.some(p => available(p).includes(s)),
      );
      if (invalid.length > 0) {
        throw new InputError(
          `Invalid services for ${providers.map(p => p.name).join(', ')}: [${invalid.map(s => `'${s}'`).join(', ')}]`,
        );
      }
    }
    const chosen = providers
      .map(p => ({
        provider: p,
        services: services
          ? available(p).filter(s => services.includes(s))
          : available(p),
      }))
      .filter(work => work.services.length > 0);
    if (!regions)
      return chosen.map(work => ({
        provider: work.provider.name,
        services: work.services,
      }));

    const unowned = regions.filter(
      region => !chosen.some(work => work.provider.regionNames.owns(region)),
    );
    if (unowned.length > 0) {
      const names = chosen.map(w => w.provider.name).join(', ');
      const owners =
        provider ??
        `any enabled provider${services ? ' with the requested services' : ''} (${names})`;
      throw new UnprocessableEntityError(
        `Invalid request body: body.regions: ${unowned.map(r => `'${r}'`).join(', ')} ${unowned.length === 1 ? 'is not a region' : 'are not regions'} of ${owners}; expected ${chosen.map(w => w.provider.regionNames.expected).join(', or ')}`,
      );
    }
    return chosen
      .map(work => ({
        provider: work.provider.name,
        services: work.services,
        regions: regions.filter(r => work.provider.regionNames.owns(r)),
      }))
      .filter(work => work.regions.length > 0);
  }

  /**
   * Whether a provider's share of a request is all that the provider is configured to scan: every
   * one of its services, and its configured regions (the request named none, or named each of
   * them). A request naming exactly the configured scope then scans what a request naming nothing
   * scans. Regions left to a provider's default cannot be named exactly (Azure's and GCP's
   * default is every location), so a request naming regions covers them only when they are
   * configured.
   */
  coversConfiguredScope(work: PlannedWork): boolean {
    const provider = this.require(work.provider);
    const services = new Set(work.services);
    if (!provider.services().every(s => services.has(s.service))) return false;
    if (!work.regions) return true;
    const configured = this.configuredRegions.get(work.provider);
    if (!configured?.length) return false;
    const regions = new Set(work.regions);
    return configured.every(region => regions.has(region));
  }
}
