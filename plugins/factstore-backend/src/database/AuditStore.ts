import type { Knex } from 'knex';
import { newId, parseJson, toIso } from './rows';

export interface AuditEvent {
  id: string;
  eventType: string;
  entityType: string;
  entityId: string;
  trailId?: string;
  actor: string;
  details: Record<string, unknown>;
  occurredAt: string;
}

export interface AuditQuery {
  eventType?: string;
  trailId?: string;
  actor?: string;
  from?: Date;
  to?: Date;
  page: number;
  size: number;
  /** Rows to skip; page * size when absent. */
  offset?: number;
  sortDesc: boolean;
}

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
const toEvent = (row: any): AuditEvent => ({
  id: row.id,
  eventType: row.event_type,
  entityType: row.entity_type,
  entityId: row.entity_id,
  trailId: row.trail_id ?? undefined,
  actor: row.actor,
  details: parseJson(row.details, {}),
  occurredAt: toIso(row.occurred_at),
});

export type AuditEventInput = Omit<AuditEvent, 'id' | 'occurredAt'>;

/** A new audit event's row, for a store that inserts it with the write it records. */
export const auditEventRow = (event: AuditEventInput) => ({
  id: newId(),
  event_type: event.eventType,
  entity_type: event.entityType,
  entity_id: event.entityId,
  trail_id: event.trailId ?? null,
  actor: event.actor,
  details: JSON.stringify(event.details),
  occurred_at: new Date(),
});

/** The append-only audit log: rows are inserted in the mutation's own transaction and never changed. */
export class AuditStore {
  constructor(private readonly db: Knex) {}

  async append(event: AuditEventInput): Promise<AuditEvent> {
    const row = auditEventRow(event);
    await this.db('audit_events').insert(row);
    return toEvent(row);
  }

  async get(id: string): Promise<AuditEvent | undefined> {
    const row = await this.db('audit_events').where({ id }).first();
    return row && toEvent(row);
  }

  async query(
    q: AuditQuery,
  ): Promise<{ content: AuditEvent[]; totalElements: number }> {
    const base = this.db('audit_events');
    if (q.eventType) base.where({ event_type: q.eventType });
    if (q.trailId) base.where({ trail_id: q.trailId });
    if (q.actor) base.where({ actor: q.actor });
    if (q.from) base.where('occurred_at', '>=', q.from);
    if (q.to) base.where('occurred_at', '<=', q.to);
    const [{ count }] = await base.clone().count({ count: '*' });
    const rows = await base
      .orderBy('seq', q.sortDesc ? 'desc' : 'asc')
      .limit(q.size)
      .offset(q.offset ?? q.page * q.size);
    return { content: rows.map(toEvent), totalElements: Number(count) };
  }
}
