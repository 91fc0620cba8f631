import type { FactStore } from '../database/FactStore';
import type { IntegrationSettings } from './IntegrationSettings';
import { SlackNotifier } from './SlackNotifier';
import { VaultEvidenceStore } from './VaultEvidence';
import { AtlassianClient } from './AtlassianClient';
import { WebhookSender } from './WebhookSender';

/** The outbound integrations and their settings, built once from app-config. */
export interface Integrations {
  settings: IntegrationSettings;
  webhooks: WebhookSender;
  slack: SlackNotifier;
  vault: VaultEvidenceStore;
  jira: AtlassianClient;
  confluence: AtlassianClient;
}

/** Nothing configured: every source refuses, every outbound call fails (recorded). */
export const NO_INTEGRATION_SETTINGS: IntegrationSettings = {
  outbound: { allowedAddresses: [], timeoutMs: 10_000 },
  retries: { attempts: 3, retryDelayMs: 1000 },
  incomingSecrets: {},
  slack: { incomingWebhooks: {} },
};

export function createIntegrations(
  store: FactStore,
  settings: IntegrationSettings,
): Integrations {
  return {
    settings,
    webhooks: new WebhookSender(store, settings),
    slack: new SlackNotifier(store, settings),
    vault: new VaultEvidenceStore(settings.vault, settings.outbound),
    jira: new AtlassianClient(
      'Jira',
      'factstore.jira',
      settings.jira,
      settings.outbound,
    ),
    confluence: new AtlassianClient(
      'Confluence',
      'factstore.confluence',
      settings.confluence,
      settings.outbound,
    ),
  };
}

/** What the integration routes get besides the usual route context. */
export interface IntegrationContext {
  integrations?: Integrations;
}
