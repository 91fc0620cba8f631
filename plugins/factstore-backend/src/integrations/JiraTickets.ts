import {
  BadGatewayError,
  UnprocessableEntityError,
} from '@fawkes/backend-http';
import type { FactStore } from '../database/FactStore';
import type { Trail } from '../database/TrailStore';
import { complianceOfTrails } from '../domain/complianceOfTrails';
import type { AtlassianClient } from './AtlassianClient';
import { trailIssueDescription } from './atlassianDocuments';

type Compliance =
  Awaited<ReturnType<typeof complianceOfTrails>> extends Map<string, infer C>
    ? C
    : never;

/** A trail as its Jira ticket describes it. */
export interface TrailFacts {
  trail: Trail;
  flowName: string;
  compliance: Compliance;
}

/** An issue Jira created, not yet recorded. */
export interface OpenedIssue {
  ticketKey: string;
  summary: string;
  issueType: string;
  projectKey: string;
  trailId: string;
}

/** The configured project key, or a 422 saying how to configure it. */
export async function jiraProjectKey(store: FactStore): Promise<string> {
  const config = await store.atlassian.getConfig('jira');
  if (!config)
    throw new UnprocessableEntityError(
      'jira is not configured: POST /api/v1/integrations/jira/config first',
    );
  return config.defaultKey;
}

/**
 * Jira tickets for trails: what a ticket says, and which trails a sync tickets. Nothing here holds a
 * database transaction over a call to Jira: the caller records each created issue on its own.
 */
export class JiraTickets {
  constructor(private readonly jira: AtlassianClient) {}

  /** The trail's flow name and compliance; the compliance given when it is already known. */
  async factsOf(
    store: FactStore,
    trail: Trail,
    compliance?: Compliance,
  ): Promise<TrailFacts> {
    const flow = await store.flows.get(trail.flowId);
    return {
      trail,
      flowName: flow?.name ?? trail.flowId,
      compliance:
        compliance ?? (await complianceOfTrails(store, [trail])).get(trail.id)!,
    };
  }

  /** The non-compliant trails (of the newest 1000) that have no ticket yet. */
  async unticketed(store: FactStore): Promise<TrailFacts[]> {
    const trails = await store.trails.list({}, { limit: 1000, offset: 0 });
    const compliance = await complianceOfTrails(store, trails);
    const ticketed = await store.atlassian.ticketedTrails(
      trails.map(t => t.id),
    );
    const pending: TrailFacts[] = [];
    for (const trail of trails) {
      const status = compliance.get(trail.id);
      if (ticketed.has(trail.id) || status?.status !== 'NON-COMPLIANT')
        continue;
      pending.push(await this.factsOf(store, trail, status));
    }
    return pending;
  }

  /** Creates the issue in Jira; a 502 when Jira's answer names no issue key. */
  async open(
    facts: TrailFacts,
    projectKey: string,
    input: { summary?: string; issueType: string },
  ): Promise<OpenedIssue> {
    const summary =
      input.summary ??
      `Trail ${facts.trail.name} of flow ${facts.flowName} is ${facts.compliance.status}`.slice(
        0,
        255,
      );
    const created = await this.jira.call('POST', '/rest/api/3/issue', {
      fields: {
        project: { key: projectKey },
        summary,
        issuetype: { name: input.issueType },
        labels: ['factstore'],
        description: trailIssueDescription({
          flowName: facts.flowName,
          trailName: facts.trail.name,
          trailId: facts.trail.id,
          compliance: facts.compliance,
        }),
      },
    });
    if (typeof created?.key !== 'string' || created.key === '')
      throw new BadGatewayError(
        'Jira answered the issue creation without an issue key',
      );
    return {
      ticketKey: created.key,
      summary,
      issueType: input.issueType,
      projectKey,
      trailId: facts.trail.id,
    };
  }
}
