import {
  BadGatewayError,
  UnprocessableEntityError,
} from '@fawkes/backend-http';
import type { FactStore } from '../database/FactStore';
import { complianceOfTrails } from '../domain/complianceOfTrails';
import type { AtlassianClient } from './AtlassianClient';
import { complianceReportPage, type FlowSummary } from './atlassianDocuments';

/** A compliance report page published in Confluence. */
export interface PublishedPage {
  pageId: string;
  spaceKey: string;
  url?: string;
}

/** Trail counts by compliance, per flow. */
async function flowSummaries(store: FactStore): Promise<FlowSummary[]> {
  const summaries: FlowSummary[] = [];
  for (const flow of await store.flows.list()) {
    const trails = await store.trails.list(
      { flowId: flow.id },
      { limit: 1000, offset: 0 },
    );
    const statuses = [...(await complianceOfTrails(store, trails)).values()];
    summaries.push({
      flowName: flow.name,
      total: trails.length,
      compliant: statuses.filter(s => s.status === 'COMPLIANT').length,
      nonCompliant: statuses.filter(s => s.status === 'NON-COMPLIANT').length,
      incomplete: statuses.filter(s => s.status === 'INCOMPLETE').length,
    });
  }
  return summaries;
}

/** The compliance report of every flow, published as a page in the configured Confluence space. */
export class ConfluenceReport {
  constructor(private readonly confluence: AtlassianClient) {}

  /** Reads what it needs first, then calls Confluence: no transaction is held over the call. */
  async publish(store: FactStore, now = new Date()): Promise<PublishedPage> {
    const config = await store.atlassian.getConfig('confluence');
    if (!config)
      throw new UnprocessableEntityError(
        'confluence is not configured: POST /api/v1/integrations/confluence/config first',
      );
    const value = complianceReportPage(await flowSummaries(store), now);
    const page = await this.confluence.call('POST', '/wiki/rest/api/content', {
      type: 'page',
      title: `Compliance report ${now.toISOString()}`,
      space: { key: config.defaultKey },
      body: { storage: { value, representation: 'storage' } },
    });
    if (page?.id === undefined || page?.id === null || page?.id === '')
      throw new BadGatewayError(
        'Confluence answered the page creation without a page id',
      );
    const url =
      page._links?.base && page._links?.webui
        ? `${page._links.base}${page._links.webui}`
        : undefined;
    return { pageId: String(page.id), spaceKey: config.defaultKey, url };
  }
}
