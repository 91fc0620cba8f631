import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import { factstoreIntegrationManagePermission } from '@fawkes/plugin-factstore-common';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { AtlassianProduct } from '../database/AtlassianStore';
import type { FactStore } from '../database/FactStore';
import type { Trail } from '../database/TrailStore';
import { complianceOfTrails } from '../domain/complianceOfTrails';
import { callerOf, mutate, type RouteContext } from '../http/context';
import type { AtlassianClient } from '../integrations/AtlassianClient';
import {
  complianceReportPage,
  trailIssueDescription,
  type FlowSummary,
} from '../integrations/atlassianDocuments';
import {
  createIntegrations,
  NO_INTEGRATION_SETTINGS,
  type IntegrationContext,
} from '../integrations/Integrations';

const SECRET_FIELDS = {
  jira: ['jiraBaseUrl', 'jiraUsername', 'jiraApiToken'],
  confluence: ['confluenceBaseUrl', 'confluenceUsername', 'confluenceApiToken'],
} as const;

const key = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'must be an upper-case key such as OPS');

function configBody(product: AtlassianProduct) {
  const field = product === 'jira' ? 'defaultProjectKey' : 'defaultSpaceKey';
  return z
    .object({ [field]: key })
    .catchall(z.unknown())
    .superRefine((body, ctx) => {
      for (const secret of SECRET_FIELDS[product])
        if (body[secret] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [secret],
            message: `is not accepted: the ${product} site and its credentials live in app-config (factstore.${product})`,
          });
    })
    .transform(body => body[field] as string);
}

const ticketBody = z.object({
  trailId: z.uuid({ message: 'must be a UUID' }),
  summary: z.string().trim().min(1).max(255).optional(),
  issueType: z.string().trim().min(1).max(64).default('Task'),
});
const ticketQuery = z.object({
  trailId: z.uuid({ message: 'must be a UUID' }).optional(),
});

/** Jira (tickets for non-compliant trails) and Confluence (a compliance report page). */
export function atlassianRoutes(
  router: Router,
  ctx: RouteContext & IntegrationContext,
) {
  const { jira, confluence } =
    ctx.integrations ?? createIntegrations(ctx.store, NO_INTEGRATION_SETTINGS);
  const manage = factstoreIntegrationManagePermission;

  function configView(product: AtlassianProduct, client: AtlassianClient) {
    return async (store: FactStore) => {
      const config = await store.atlassian.getConfig(product);
      if (!config)
        throw new NotFoundError(
          `${product} is not configured: POST /api/v1/integrations/${product}/config`,
        );
      const prefix = product === 'jira' ? 'jira' : 'confluence';
      return {
        id: config.id,
        [`${prefix}BaseUrl`]: client.baseUrl ?? null,
        [`${prefix}Username`]: client.email ?? null,
        [product === 'jira' ? 'defaultProjectKey' : 'defaultSpaceKey']:
          config.defaultKey,
        createdAt: config.createdAt,
        updatedAt: config.updatedAt,
      };
    };
  }

  for (const [product, client] of [
    ['jira', jira],
    ['confluence', confluence],
  ] as const) {
    const view = configView(product, client);
    router.post(`/api/v1/integrations/${product}/config`, async (req, res) => {
      const defaultKey = parseInput(configBody(product), req.body, 'body');
      const { result } = await mutate(
        ctx,
        req,
        {
          eventType: `${product.toUpperCase()}_CONFIGURED`,
          permission: manage,
        },
        async (tx, caller) => {
          const config = await tx.atlassian.putConfig(
            product,
            defaultKey,
            caller.actor,
          );
          return {
            result: await view(tx),
            entityType: `${product}-config`,
            entityId: config.id,
            details: { defaultKey },
          };
        },
      );
      res.json(result);
    });
    router.get(`/api/v1/integrations/${product}/config`, async (req, res) => {
      await callerOf(ctx, req);
      res.json(await view(ctx.store));
    });
  }

  /** The trail, its flow and compliance, or a 422 naming body.trailId. */
  async function trailFacts(store: FactStore, trail: Trail) {
    const flow = await store.flows.get(trail.flowId);
    const compliance = (await complianceOfTrails(store, [trail])).get(
      trail.id,
    )!;
    return { trail, flowName: flow?.name ?? trail.flowId, compliance };
  }

  async function createTicket(
    store: FactStore,
    facts: Awaited<ReturnType<typeof trailFacts>>,
    projectKey: string,
    input: { summary?: string; issueType: string },
    actor: string,
  ) {
    const summary =
      input.summary ??
      `Trail ${facts.trail.name} of flow ${facts.flowName} is ${facts.compliance.status}`.slice(
        0,
        255,
      );
    const created = await jira.call('POST', '/rest/api/3/issue', {
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
    if (typeof created?.key !== 'string')
      throw new InputError('Jira created an issue without a key');
    return store.atlassian.addTicket(
      {
        ticketKey: created.key,
        summary,
        status: 'OPEN',
        issueType: input.issueType,
        projectKey,
        trailId: facts.trail.id,
      },
      actor,
    );
  }

  async function projectKeyOrThrow(store: FactStore) {
    const config = await store.atlassian.getConfig('jira');
    if (!config)
      throw new UnprocessableEntityError(
        'jira is not configured: POST /api/v1/integrations/jira/config first',
      );
    return config.defaultKey;
  }

  async function connectivity(
    req: Request,
    client: AtlassianClient,
    path: string,
  ) {
    await mutate(
      ctx,
      req,
      { eventType: 'INTEGRATION_TESTED', permission: manage },
      async () => ({ result: null, entityType: 'integration', entityId: path }),
    );
    return client.call('GET', path);
  }

  router.post('/api/v1/integrations/jira/test', async (req, res) => {
    try {
      const me = await connectivity(req, jira, '/rest/api/3/myself');
      res.json({
        success: true,
        message: `Connected to Jira as ${me?.displayName ?? me?.emailAddress ?? 'the configured account'}`,
      });
    } catch (error) {
      if ((error as Error).name !== 'BadGatewayError') throw error;
      res.json({ success: false, message: (error as Error).message });
    }
  });

  router.post('/api/v1/integrations/jira/tickets', async (req, res) => {
    const body = parseInput(ticketBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'JIRA_TICKET_CREATED', permission: manage },
      async (tx, caller) => {
        const trail = await tx.trails.get(body.trailId);
        if (!trail)
          throw new UnprocessableEntityError(
            `body.trailId: no trail with id ${body.trailId}`,
          );
        const projectKey = await projectKeyOrThrow(tx);
        const ticket = await createTicket(
          tx,
          await trailFacts(tx, trail),
          projectKey,
          body,
          caller.actor,
        );
        return {
          result: ticket,
          entityType: 'jira-ticket',
          entityId: ticket.id,
          trailId: trail.id,
          details: { ticketKey: ticket.ticketKey },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/integrations/jira/tickets', async (req, res) => {
    await callerOf(ctx, req);
    const { trailId } = parseInput(ticketQuery, req.query, 'query');
    res.json(await ctx.store.atlassian.tickets({ trailId }));
  });

  router.post('/api/v1/integrations/jira/sync', async (req, res) => {
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'JIRA_SYNCED', permission: manage },
      async (tx, caller) => {
        const projectKey = await projectKeyOrThrow(tx);
        const trails = await tx.trails.list({}, { limit: 1000, offset: 0 });
        const compliance = await complianceOfTrails(tx, trails);
        const ticketed = await tx.atlassian.ticketedTrails(
          trails.map(t => t.id),
        );
        let syncedCount = 0;
        for (const trail of trails) {
          if (ticketed.has(trail.id)) continue;
          if (compliance.get(trail.id)?.status !== 'NON-COMPLIANT') continue;
          await createTicket(
            tx,
            await trailFacts(tx, trail),
            projectKey,
            { issueType: 'Task' },
            caller.actor,
          );
          syncedCount++;
        }
        return {
          result: {
            syncedCount,
            message: `${syncedCount} ticket(s) created for non-compliant trails without one`,
          },
          entityType: 'integration',
          entityId: 'jira',
          details: { syncedCount },
        };
      },
    );
    res.json(result);
  });

  router.post('/api/v1/integrations/confluence/test', async (req, res) => {
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'CONFLUENCE_PAGE_PUBLISHED', permission: manage },
      async tx => {
        const config = await tx.atlassian.getConfig('confluence');
        if (!config)
          throw new UnprocessableEntityError(
            'confluence is not configured: POST /api/v1/integrations/confluence/config first',
          );
        const now = new Date();
        const page = await confluence.call('POST', '/wiki/rest/api/content', {
          type: 'page',
          title: `Compliance report ${now.toISOString()}`,
          space: { key: config.defaultKey },
          body: {
            storage: {
              value: complianceReportPage(await flowSummaries(tx), now),
              representation: 'storage',
            },
          },
        });
        const url =
          page?._links?.base && page?._links?.webui
            ? `${page._links.base}${page._links.webui}`
            : undefined;
        return {
          result: {
            success: true,
            message: `Published the compliance report page ${page?.id} in space ${config.defaultKey}`,
            pageId: String(page?.id),
            ...(url && { url }),
          },
          entityType: 'integration',
          entityId: 'confluence',
          details: { pageId: String(page?.id) },
        };
      },
    );
    res.json(result);
  });
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
