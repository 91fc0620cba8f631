import { NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import { factstoreIntegrationManagePermission } from '@fawkes/plugin-factstore-common';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { AtlassianProduct } from '../database/AtlassianStore';
import type { FactStore } from '../database/FactStore';
import {
  authorizedCaller,
  callerOf,
  mutate,
  refuseDryRun,
  type RouteContext,
} from '../http/context';
import type { AtlassianClient } from '../integrations/AtlassianClient';
import { ConfluenceReport } from '../integrations/ConfluenceReport';
import {
  createIntegrations,
  NO_INTEGRATION_SETTINGS,
  type IntegrationContext,
} from '../integrations/Integrations';
import {
  JiraTickets,
  jiraProjectKey,
  type OpenedIssue,
} from '../integrations/JiraTickets';

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
  const tickets = new JiraTickets(jira);
  const report = new ConfluenceReport(confluence);
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

  /** Records an issue Jira created, with its audit row, in its own transaction. */
  const recordTicket = (req: Request, issue: OpenedIssue) =>
    mutate(
      ctx,
      req,
      { eventType: 'JIRA_TICKET_CREATED' },
      async (tx, caller) => {
        const ticket = await tx.atlassian.addTicket(
          { ...issue, status: 'OPEN' },
          caller.actor,
        );
        return {
          result: ticket,
          entityType: 'jira-ticket',
          entityId: ticket.id,
          trailId: issue.trailId,
          details: { ticketKey: ticket.ticketKey },
        };
      },
    );

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
    refuseDryRun(req, 'Jira');
    await authorizedCaller(ctx, req, manage);
    const trail = await ctx.store.trails.get(body.trailId);
    if (!trail)
      throw new UnprocessableEntityError(
        `body.trailId: no trail with id ${body.trailId}`,
      );
    const projectKey = await jiraProjectKey(ctx.store);
    const issue = await tickets.open(
      await tickets.factsOf(ctx.store, trail),
      projectKey,
      body,
    );
    const { result } = await recordTicket(req, issue);
    res.status(201).json(result);
  });

  router.get('/api/v1/integrations/jira/tickets', async (req, res) => {
    await callerOf(ctx, req);
    const { trailId } = parseInput(ticketQuery, req.query, 'query');
    res.json(await ctx.store.atlassian.tickets({ trailId }));
  });

  router.post('/api/v1/integrations/jira/sync', async (req, res) => {
    refuseDryRun(req, 'Jira');
    await authorizedCaller(ctx, req, manage);
    const projectKey = await jiraProjectKey(ctx.store);
    // Each issue Jira creates is recorded at once: a later failure leaves it recorded, not re-created.
    let syncedCount = 0;
    for (const facts of await tickets.unticketed(ctx.store)) {
      await recordTicket(
        req,
        await tickets.open(facts, projectKey, { issueType: 'Task' }),
      );
      syncedCount++;
    }
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'JIRA_SYNCED' },
      async () => ({
        result: {
          syncedCount,
          message: `${syncedCount} ticket(s) created for non-compliant trails without one`,
        },
        entityType: 'integration',
        entityId: 'jira',
        details: { syncedCount },
      }),
    );
    res.json(result);
  });

  router.post('/api/v1/integrations/confluence/test', async (req, res) => {
    refuseDryRun(req, 'Confluence');
    await authorizedCaller(ctx, req, manage);
    const page = await report.publish(ctx.store);
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'CONFLUENCE_PAGE_PUBLISHED' },
      async () => ({
        result: {
          success: true,
          message: `Published the compliance report page ${page.pageId} in space ${page.spaceKey}`,
          pageId: page.pageId,
          ...(page.url && { url: page.url }),
        },
        entityType: 'integration',
        entityId: 'confluence',
        details: { pageId: page.pageId },
      }),
    );
    res.json(result);
  });
}
