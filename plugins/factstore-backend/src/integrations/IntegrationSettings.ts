import type { Config } from '@backstage/config';
import type { OutboundPolicy } from '@fawkes/backend-http';
import { WEBHOOK_SOURCES, type WebhookSource } from '../database/WebhookStore';
import type { RetryOptions } from './retries';
import type { VaultSettings } from './VaultEvidence';
import type { AtlassianSite } from './AtlassianClient';

/** What the integrations read from app-config: every secret lives here and nowhere else. */
export interface IntegrationSettings {
  /** Where outbound requests may go (`factstore.outbound`), plus the time-out of each. */
  outbound: OutboundPolicy & { timeoutMs: number };
  retries: RetryOptions;
  /** Secret of each incoming webhook source; a source without one refuses every delivery. */
  incomingSecrets: Partial<Record<WebhookSource, string>>;
  /** Signs outbound webhook deliveries; deliveries fail (recorded) without it. */
  outgoingSigningSecret?: string;
  slack: {
    signingSecret?: string;
    /** Incoming webhook URLs by name; an organisation's config names one. */
    incomingWebhooks: Record<string, string>;
  };
  /** Vault's KV v2 engine for evidence; the evidence routes answer 503 without it. */
  vault?: VaultSettings;
  jira?: AtlassianSite;
  confluence?: AtlassianSite;
}

function siteOf(config: Config | undefined): AtlassianSite | undefined {
  return (
    config && {
      baseUrl: config.getString('baseUrl'),
      email: config.getString('email'),
      apiToken: config.getString('apiToken'),
    }
  );
}

export function readIntegrationSettings(config: Config): IntegrationSettings {
  const f = config.getOptionalConfig('factstore');
  const incoming = f?.getOptionalConfig('webhooks.incoming');
  const incomingSecrets: IntegrationSettings['incomingSecrets'] = {};
  for (const source of WEBHOOK_SOURCES) {
    const secret = incoming?.getOptionalString(`${source}.secret`);
    if (secret) incomingSecrets[source] = secret;
  }
  const hooks = f?.getOptionalConfig('slack.incomingWebhooks');
  const vault = f?.getOptionalConfig('vault');
  return {
    outbound: {
      allowedAddresses:
        f?.getOptionalStringArray('outbound.allowedAddresses') ?? [],
      timeoutMs: f?.getOptionalNumber('outbound.timeoutMs') ?? 10_000,
    },
    retries: {
      attempts: f?.getOptionalNumber('notifications.attempts') ?? 3,
      retryDelayMs: f?.getOptionalNumber('notifications.retryDelayMs') ?? 1000,
    },
    incomingSecrets,
    outgoingSigningSecret: f?.getOptionalString(
      'webhooks.outgoing.signingSecret',
    ),
    slack: {
      signingSecret: f?.getOptionalString('slack.signingSecret'),
      incomingWebhooks: Object.fromEntries(
        (hooks?.keys() ?? []).map(name => [name, hooks!.getString(name)]),
      ),
    },
    vault: vault && {
      url: vault.getString('url'),
      token: vault.getString('token'),
      mount: vault.getOptionalString('mount') ?? 'secret',
      namespace: vault.getOptionalString('namespace'),
    },
    jira: siteOf(f?.getOptionalConfig('jira')),
    confluence: siteOf(f?.getOptionalConfig('confluence')),
  };
}
