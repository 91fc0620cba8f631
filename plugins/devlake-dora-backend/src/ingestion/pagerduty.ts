import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import type { IngestBatch } from './events';
import { isoDateTime, typeError } from './schemas';

const webhook = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().optional(),
    occurred_at: isoDateTime,
    data: z.object({
      id: z
        .string({
          error: typeError('a string', 'is required: the incident id'),
        })
        .min(1)
        .max(255),
      type: z.string().optional(),
      status: z.string().optional(),
      title: z.string().nullable().optional(),
      html_url: z.string().nullable().optional(),
      created_at: isoDateTime.optional(),
      service: z.object({
        summary: z
          .string({
            error: typeError(
              'a string',
              'is required: the service name (the project)',
            ),
          })
          .min(1)
          .max(255),
      }),
    }),
  }),
});

function statusOf(eventType: string): 'TODO' | 'IN_PROGRESS' | 'DONE' {
  if (eventType === 'incident.resolved') return 'DONE';
  if (eventType === 'incident.acknowledged') return 'IN_PROGRESS';
  return 'TODO';
}

/** Why a delivery is not an incident event the metrics read; null when it is one (or malformed, for the schema to say). */
export function pagerDutyIgnored(body: unknown): string | null {
  const event = (
    body as {
      event?: {
        resource_type?: unknown;
        event_type?: unknown;
        data?: { type?: unknown } | null;
      };
    } | null
  )?.event;
  const type = event?.event_type;
  if (event?.resource_type !== undefined && event.resource_type !== 'incident')
    return `resource_type ${String(event.resource_type)} is not an incident`;
  if (typeof type === 'string' && !type.startsWith('incident.'))
    return `${type} is not an incident event`;
  // incident.annotated, incident.responder.* and incident.status_update_published carry a note,
  // a responder or a status update (data.type incident_note, ...), not the incident itself.
  const dataType = event?.data?.type;
  if (dataType !== undefined && dataType !== 'incident')
    return `${String(type)} carries ${String(dataType)}, not the incident`;
  return null;
}

/**
 * A PagerDuty v3 incident event; the project is the PagerDuty service's name. Events may arrive in
 * any order: the store keeps the earliest opening, the latest resolution and the latest reopen, and
 * the incident is resolved when that resolution is no earlier than that reopen. Null: not an
 * incident event.
 */
export function parsePagerDuty(body: unknown): IngestBatch | null {
  if (pagerDutyIgnored(body) !== null) return null;
  const { event } = parseInput(webhook, body, 'body');
  const resolved = event.event_type === 'incident.resolved';
  return {
    incidents: [
      {
        source: 'pagerduty',
        externalId: event.data.id,
        project: event.data.service.summary,
        title: event.data.title ?? null,
        status: statusOf(event.event_type),
        url: event.data.html_url ?? null,
        createdAt: event.data.created_at ?? event.occurred_at,
        resolvedAt: resolved ? event.occurred_at : null,
        reopenedAt:
          event.event_type === 'incident.reopened' ? event.occurred_at : null,
      },
    ],
  };
}
