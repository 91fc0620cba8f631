import type { Knex } from 'knex';
import { newId, parseJson, toIso, type Page } from './rows';

export const TRIGGER_EVENTS = [
  'TRAIL_NON_COMPLIANT',
  'APPROVAL_REQUESTED',
  'APPROVAL_DECIDED',
  'GATE_DENIED',
  'DRIFT_DETECTED',
  'POLICY_VIOLATED',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/**
 * IN_APP: GET /api/v1/notifications. BACKSTAGE: Backstage's notifications service. SLACK: the
 * Slack channel of an organisation. WEBHOOK: a webhook config (signed outbound delivery).
 */
export const CHANNEL_TYPES = [
  'IN_APP',
  'BACKSTAGE',
  'SLACK',
  'WEBHOOK',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type NotificationSeverity = (typeof SEVERITIES)[number];

/** Everyone who may read factstore: the recipient of a notification without recipients. */
export const EVERYONE = '*';

export interface ChannelConfig {
  /** Users and groups (entity refs) to notify; everyone when empty. */
  recipients?: string[];
  /** SLACK: the organisation whose Slack configuration receives the message. */
  slackOrg?: string;
  /** WEBHOOK: the webhook config the event is delivered to. */
  webhookConfigId?: string;
}

export interface NotificationRule {
  id: string;
  name: string;
  isActive: boolean;
  triggerEvent: TriggerEvent;
  channelType: ChannelType;
  channelConfig: ChannelConfig;
  filterFlowId: string | null;
  filterEnvironmentId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type NotificationRuleInput = Pick<
  NotificationRule,
  | 'name'
  | 'isActive'
  | 'triggerEvent'
  | 'channelType'
  | 'channelConfig'
  | 'filterFlowId'
  | 'filterEnvironmentId'
>;

export interface Notification {
  id: string;
  ruleId: string | null;
  triggerEvent: TriggerEvent;
  title: string;
  message: string;
  severity: NotificationSeverity;
  entityType: string | null;
  entityId: string | null;
  recipients: string[];
  isRead: boolean;
  createdAt: string;
}

export interface NotificationDelivery {
  id: string;
  ruleId: string;
  eventType: string;
  payload: string | null;
  status: 'SENT' | 'FAILED';
  sentAt: string;
  error: string | null;
  attemptCount: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toRule = (row: any): NotificationRule => ({
  id: row.id,
  name: row.name,
  isActive: !!row.is_active,
  triggerEvent: row.trigger_event,
  channelType: row.channel_type,
  channelConfig: parseJson(row.channel_config, {}),
  filterFlowId: row.filter_flow_id ?? null,
  filterEnvironmentId: row.filter_environment_id ?? null,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});

const toDelivery = (row: any): NotificationDelivery => ({
  id: row.id,
  ruleId: row.rule_id,
  eventType: row.event_type,
  payload: row.payload ?? null,
  status: row.status,
  sentAt: toIso(row.sent_at),
  error: row.error ?? null,
  attemptCount: Number(row.attempt_count),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const ruleRow = (input: Partial<NotificationRuleInput>) => ({
  ...(input.name !== undefined && { name: input.name }),
  ...(input.isActive !== undefined && { is_active: input.isActive }),
  ...(input.triggerEvent !== undefined && {
    trigger_event: input.triggerEvent,
  }),
  ...(input.channelType !== undefined && { channel_type: input.channelType }),
  ...(input.channelConfig !== undefined && {
    channel_config: JSON.stringify(input.channelConfig),
  }),
  ...(input.filterFlowId !== undefined && {
    filter_flow_id: input.filterFlowId,
  }),
  ...(input.filterEnvironmentId !== undefined && {
    filter_environment_id: input.filterEnvironmentId,
  }),
});

/** Notification rules, in-app notifications with their recipients and reads, deliveries. */
export class NotificationStore {
  constructor(private readonly db: Knex) {}

  async createRule(
    input: NotificationRuleInput,
    createdBy: string,
  ): Promise<NotificationRule> {
    const now = new Date();
    const id = newId();
    await this.db('notification_rules').insert({
      id,
      ...ruleRow(input),
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    });
    return (await this.getRule(id))!;
  }

  async getRule(id: string): Promise<NotificationRule | undefined> {
    const row = await this.db('notification_rules').where({ id }).first();
    return row && toRule(row);
  }

  async listRules(): Promise<NotificationRule[]> {
    return (
      await this.db('notification_rules').orderBy([
        { column: 'created_at' },
        { column: 'id' },
      ])
    ).map(toRule);
  }

  /** The active rules for an event that no flow or environment filter excludes. */
  /** The events at least one active rule listens to: most writes concern none of them. */
  async activeTriggerEvents(): Promise<Set<TriggerEvent>> {
    const rows: Array<{ trigger_event: TriggerEvent }> = await this.db(
      'notification_rules',
    )
      .where({ is_active: true })
      .distinct('trigger_event');
    return new Set(rows.map(r => r.trigger_event));
  }

  async rulesFor(
    event: TriggerEvent,
    scope: { flowId?: string; environmentId?: string },
  ): Promise<NotificationRule[]> {
    const query = this.db('notification_rules').where({
      trigger_event: event,
      is_active: true,
    });
    query.where(q =>
      scope.flowId
        ? q.whereNull('filter_flow_id').orWhere('filter_flow_id', scope.flowId)
        : q.whereNull('filter_flow_id'),
    );
    query.where(q =>
      scope.environmentId
        ? q
            .whereNull('filter_environment_id')
            .orWhere('filter_environment_id', scope.environmentId)
        : q.whereNull('filter_environment_id'),
    );
    return (await query.orderBy('created_at')).map(toRule);
  }

  async updateRule(
    id: string,
    patch: Partial<NotificationRuleInput>,
  ): Promise<NotificationRule | undefined> {
    const updated = await this.db('notification_rules')
      .where({ id })
      .update({ ...ruleRow(patch), updated_at: new Date() });
    return updated ? this.getRule(id) : undefined;
  }

  /** Deletes a rule; its notifications and deliveries stay (they happened). */
  async deleteRule(id: string): Promise<boolean> {
    return (await this.db('notification_rules').where({ id }).delete()) > 0;
  }

  async addNotification(
    n: Omit<Notification, 'id' | 'isRead' | 'createdAt'>,
  ): Promise<string> {
    const id = newId();
    await this.db('notifications').insert({
      id,
      rule_id: n.ruleId,
      trigger_event: n.triggerEvent,
      title: n.title.slice(0, 255),
      message: n.message,
      severity: n.severity,
      entity_type: n.entityType,
      entity_id: n.entityId,
      created_at: new Date(),
    });
    const recipients = n.recipients.length > 0 ? n.recipients : [EVERYONE];
    await this.db('notification_recipients').insert(
      [...new Set(recipients)].map(entity_ref => ({
        notification_id: id,
        entity_ref,
      })),
    );
    return id;
  }

  /** Notifications addressed to any of `refs` (the reader and their groups) or to everyone. */
  private visibleTo(reader: string, refs: string[]) {
    return this.db('notifications as n')
      .whereExists(q =>
        q
          .select(this.db.raw('1'))
          .from('notification_recipients as r')
          .whereRaw('r.notification_id = n.id')
          .whereIn('r.entity_ref', [...refs, EVERYONE]),
      )
      .leftJoin('notification_reads as rd', q =>
        q
          .on('rd.notification_id', 'n.id')
          .andOn('rd.reader', this.db.raw('?', [reader])),
      );
  }

  async list(
    reader: string,
    refs: string[],
    filter: { isRead?: boolean; severity?: NotificationSeverity },
    page: Page,
  ): Promise<Notification[]> {
    const query = this.visibleTo(reader, refs)
      .select('n.*', 'rd.reader as read_by')
      .orderBy('n.seq', 'desc')
      .limit(page.limit)
      .offset(page.offset);
    if (filter.severity) query.where('n.severity', filter.severity);
    if (filter.isRead === true) query.whereNotNull('rd.reader');
    if (filter.isRead === false) query.whereNull('rd.reader');
    return this.withRecipients(await query);
  }

  /** One notification the reader can see, with whether they read it. */
  async get(
    id: string,
    reader: string,
    refs: string[],
  ): Promise<Notification | undefined> {
    const rows = await this.visibleTo(reader, refs)
      .select('n.*', 'rd.reader as read_by')
      .where('n.id', id);
    const [notification] = await this.withRecipients(rows);
    return notification;
  }

  private async withRecipients(
    rows: Array<Record<string, any>>,
  ): Promise<Notification[]> {
    const recipients = await this.db('notification_recipients').whereIn(
      'notification_id',
      rows.map(r => r.id),
    );
    return rows.map(row => ({
      id: row.id,
      ruleId: row.rule_id ?? null,
      triggerEvent: row.trigger_event,
      title: row.title,
      message: row.message,
      severity: row.severity,
      entityType: row.entity_type ?? null,
      entityId: row.entity_id ?? null,
      recipients: recipients
        .filter(r => r.notification_id === row.id)
        .map(r => r.entity_ref),
      isRead: row.read_by !== null && row.read_by !== undefined,
      createdAt: toIso(row.created_at),
    }));
  }

  async unreadCount(reader: string, refs: string[]): Promise<number> {
    const row = await this.visibleTo(reader, refs)
      .whereNull('rd.reader')
      .count({ n: '*' })
      .first();
    return Number(row?.n ?? 0);
  }

  /** Marks one notification read; false when the reader cannot see it. */
  async markRead(id: string, reader: string, refs: string[]): Promise<boolean> {
    const visible = await this.visibleTo(reader, refs)
      .where('n.id', id)
      .first('n.id');
    if (!visible) return false;
    await this.db('notification_reads')
      .insert({ notification_id: id, reader, read_at: new Date() })
      .onConflict(['notification_id', 'reader'])
      .ignore();
    return true;
  }

  /** Marks every unread notification the reader can see read; answers how many. */
  async markAllRead(reader: string, refs: string[]): Promise<number> {
    const unread: string[] = await this.visibleTo(reader, refs)
      .whereNull('rd.reader')
      .pluck('n.id');
    if (unread.length === 0) return 0;
    const now = new Date();
    await this.db('notification_reads')
      .insert(unread.map(id => ({ notification_id: id, reader, read_at: now })))
      .onConflict(['notification_id', 'reader'])
      .ignore();
    return unread.length;
  }

  async recordDelivery(
    d: Omit<NotificationDelivery, 'id' | 'sentAt'>,
  ): Promise<void> {
    await this.db('notification_deliveries').insert({
      id: newId(),
      rule_id: d.ruleId,
      event_type: d.eventType,
      payload: d.payload,
      status: d.status,
      error: d.error,
      attempt_count: d.attemptCount,
      sent_at: new Date(),
    });
  }

  async deliveries(
    ruleId: string,
    page: Page,
  ): Promise<NotificationDelivery[]> {
    return (
      await this.db('notification_deliveries')
        .where({ rule_id: ruleId })
        .orderBy('seq', 'desc')
        .limit(page.limit)
        .offset(page.offset)
    ).map(toDelivery);
  }
}
