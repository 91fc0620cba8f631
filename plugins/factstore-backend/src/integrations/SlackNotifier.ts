import type { FactStore } from '../database/FactStore';
import type { IntegrationSettings } from './IntegrationSettings';
import { outboundPost } from './outboundPost';
import { AttemptFailure, withRetries, type RetriedOutcome } from './retries';
import type { SlackMessage } from './slackMessages';

/**
 * Posts messages to an organisation's Slack channel through the incoming webhook its config names
 * (the URL, a secret, stays in app-config), retried with backoff, through the SSRF guard.
 */
export class SlackNotifier {
  constructor(
    private readonly store: FactStore,
    private readonly settings: Pick<
      IntegrationSettings,
      'outbound' | 'retries' | 'slack'
    >,
  ) {}

  /** The configured incoming webhook names: what an organisation's `channel` may be. */
  channels(): string[] {
    return Object.keys(this.settings.slack.incomingWebhooks);
  }

  async post(orgSlug: string, message: SlackMessage): Promise<RetriedOutcome> {
    const config = await this.store.slack.get(orgSlug);
    return withRetries(async () => {
      if (!config)
        throw new AttemptFailure(
          `organisation ${orgSlug} has no Slack configuration`,
          null,
          false,
        );
      const url = this.settings.slack.incomingWebhooks[config.channel];
      if (!url)
        throw new AttemptFailure(
          `factstore.slack.incomingWebhooks.${config.channel} is not configured`,
          null,
          false,
        );
      return outboundPost(
        url,
        {
          body: JSON.stringify(message),
          headers: { 'content-type': 'application/json' },
        },
        this.settings.outbound,
        `Slack incoming webhook ${config.channel}`,
      );
    }, this.settings.retries);
  }
}
