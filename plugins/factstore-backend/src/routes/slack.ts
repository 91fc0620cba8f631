import {
  AuthenticationError,
  InputError,
  NotFoundError,
} from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import { factstoreIntegrationManagePermission } from '@fawkes/plugin-factstore-common';
import type { Request, Router } from 'express';
import { z } from 'zod';
import {
  authorizedCaller,
  callerOf,
  mutate,
  refuseDryRun,
  type RouteContext,
} from '../http/context';
import { signedBytesOf } from '../http/signedBody';
import {
  createIntegrations,
  NO_INTEGRATION_SETTINGS,
  type IntegrationContext,
} from '../integrations/Integrations';
import {
  answerInteraction,
  answerSlashCommand,
  interactionPayload,
} from '../integrations/slackCommands';
import {
  approvalRequestedMessage,
  trailNonCompliantMessage,
  type SlackMessage,
} from '../integrations/slackMessages';
import { verifySlackRequest } from '../integrations/signatures';
import { httpUrlSchema } from './schemas';

const slugParam = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      'must be 1-63 lower-case letters, digits or "-"',
    ),
});

const SECRET_FIELDS = ['botToken', 'signingSecret', 'webhookUrl'] as const;

const configureBody = z
  .object({
    channel: z.string().trim().min(1).max(255),
    botToken: z.unknown().optional(),
    signingSecret: z.unknown().optional(),
    webhookUrl: z.unknown().optional(),
  })
  .superRefine((body, ctx) => {
    for (const field of SECRET_FIELDS)
      if (body[field] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message:
            'is not accepted: Slack secrets live in app-config (factstore.slack.signingSecret, factstore.slack.incomingWebhooks)',
        });
  });

const names = z.array(z.string().min(1).max(255)).max(100);
const trailNonCompliantBody = z.object({
  trailId: z.uuid({ message: 'must be a UUID' }),
  flowName: z.string().min(1).max(255),
  missingAttestationTypes: names.default([]),
  failedAttestationTypes: names.default([]),
  trailUrl: httpUrlSchema.optional(),
});
const approvalRequestedBody = z.object({
  approvalId: z.string().min(1).max(255),
  artifactSha: z.string().min(1).max(255),
  targetEnvironment: z.string().min(1).max(255),
  requiredApprovers: names.default([]),
});

/** Slack: an organisation's channel, slash commands and buttons, and the two notifications. */
export function slackRoutes(
  router: Router,
  ctx: RouteContext & IntegrationContext,
) {
  const integrations =
    ctx.integrations ?? createIntegrations(ctx.store, NO_INTEGRATION_SETTINGS);
  const { slack } = integrations;
  const manage = factstoreIntegrationManagePermission;
  const slugOf = (req: Request) =>
    parseInput(slugParam, req.params, 'params').slug;

  /** Slack's signature over the raw body, with its five-minute replay window (401 otherwise). */
  function verifySlack(req: Request) {
    const secret = integrations.settings.slack.signingSecret;
    if (!secret)
      throw new AuthenticationError(
        'Slack requests are not accepted: factstore.slack.signingSecret is not configured',
      );
    verifySlackRequest(
      secret,
      {
        timestamp: req.header('x-slack-request-timestamp'),
        signature: req.header('x-slack-signature'),
      },
      signedBytesOf(req),
    );
  }

  router.post('/api/v1/organisations/:slug/slack', async (req, res) => {
    const slug = slugOf(req);
    const body = parseInput(configureBody, req.body, 'body');
    const channels = slack.channels();
    if (!channels.includes(body.channel))
      throw new InputError(
        `Invalid request body: body.channel: must name an incoming webhook of factstore.slack.incomingWebhooks${channels.length ? ` (${channels.join(', ')})` : ', and none is configured'}`,
      );
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'SLACK_CONFIGURED', permission: manage },
      async (tx, caller) => {
        const config = await tx.slack.put(slug, body.channel, caller.actor);
        return {
          result: config,
          entityType: 'slack-config',
          entityId: config.id,
          details: { orgSlug: slug, channel: body.channel },
        };
      },
    );
    res.json(result);
  });

  router.get('/api/v1/organisations/:slug/slack', async (req, res) => {
    await callerOf(ctx, req);
    const slug = slugOf(req);
    const config = await ctx.store.slack.get(slug);
    if (!config)
      throw new NotFoundError(
        `Organisation ${slug} has no Slack configuration`,
      );
    res.json(config);
  });

  router.delete('/api/v1/organisations/:slug/slack', async (req, res) => {
    const slug = slugOf(req);
    await mutate(
      ctx,
      req,
      { eventType: 'SLACK_REMOVED', permission: manage },
      async tx => {
        const config = await tx.slack.get(slug);
        if (!config || !(await tx.slack.delete(slug)))
          throw new NotFoundError(
            `Organisation ${slug} has no Slack configuration`,
          );
        return {
          result: null,
          entityType: 'slack-config',
          entityId: config.id,
        };
      },
    );
    res.status(204).end();
  });

  router.post(
    '/api/v1/organisations/:slug/slack/commands',
    async (req, res) => {
      verifySlack(req);
      const slug = slugOf(req);
      if (!(await ctx.store.slack.get(slug)))
        throw new NotFoundError(
          `Organisation ${slug} has no Slack configuration`,
        );
      const { text } = parseInput(
        z.object({ text: z.string().max(4000).default('') }),
        req.body ?? {},
        'body',
      );
      res.json(await answerSlashCommand(ctx.store, text));
    },
  );

  router.post('/api/v1/organisations/:slug/slack/actions', async (req, res) => {
    verifySlack(req);
    const slug = slugOf(req);
    if (!(await ctx.store.slack.get(slug)))
      throw new NotFoundError(
        `Organisation ${slug} has no Slack configuration`,
      );
    const { payload } = parseInput(
      z.object({
        payload: z.string({
          error:
            'is required: Slack sends the interaction as a JSON form field',
        }),
      }),
      req.body ?? {},
      'body',
    );
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      throw new InputError('Invalid request body: body.payload: must be JSON');
    }
    res.json(
      await answerInteraction(
        ctx.store,
        parseInput(interactionPayload, json, 'body.payload' as 'body'),
      ),
    );
  });

  /**
   * Sends one message after the permission check, then records what the delivery did (SENT or
   * FAILED, with Slack's answers) and answers it. A dry run would still post to Slack: refused.
   */
  async function notify(
    req: Request,
    eventType: string,
    message: (slug: string) => SlackMessage,
  ) {
    const slug = slugOf(req);
    refuseDryRun(req, 'Slack');
    await authorizedCaller(ctx, req, manage);
    const config = await ctx.store.slack.get(slug);
    if (!config)
      throw new NotFoundError(
        `Organisation ${slug} has no Slack configuration`,
      );
    const outcome = await slack.post(slug, message(slug));
    const last = outcome.attempts[outcome.attempts.length - 1];
    await mutate(ctx, req, { eventType }, async () => ({
      result: null,
      entityType: 'slack-config',
      entityId: config.id,
      details: {
        orgSlug: slug,
        status: outcome.status,
        attemptCount: outcome.attemptCount,
        responseStatus: last?.responseStatus ?? null,
        error: outcome.error,
      },
    }));
    return outcome;
  }

  router.post(
    '/api/v1/organisations/:slug/slack/notify/trail-non-compliant',
    async (req, res) => {
      const body = parseInput(trailNonCompliantBody, req.body, 'body');
      const outcome = await notify(req, 'SLACK_NOTIFIED', () =>
        trailNonCompliantMessage(body),
      );
      res.status(202).json(outcome);
    },
  );

  router.post(
    '/api/v1/organisations/:slug/slack/notify/approval-requested',
    async (req, res) => {
      const body = parseInput(approvalRequestedBody, req.body, 'body');
      const outcome = await notify(req, 'SLACK_NOTIFIED', () =>
        approvalRequestedMessage(body),
      );
      res.status(202).json(outcome);
    },
  );
}
