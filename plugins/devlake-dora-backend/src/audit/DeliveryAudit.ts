import type { AuditorService } from '@backstage/backend-plugin-api';
import {
  WebhookRefusedError,
  type WebhookSource,
} from '../ingestion/WebhookVerifier';

/** Where a delivery came in: its source and the path it was posted to, without the query string. */
export interface DeliveryTarget {
  source: WebhookSource;
  route: string;
}

const EVENT_ID = 'webhook-delivery';

/**
 * Refused webhook deliveries in Backstage's audit log: someone without the source's secret, or a
 * sender whose secret is out of date, is a security event (severity `medium`, logged at info by
 * @backstage/backend-defaults' default mapping). Accepted deliveries are not audited: each is
 * stored with its source and delivery key already, and an audit event per delivery (two logger
 * calls and their awaits) cost a measurable share of ingestion throughput, which the plugin must
 * sustain at thousands of events a second.
 *
 * The request is deliberately not handed to the auditor: the default one resolves Backstage
 * credentials from it, and a webhook's `Authorization: Bearer <source secret>` is no Backstage
 * token. A webhook has no Backstage actor anyway: its sender is the source, and its address is
 * recorded instead.
 */
export class DeliveryAudit {
  constructor(private readonly auditor: AuditorService) {}

  /** A delivery its source's secret did not verify: the reason, never what was presented. */
  async refused(
    target: DeliveryTarget,
    error: Error,
    ip: string | undefined,
  ): Promise<void> {
    const reason =
      error instanceof WebhookRefusedError ? error.reason : 'refused';
    const event = await this.auditor.createEvent({
      eventId: EVENT_ID,
      severityLevel: 'medium',
      meta: { ...target, ...(ip ? { ip } : {}) },
    });
    await event.fail({ error, meta: { reason } });
  }
}
