import type { AuditorService, AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import type { IngestCounts } from '../database/IngestionStore';
import { WebhookRefusedError, type WebhookSource } from '../ingestion/WebhookVerifier';

/** Where a delivery came in: its source and the path it was posted to, without the query string. */
export interface DeliveryTarget {
  source: WebhookSource;
  route: string;
}

/** What a delivery was (`push`, `deployments`, `incident.resolved`…) and what came of it. */
export interface DeliveryRecord {
  kind: string;
  stored?: IngestCounts;
  ignored?: string;
  closed?: string;
}

/** A webhook route's answer, and what its audit event records. */
export interface DeliveryAnswer {
  status: number;
  body: NonNullable<AuditorServiceCreateEventOptions['meta']>;
  audit: DeliveryRecord;
}

const EVENT_ID = 'webhook-delivery';

/**
 * Webhook deliveries in Backstage's audit log. The request is deliberately not handed to the
 * auditor: the default one resolves Backstage credentials from it, and a webhook's
 * `Authorization: Bearer <source secret>` is no Backstage token, so createEvent would throw and a
 * verified delivery be answered 401 (besides checking the secret as a token on every delivery).
 * A webhook has no Backstage actor anyway: its sender is the source, and a refused one's address
 * is recorded instead.
 *
 * Severities as @backstage/backend-defaults (0.18) maps them to log levels by default
 * (`backend.auditor.severityLogLevelMappings`): low → debug, medium/high/critical → info. Each
 * event is two log calls (initiated, then succeeded or failed); a debug one is dropped by the root
 * logger's level filter, the first format of its pipeline, before anything is serialised. So an
 * accepted delivery (low) costs two filtered logger calls and no I/O: cheap beside its database
 * transaction, and no extra write. A refused one (medium) is written at info, as a security event.
 */
export class DeliveryAudit {
  constructor(private readonly auditor: AuditorService) {}

  /** A delivery its source's secret did not verify: the reason, never what was presented. */
  async refused(target: DeliveryTarget, error: Error, ip: string | undefined): Promise<void> {
    const reason = error instanceof WebhookRefusedError ? error.reason : 'refused';
    const event = await this.auditor.createEvent({ eventId: EVENT_ID, severityLevel: 'medium', meta: { ...target, ...(ip ? { ip } : {}) } });
    await event.fail({ error, meta: { reason } });
  }

  /** Runs a verified delivery; records what it stored, or why it failed (bad input, store down). */
  async accepted(target: DeliveryTarget, handle: () => Promise<DeliveryAnswer>): Promise<DeliveryAnswer> {
    const event = await this.auditor.createEvent({ eventId: EVENT_ID, severityLevel: 'low', meta: { ...target } });
    let answer: DeliveryAnswer;
    try {
      answer = await handle();
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
    const { stored, ...record } = answer.audit;
    await event.success({ meta: stored ? { ...record, stored: { ...stored } } : record });
    return answer;
  }
}
