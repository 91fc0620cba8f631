import {
  AuthenticationError,
  InputError,
  NotFoundError,
} from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import { factstoreIntegrationManagePermission } from '@fawkes/plugin-factstore-common';
import { createHash } from 'node:crypto';
import type { Request, Router } from 'express';
import { z } from 'zod';
import {
  WEBHOOK_SOURCES,
  type WebhookConfig,
  type WebhookSource,
} from '../database/WebhookStore';
import {
  authorizedCaller,
  callerOf,
  idParam,
  isDryRun,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { signedBytesOf } from '../http/signedBody';
import { parseGitHub } from '../integrations/inbound/github';
import { parseGitLab } from '../integrations/inbound/gitlab';
import type { ParsedDelivery } from '../integrations/inbound/inboundEvent';
import { ingestDelivery } from '../integrations/inbound/ingestDelivery';
import { parseGeneric } from '../integrations/inbound/generic';
import { parseJenkins } from '../integrations/inbound/jenkins';
import {
  createIntegrations,
  NO_INTEGRATION_SETTINGS,
  type IntegrationContext,
} from '../integrations/Integrations';
import {
  sameSecret,
  verifyGitLabToken,
  verifyHubSignature,
} from '../integrations/signatures';
import { checkOutboundUrl, OutboundRefusedError } from '@fawkes/backend-http';

const sourceParam = z.object({
  source: z
    .string()
    .transform(s => s.toLowerCase())
    .pipe(
      z.enum(WEBHOOK_SOURCES, {
        message: `must be one of ${WEBHOOK_SOURCES.join(', ')}`,
      }),
    ),
});
const flowQuery = z.object({
  flowId: z.uuid({ message: 'must be a UUID' }).optional(),
});

const createConfig = z
  .object({
    name: z.string().trim().min(1).max(255).optional(),
    url: z.string().max(2048),
    isActive: z.boolean().default(true),
    secret: z.unknown().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.secret !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['secret'],
        message:
          'is not accepted: deliveries are signed with factstore.webhooks.outgoing.signingSecret from app-config',
      });
  });

const header = (req: Request, name: string) => req.header(name) ?? undefined;

/** Where each source puts its delivery's id (GitLab: since 15.x, then 17.4). */
const DELIVERY_ID_HEADERS: Record<WebhookSource, string[]> = {
  github: ['x-github-delivery'],
  gitlab: ['x-gitlab-event-uuid', 'idempotency-key'],
  jenkins: ['x-delivery-id'],
  generic: ['x-delivery-id'],
};

/** The URL as answered: without a query, which may carry a token. */
function shownUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
}
const configView = (c: WebhookConfig) => ({ ...c, url: shownUrl(c.url) });

/**
 * Incoming CI webhooks (GitHub, GitLab, Jenkins), verified by their source's secret, and the
 * outbound webhook destinations notification rules deliver to.
 */
export function webhookRoutes(
  router: Router,
  ctx: RouteContext & IntegrationContext,
) {
  const integrations =
    ctx.integrations ?? createIntegrations(ctx.store, NO_INTEGRATION_SETTINGS);
  const { settings } = integrations;

  /** Refuses a delivery not signed with the source's secret (401), before its body is read. */
  function verify(source: WebhookSource, req: Request, raw: Buffer) {
    const secret = settings.incomingSecrets[source];
    if (!secret)
      throw new AuthenticationError(
        `webhooks from ${source} are not accepted: factstore.webhooks.incoming.${source}.secret is not configured`,
      );
    if (source === 'gitlab') {
      verifyGitLabToken(secret, header(req, 'x-gitlab-token'));
      return;
    }
    const bearer = header(req, 'authorization')?.match(/^Bearer (.+)$/i)?.[1];
    if (source === 'jenkins' && bearer !== undefined) {
      if (!sameSecret(bearer, secret))
        throw new AuthenticationError(
          'Authorization does not carry the configured jenkins secret',
        );
      return;
    }
    // OpenFactstore's generic source signs in X-Hub-Signature-256 or X-Webhook-Signature.
    const signature =
      header(req, 'x-hub-signature-256') ??
      (source === 'generic'
        ? header(req, 'x-webhook-signature')?.replace(/^(?!sha256=)/, 'sha256=')
        : undefined);
    verifyHubSignature(secret, signature, raw);
  }

  /** The source's id of the delivery; the body's hash when it sends none. */
  function deliveryIdOf(source: WebhookSource, req: Request, raw: Buffer) {
    const id = DELIVERY_ID_HEADERS[source]
      .map(name => header(req, name))
      .find(value => value !== undefined);
    if (id !== undefined && id.length > 0 && id.length <= 200) return id;
    return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  }

  function parse(source: WebhookSource, req: Request): ParsedDelivery {
    if (
      req.body === undefined ||
      req.body === null ||
      typeof req.body !== 'object'
    )
      throw new InputError('body: must be a JSON object');
    if (source === 'github')
      return parseGitHub(header(req, 'x-github-event'), req.body);
    if (source === 'gitlab')
      return parseGitLab(header(req, 'x-gitlab-event'), req.body);
    if (source === 'generic') return parseGeneric(req.body);
    return parseJenkins(req.body);
  }

  router.post('/api/v1/webhooks/:source', async (req, res) => {
    const { source } = parseInput(sourceParam, req.params, 'params');
    const raw = signedBytesOf(req);
    verify(source, req, raw);
    const { flowId } = parseInput(flowQuery, req.query, 'query');
    const parsed = parse(source, req);
    const answer = await ingestDelivery(ctx, {
      source,
      deliveryId: deliveryIdOf(source, req, raw),
      parsed,
      flowId,
      dryRun: isDryRun(req),
    });
    res.status(200).json(answer);
  });

  const manage = factstoreIntegrationManagePermission;

  router.post('/api/v1/webhook-configs', async (req, res) => {
    const body = parseInput(createConfig, req.body, 'body');
    // Allowed first: the URL check resolves the host, and its refusal says what it resolved to.
    await authorizedCaller(ctx, req, manage);
    let url: URL;
    try {
      ({ url } = await checkOutboundUrl(body.url, settings.outbound));
    } catch (error) {
      if (error instanceof OutboundRefusedError)
        throw new InputError(`body.url: ${error.message}`);
      throw error;
    }
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'WEBHOOK_CONFIG_CREATED', permission: manage },
      async (tx, caller) => {
        const config = await tx.webhooks.createConfig(
          {
            name: body.name ?? url.host,
            url: url.toString(),
            isActive: body.isActive,
          },
          caller.actor,
        );
        return {
          result: config,
          entityType: 'webhook-config',
          entityId: config.id,
          details: { name: config.name, host: url.host },
        };
      },
    );
    res.status(201).json(configView(result));
  });

  router.get('/api/v1/webhook-configs', async (req, res) => {
    await callerOf(ctx, req);
    res.json((await ctx.store.webhooks.listConfigs()).map(configView));
  });

  router.delete('/api/v1/webhook-configs/:id', async (req, res) => {
    const id = idParam(req, 'id');
    await mutate(
      ctx,
      req,
      { eventType: 'WEBHOOK_CONFIG_DELETED', permission: manage },
      async tx => {
        if (!(await tx.webhooks.deleteConfig(id)))
          throw new NotFoundError(`No webhook config with id ${id}`);
        return { result: null, entityType: 'webhook-config', entityId: id };
      },
    );
    res.status(204).end();
  });

  router.get('/api/v1/webhook-configs/:id/deliveries', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    if (!(await ctx.store.webhooks.getConfig(id)))
      throw new NotFoundError(`No webhook config with id ${id}`);
    res.json(await ctx.store.webhooks.deliveries(id, parsePage(req.query)));
  });
}
