import type { Config } from '@backstage/config';

/** The config key that lists each provider's scopes; other providers use `scopes`. */
const SCOPE_KEYS: Record<string, string> = {
  aws: 'accounts',
  azure: 'subscriptions',
  gcp: 'projects',
};

/** Every configured (provider, scope) under `cloudExtractor.providers`. */
export function configuredScopes(
  config: Config,
): Array<{ provider: string; scope: string }> {
  const providers = config.getOptionalConfig('cloudExtractor.providers');
  if (!providers) return [];
  return providers
    .keys()
    .flatMap(provider =>
      (
        providers.getOptionalStringArray(
          `${provider}.${SCOPE_KEYS[provider] ?? 'scopes'}`,
        ) ?? []
      ).map(scope => ({ provider, scope })),
    );
}
