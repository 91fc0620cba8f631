import type { Knex } from 'knex';
import { newId, toIso } from './rows';

/** An organisation's Slack channel: the app-config name of an incoming webhook. */
export interface SlackConfig {
  id: string;
  orgSlug: string;
  channel: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
const toConfig = (row: any): SlackConfig => ({
  id: row.id,
  orgSlug: row.org_slug,
  channel: row.channel,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});

/** Slack configuration per organisation; the secrets stay in app-config. */
export class SlackStore {
  constructor(private readonly db: Knex) {}

  /** Creates or replaces the organisation's configuration. */
  async put(
    orgSlug: string,
    channel: string,
    actor: string,
  ): Promise<SlackConfig> {
    const now = new Date();
    const existing = await this.get(orgSlug);
    if (existing) {
      await this.db('slack_configs')
        .where({ org_slug: orgSlug })
        .update({ channel, updated_at: now });
    } else {
      await this.db('slack_configs').insert({
        id: newId(),
        org_slug: orgSlug,
        channel,
        created_by: actor,
        created_at: now,
        updated_at: now,
      });
    }
    return (await this.get(orgSlug))!;
  }

  async get(orgSlug: string): Promise<SlackConfig | undefined> {
    const row = await this.db('slack_configs')
      .where({ org_slug: orgSlug })
      .first();
    return row && toConfig(row);
  }

  async delete(orgSlug: string): Promise<boolean> {
    return (
      (await this.db('slack_configs').where({ org_slug: orgSlug }).delete()) > 0
    );
  }
}
