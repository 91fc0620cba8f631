import type { Knex } from 'knex';
import { newId, toIso } from './rows';

export type AtlassianProduct = 'jira' | 'confluence';

/** The project (Jira) or space (Confluence) a team chose; credentials stay in app-config. */
export interface AtlassianConfig {
  id: string;
  product: AtlassianProduct;
  defaultKey: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface JiraTicket {
  id: string;
  ticketKey: string;
  summary: string;
  status: string;
  issueType: string;
  projectKey: string;
  trailId: string | null;
  createdAt: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toConfig = (row: any): AtlassianConfig => ({
  id: row.id,
  product: row.product,
  defaultKey: row.default_key,
  createdBy: row.created_by,
  createdAt: toIso(row.created_at),
  updatedAt: toIso(row.updated_at),
});
const toTicket = (row: any): JiraTicket => ({
  id: row.id,
  ticketKey: row.ticket_key,
  summary: row.summary,
  status: row.status,
  issueType: row.issue_type,
  projectKey: row.project_key,
  trailId: row.trail_id ?? null,
  createdAt: toIso(row.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Jira and Confluence settings and the Jira tickets created for trails. */
export class AtlassianStore {
  constructor(private readonly db: Knex) {}

  async putConfig(
    product: AtlassianProduct,
    defaultKey: string,
    actor: string,
  ): Promise<AtlassianConfig> {
    const now = new Date();
    const updated = await this.db('atlassian_configs')
      .where({ product })
      .update({ default_key: defaultKey, updated_at: now });
    if (!updated)
      await this.db('atlassian_configs').insert({
        id: newId(),
        product,
        default_key: defaultKey,
        created_by: actor,
        created_at: now,
        updated_at: now,
      });
    return (await this.getConfig(product))!;
  }

  async getConfig(
    product: AtlassianProduct,
  ): Promise<AtlassianConfig | undefined> {
    const row = await this.db('atlassian_configs').where({ product }).first();
    return row && toConfig(row);
  }

  async addTicket(
    ticket: Omit<JiraTicket, 'id' | 'createdAt'>,
    actor: string,
  ): Promise<JiraTicket> {
    const row = {
      id: newId(),
      ticket_key: ticket.ticketKey,
      summary: ticket.summary,
      status: ticket.status,
      issue_type: ticket.issueType,
      project_key: ticket.projectKey,
      trail_id: ticket.trailId,
      created_by: actor,
      created_at: new Date(),
    };
    await this.db('jira_tickets').insert(row);
    return toTicket(row);
  }

  /** Newest first, of one trail when given. */
  async tickets(filter: { trailId?: string }): Promise<JiraTicket[]> {
    const query = this.db('jira_tickets').orderBy('seq', 'desc').limit(1000);
    if (filter.trailId) query.where({ trail_id: filter.trailId });
    return (await query).map(toTicket);
  }

  /** The trails that already have a ticket, among those given. */
  async ticketedTrails(trailIds: string[]): Promise<Set<string>> {
    if (trailIds.length === 0) return new Set();
    const rows = await this.db('jira_tickets')
      .whereIn('trail_id', trailIds)
      .distinct('trail_id');
    return new Set(rows.map(r => r.trail_id as string));
  }
}
