import type { ScmIntegrationRegistry } from '@backstage/integration';
import type { HeadersForUrl } from './DevfileFetcher';

/**
 * The private-repository token of Backstage's SCM integrations (`integrations.github[].token`,
 * `integrations.gitlab[].token`), sent only to a hop on that integration's own host (GitHub's
 * API or raw host), never to any other host a redirect leads to.
 */
export function scmTokenHeaders(
  integrations: ScmIntegrationRegistry,
): HeadersForUrl {
  return (url): Record<string, string> | undefined => {
    const host = url.host.toLowerCase();
    for (const { config } of integrations.github.list()) {
      if (!config.token) continue;
      const hosts = [config.host, config.apiBaseUrl, config.rawBaseUrl]
        .filter((value): value is string => !!value)
        .map(value =>
          (value.includes('://') ? new URL(value).host : value).toLowerCase(),
        );
      if (hosts.includes(host))
        return { Authorization: `token ${config.token}` };
    }
    for (const { config } of integrations.gitlab.list()) {
      if (config.token && config.host.toLowerCase() === host)
        return { 'PRIVATE-TOKEN': config.token };
    }
    return undefined;
  };
}
