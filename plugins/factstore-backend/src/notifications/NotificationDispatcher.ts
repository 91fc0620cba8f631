import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { FactStore } from '../database/FactStore';
import type {
  NotificationRule,
  NotificationSeverity,
  TriggerEvent,
} from '../database/NotificationStore';
import type { Integrations } from '../integrations/Integrations';
import { withRetries } from '../integrations/retries';
import { notificationMessage } from '../integrations/slackMessages';
import {
  notificationEventsOf,
  type CommittedChange,
  type NotificationEvent,
} from './notificationEvents';

export interface DeliveryOptions {
  /** Tries per delivery through an outbound channel. Default 3. */
  attempts: number;
  /** Wait before the second try; each later wait is four times longer. Default 1000 ms. */
  retryDelayMs: number;
}

export interface DeliveryOutcome {
  status: 'SENT' | 'FAILED';
  attemptCount: number;
  error: string | null;
}

const BACKSTAGE_SEVERITY: Record<
  NotificationSeverity,
  'critical' | 'high' | 'normal'
> = { CRITICAL: 'critical', WARNING: 'high', INFO: 'normal' };

/**
 * Turns committed changes into notifications: each active rule whose event and filters match
 * gets one, in-app or through Backstage's notifications service, and every delivery (with its
 * attempts and error) is recorded. Runs after the change is committed and never fails it.
 */
export class NotificationDispatcher {
  constructor(
    private readonly store: FactStore,
    private readonly options: DeliveryOptions & {
      logger: LoggerService;
      /** Backstage's notifications service; BACKSTAGE rules fail without it. */
      notificationService?: NotificationService;
      /** Slack and outbound webhooks; SLACK and WEBHOOK rules fail without them. */
      integrations?: Integrations;
    },
  ) {}

  private listening?: Promise<Set<TriggerEvent>>;

  /**
   * The events some active rule listens to. Concurrent changes share the query in flight: a burst
   * of writes costs the rules table one read, and no answer is older than that one query.
   */
  private listenedEvents(): Promise<Set<TriggerEvent>> {
    if (!this.listening)
      this.listening = this.store.notifications
        .activeTriggerEvents()
        .finally(() => {
          this.listening = undefined;
        });
    return this.listening;
  }

  /** Fire and forget: the caller's answer does not wait for notifications. */
  onChange(change: CommittedChange): void {
    this.dispatch(change).catch(error =>
      this.options.logger.error(
        `Notifications for ${change.eventType} ${change.entityId} failed: ${error}`,
      ),
    );
  }

  async dispatch(change: CommittedChange): Promise<void> {
    const listened = await this.listenedEvents();
    if (listened.size === 0) return;
    const events = await notificationEventsOf(this.store, change, listened);
    for (const event of events) {
      const rules = await this.store.notifications.rulesFor(
        event.triggerEvent,
        {
          flowId: event.flowId,
          environmentId: event.environmentId,
        },
      );
      for (const rule of rules) await this.deliver(rule, event);
    }
  }

  /** Delivers one event through one rule's channel and records the delivery. */
  async deliver(
    rule: NotificationRule,
    event: NotificationEvent,
  ): Promise<DeliveryOutcome> {
    const recipients = rule.channelConfig.recipients ?? [];
    let outcome: DeliveryOutcome;
    if (rule.channelType === 'IN_APP') {
      await this.store.notifications.addNotification({
        ruleId: rule.id,
        triggerEvent: event.triggerEvent,
        title: event.title,
        message: event.message,
        severity: event.severity,
        entityType: event.entityType,
        entityId: event.entityId,
        recipients,
      });
      outcome = { status: 'SENT', attemptCount: 1, error: null };
    } else if (rule.channelType === 'SLACK') {
      outcome = await this.sendToSlack(rule, event);
    } else if (rule.channelType === 'WEBHOOK') {
      outcome = await this.sendToWebhook(rule, event);
    } else {
      outcome = await this.withRetries(() =>
        this.sendToBackstage(event, recipients),
      );
    }
    await this.store.notifications.recordDelivery({
      ruleId: rule.id,
      eventType: event.triggerEvent,
      payload: JSON.stringify(event),
      ...outcome,
    });
    return outcome;
  }

  private unavailable(what: string): DeliveryOutcome {
    return {
      status: 'FAILED',
      attemptCount: 0,
      error: `${what} is not available in this backend`,
    };
  }

  private async sendToSlack(
    rule: NotificationRule,
    event: NotificationEvent,
  ): Promise<DeliveryOutcome> {
    const slack = this.options.integrations?.slack;
    if (!slack) return this.unavailable('Slack');
    const { status, attemptCount, error } = await slack.post(
      rule.channelConfig.slackOrg ?? '',
      notificationMessage(event),
    );
    return { status, attemptCount, error };
  }

  /** Delivered through the webhook config, which records the delivery and each attempt too. */
  private async sendToWebhook(
    rule: NotificationRule,
    event: NotificationEvent,
  ): Promise<DeliveryOutcome> {
    const webhooks = this.options.integrations?.webhooks;
    if (!webhooks) return this.unavailable('Outbound webhooks');
    const id = rule.channelConfig.webhookConfigId ?? '';
    const config = id ? await this.store.webhooks.getConfig(id) : undefined;
    if (!config)
      return {
        status: 'FAILED',
        attemptCount: 0,
        error: `webhook config ${id} no longer exists`,
      };
    const { status, attemptCount, error } = await webhooks.send(config, {
      eventType: event.triggerEvent,
      data: { ...event, ruleId: rule.id },
    });
    return { status, attemptCount, error };
  }

  private async sendToBackstage(
    event: NotificationEvent,
    recipients: string[],
  ) {
    const service = this.options.notificationService;
    if (!service)
      throw new Error(
        "Backstage's notifications service is not available in this backend",
      );
    await service.send({
      recipients:
        recipients.length > 0
          ? { type: 'entity', entityRef: recipients }
          : { type: 'broadcast' },
      payload: {
        title: event.title,
        description: event.message,
        severity: BACKSTAGE_SEVERITY[event.severity],
        topic: `factstore:${event.triggerEvent}`,
        scope: `factstore:${event.entityType}:${event.entityId}`,
      },
    });
  }

  private async withRetries(
    send: () => Promise<void>,
  ): Promise<DeliveryOutcome> {
    const { status, attemptCount, error } = await withRetries(async () => {
      await send();
      return null;
    }, this.options);
    return { status, attemptCount, error };
  }
}
