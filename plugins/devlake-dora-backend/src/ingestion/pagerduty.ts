import { parseInput } from '@fawkes/backend-http';
import { z } from 'zod';
import type { IngestBatch } from './events';
import { isoDateTime } from './schemas';

const webhook = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().optional(),
    occurred_at: isoDateTime,
    data: z.object({
      id: z.string({ error: 'is required: the incident id' }).min(1).max(255),
      type: z.string().optional(),
      status: z.string().optional(),
      title: z.string().nullable().optional(),
      html_url: z.string().nullable().optional(),
      created_at: isoDateTime.optional(),
      service: z.object({ summary: z.string({ error: 'is required: the service name (the project)' }).min(1).max(255) }),
    }),
  }),
});

function statusOf(eventType: string): 'TODO' | 'IN_PROGRESS' | 'DONE' {
  if (eventType === 'incident.resolved') return 'DONE';
  if (eventType === 'incident.acknowledged') return 'IN_PROGRESS';
  return 'TODO';
}

/**
 * A PagerDuty v3 incident event; the project is the PagerDuty service's name. Events may arrive in
 * any order: the store keeps the earliest opening and the resolution.
 */
export function parsePagerDuty(body: unknown): IngestBatch | null {
  const probe = body as { event?: { resource_type?: unknown; event_type?: unknown } } | null;
  const type = probe?.event?.event_type;
  if (probe?.event?.resource_type !== undefined && probe.event.resource_type !== 'incident') return null;
  if (typeof type === 'string' && !type.startsWith('incident.')) return null;
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
      },
    ],
  };
}
