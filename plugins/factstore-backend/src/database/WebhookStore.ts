import type { Knex } from 'knex';
import { newId, parseJson, toIso, type Page } from './rows';

export const WEBHOOK_SOURCES = [
  'github',
  'gitlab',
  'jenkins',
  'generic',
] as const;
export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];

/** An incoming delivery as recorded: what it did, or why it was ignored. */
export interface WebhookReceipt {
  id: string;
  source: WebhookSource;
  deliveryId: string;
  eventType: string | null;
  status: 'PROCESSED' | 'IGNORED';
  message: string;
  trailId: string | null;
  receivedAt: string;
}

export interface WebhookConfig {
  id: string;
  name: string;
  url: string;
  isActive: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One try of an outbound delivery. */
export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** The HTTP status answered, when an answer came. */
  responseStatus: number | null;
  error: string | null;
}

export interface WebhookDelivery {
  id: string;
  webhookConfigId: string;
  eventType: string;
  payload: string;
  status: 'SENT' | 'FAILED';
  attemptCount: number;
  attempts: DeliveryAttempt[];
  error: string | null;
  createdAt: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toReceipt = (row: any): WebhookReceipt => ({
  id: row.id,
  source: row.source,
  deliveryId: row.delivery_id,
  eventType: row.event_type ?? null,
  status: row.status,
  message: row.message,
  trailId: row.trail_id ?? null,
  receivedAt: toIso(row.received_at),
});

const toConfig = (row: any): WebhookConfig => ({
  id: row.id,
  name: row.name,
  url: row.url,
  isActive: !!row.is_active,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});

const toDelivery = (row: any): WebhookDelivery => ({
  id: row.id,
  webhookConfigId: row.webhook_config_id,
  eventType: row.event_type,
  payload: row.payload,
  status: row.status,
  attemptCount: Number(row.attempt_count),
  attempts: parseJson(row.attempts, []),
  error: row.error ?? null,
  createdAt: toIso(row.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Incoming webhook receipts, outbound webhook destinations and their deliveries. */
export class WebhookStore {
  constructor(private readonly db: Knex) {}

  /** Records a delivery; a second delivery with the same source and id violates the unique key. */
  async addReceipt(
    receipt: Omit<WebhookReceipt, 'id' | 'receivedAt'>,
  ): Promise<WebhookReceipt> {
    const row = {
      id: newId(),
      source: receipt.source,
      delivery_id: receipt.deliveryId,
      // The column holds 64 characters; a longer event type is kept cut, not refused as a 500.
      event_type: receipt.eventType?.slice(0, 64) ?? null,
      status: receipt.status,
      message: receipt.message,
      trail_id: receipt.trailId,
      received_at: new Date(),
    };
    await this.db('webhook_receipts').insert(row);
    return toReceipt(row);
  }

  async getReceipt(
    source: WebhookSource,
    deliveryId: string,
  ): Promise<WebhookReceipt | undefined> {
    const row = await this.db('webhook_receipts')
      .where({ source, delivery_id: deliveryId })
      .first();
    return row && toReceipt(row);
  }

  async createConfig(
    input: Pick<WebhookConfig, 'name' | 'url' | 'isActive'>,
    createdBy: string,
  ): Promise<WebhookConfig> {
    const now = new Date();
    const row = {
      id: newId(),
      name: input.name,
      url: input.url,
      is_active: input.isActive,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    };
    await this.db('webhook_configs').insert(row);
    return toConfig(row);
  }

  async getConfig(id: string): Promise<WebhookConfig | undefined> {
    const row = await this.db('webhook_configs').where({ id }).first();
    return row && toConfig(row);
  }

  async listConfigs(): Promise<WebhookConfig[]> {
    return (
      await this.db('webhook_configs').orderBy([
        { column: 'created_at' },
        { column: 'id' },
      ])
    ).map(toConfig);
  }

  /** Deletes a destination; its deliveries stay (they happened). */
  async deleteConfig(id: string): Promise<boolean> {
    return (await this.db('webhook_configs').where({ id }).delete()) > 0;
  }

  async recordDelivery(
    delivery: Omit<WebhookDelivery, 'createdAt'>,
  ): Promise<WebhookDelivery> {
    const row = {
      id: delivery.id,
      webhook_config_id: delivery.webhookConfigId,
      event_type: delivery.eventType,
      payload: delivery.payload,
      status: delivery.status,
      attempt_count: delivery.attemptCount,
      attempts: JSON.stringify(delivery.attempts),
      error: delivery.error,
      created_at: new Date(),
    };
    await this.db('webhook_deliveries').insert(row);
    return toDelivery(row);
  }

  /** A destination's deliveries, newest first. */
  async deliveries(
    webhookConfigId: string,
    page: Page,
  ): Promise<WebhookDelivery[]> {
    return (
      await this.db('webhook_deliveries')
        .where({ webhook_config_id: webhookConfigId })
        .orderBy('seq', 'desc')
        .limit(page.limit)
        .offset(page.offset)
    ).map(toDelivery);
  }
}
