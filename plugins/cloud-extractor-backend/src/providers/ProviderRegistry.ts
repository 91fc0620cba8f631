import { InputError } from '@backstage/errors';
import type { CloudProvider, ServiceDescription } from './types';

/** The providers every installation knows by name, enabled or not. */
export const KNOWN_PROVIDER_NAMES = ['aws', 'azure', 'gcp'];

/** The enabled providers, and the validation of a request's provider and service names against them. */
export class ProviderRegistry {
  private readonly byName = new Map<string, CloudProvider>();

  constructor(providers: CloudProvider[]) {
    for (const provider of providers) {
      if (this.byName.has(provider.name)) {
        throw new Error(`Cloud provider '${provider.name}' was added twice to the cloud-extractor plugin`);
      }
      this.byName.set(provider.name, provider);
    }
  }

  names(): string[] {
    const known = KNOWN_PROVIDER_NAMES.filter(name => this.byName.has(name));
    const others = [...this.byName.keys()].filter(name => !KNOWN_PROVIDER_NAMES.includes(name)).sort();
    return [...known, ...others];
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
    return Object.fromEntries(names.map(name => [name, this.byName.get(name)!.services()]));
  }

  /**
   * Resolves a trigger's provider and services into the work per provider. Unknown services → 400
   * in the seed's words ("Invalid services for aws: ['x']").
   */
  plan(provider: string | undefined, services: string[] | undefined): Array<{ provider: string; services: string[] }> {
    if (this.byName.size === 0) {
      throw new InputError('No cloud providers enabled. Check cloudExtractor.providers configuration.');
    }
    const providers = provider ? [this.require(provider)] : this.names().map(name => this.byName.get(name)!);
    const available = (p: CloudProvider) => p.services().map(s => s.service);
    if (services) {
      const invalid = services.filter(s => !providers.some(p => available(p).includes(s)));
      if (invalid.length > 0) {
        throw new InputError(
          `Invalid services for ${providers.map(p => p.name).join(', ')}: [${invalid.map(s => `'${s}'`).join(', ')}]`,
        );
      }
    }
    return providers
      .map(p => ({ provider: p.name, services: services ? available(p).filter(s => services.includes(s)) : available(p) }))
      .filter(work => work.services.length > 0);
  }
}
