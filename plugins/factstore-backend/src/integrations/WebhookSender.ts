import { randomUUID } from 'node:crypto';
import type { FactStore } from '../database/FactStore';
import type { WebhookConfig, WebhookDelivery } from '../database/WebhookStore';
import type { IntegrationSettings } from './IntegrationSettings';
import { outboundPost } from './outboundPost';
import { AttemptFailure, withRetries } from './retries';
import { outboundSignatureHeaders } from './signatures';

/** The JSON every outbound webhook delivery carries. */
export interface OutboundEvent {
  eventType: string;
  data: Record<string, unknown>;
}

/**
 * Sends events to a webhook destination: signed with the configured secret and a timestamp,
 * through the SSRF guard, retried with backoff, and recorded with every attempt.
 */
export class WebhookSender {
  constructor(
    private readonly store: FactStore,
    private readonly settings: Pick<
      IntegrationSettings,
      'outbound' | 'retries' | 'outgoingSigningSecret'
    >,
  ) {}

  async send(
    config: WebhookConfig,
    event: OutboundEvent,
  ): Promise<WebhookDelivery> {
    const id = randomUUID();
    const body = JSON.stringify({
      id,
      eventType: event.eventType,
      occurredAt: new Date().toISOString(),
      data: event.data,
    });
    const secret = this.settings.outgoingSigningSecret;
    const outcome = await withRetries(async () => {
      if (!config.isActive)
        throw new AttemptFailure(
          `webhook config ${config.name} is inactive`,
          null,
          false,
        );
      if (!secret)
        throw new AttemptFailure(
          'factstore.webhooks.outgoing.signingSecret is not configured: deliveries are never sent unsigned',
          null,
          false,
        );
      // Signed per attempt: a retry carries a fresh timestamp, so it is not refused as a replay.
      return outboundPost(
        config.url,
        {
          body,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'backstage-factstore-webhooks',
            'x-factstore-event': event.eventType,
            'x-factstore-delivery': id,
            ...outboundSignatureHeaders(secret, body),
          },
        },
        this.settings.outbound,
        `webhook ${config.name}`,
      );
    }, this.settings.retries);
    return this.store.webhooks.recordDelivery({
      id,
      webhookConfigId: config.id,
      eventType: event.eventType,
      payload: body,
      ...outcome,
    });
  }
}
