import type { Config } from '@backstage/config';

export const PROVIDER_NAMES = ['aws', 'azure', 'gcp'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** The providers configured under `cloudExtractor.providers`, in a stable order. */
export function enabledProviders(config: Config): ProviderName[] {
  const providers = config.getOptionalConfig('cloudExtractor.providers');
  return PROVIDER_NAMES.filter(name => providers?.has(name));
}
