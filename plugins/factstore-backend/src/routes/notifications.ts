import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Request, Router } from 'express';
import { z } from 'zod';
import {
  CHANNEL_TYPES,
  SEVERITIES,
  TRIGGER_EVENTS,
  type ChannelConfig,
  type NotificationRule,
} from '../database/NotificationStore';
import {
  callerOf,
  idParam,
  isDryRun,
  mutate,
  parsePage,
  refuseDryRun,
  type RouteContext,
} from '../http/context';
import { factstoreNotificationManagePermission } from '@fawkes/plugin-factstore-common';

const recipientRef = z.string().transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, { defaultKind: 'user' });
    if (['user', 'group'].includes(ref.kind.toLowerCase()))
      return stringifyEntityRef(ref);
  } catch {
    // refused below
  }
  ctx.addIssue({
    code: 'custom',
    message: `must be a user or group entity ref such as group:default/platform-team, got "${value}"`,
  });
  return z.NEVER;
});

/** OpenFactstore sends channelConfig as a JSON string; an object is taken too. */
const channelConfig = z.preprocess(
  value => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value || '{}');
    } catch {
      return value; // not JSON: refused by the object schema below
    }
  },
  z.object(
    {
      recipients: z.array(recipientRef).max(100).optional(),
      slackOrg: z.string().trim().min(1).max(255).optional(),
      webhookConfigId: z.uuid({ message: 'must be a UUID' }).optional(),
    },
    { error: 'must be a JSON object' },
  ),
);

/** SLACK and WEBHOOK rules name where they deliver; 400 naming the field when they do not. */
async function checkChannel(
  store: RouteContext['store'],
  rule: { channelType?: string; channelConfig?: ChannelConfig },
) {
  const config = rule.channelConfig ?? {};
  if (rule.channelType === 'SLACK' && !config.slackOrg)
    throw new InputError(
      'Invalid request body: body.channelConfig.slackOrg: a SLACK rule names the organisation whose Slack configuration receives it',
    );
  if (rule.channelType === 'WEBHOOK') {
    if (!config.webhookConfigId)
      throw new InputError(
        'Invalid request body: body.channelConfig.webhookConfigId: a WEBHOOK rule names the webhook config it delivers to',
      );
    if (!(await store.webhooks.getConfig(config.webhookConfigId)))
      throw new InputError(
        `Invalid request body: body.channelConfig.webhookConfigId: no webhook config with id ${config.webhookConfigId}`,
      );
  }
}

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` });
const uuid = z.uuid({ message: 'must be a UUID' });

const createRule = z.object({
  name: z.string().trim().min(1).max(255),
  triggerEvent: enumOf(TRIGGER_EVENTS),
  channelType: enumOf(CHANNEL_TYPES),
  channelConfig: channelConfig.default({}),
  filterFlowId: uuid.nullish(),
  filterEnvironmentId: uuid.nullish(),
  isActive: z.boolean().default(true),
});

const updateRule = z.object({
  name: z.string().trim().min(1).max(255).optional(),
  isActive: z.boolean().optional(),
  triggerEvent: enumOf(TRIGGER_EVENTS).optional(),
  channelType: enumOf(CHANNEL_TYPES).optional(),
  channelConfig: channelConfig.optional(),
  filterFlowId: uuid.nullish(),
  filterEnvironmentId: uuid.nullish(),
  clearFilterFlowId: z.boolean().default(false),
  clearFilterEnvironmentId: z.boolean().default(false),
});

const listQuery = z.object({
  isRead: z.enum(['true', 'false']).optional(),
  severity: enumOf(SEVERITIES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The rule as OpenFactstore answers it: channelConfig is a JSON string. */
const ruleView = (rule: NotificationRule) => ({
  ...rule,
  channelConfig: JSON.stringify(rule.channelConfig),
});

/** In-app notifications and notification rules (seed 002). */
export function notificationRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;
  const manage = factstoreNotificationManagePermission;

  /** Who reads: the caller and, for a user, the groups they belong to. */
  async function readerOf(req: Request) {
    const caller = await callerOf(ctx, req);
    const refs =
      caller.actor.startsWith('user:') && ctx.userInfo
        ? (
            await ctx.userInfo.getUserInfo(
              caller.credentials as BackstageCredentials<BackstageUserPrincipal>,
            )
          ).ownershipEntityRefs
        : [];
    return { reader: caller.actor, refs: [caller.actor, ...refs] };
  }

  async function ruleOrThrow(id: string) {
    const rule = await store.notifications.getRule(id);
    if (!rule) throw new NotFoundError(`No notification rule with id ${id}`);
    return rule;
  }

  router.get('/api/v1/notifications', async (req, res) => {
    const { reader, refs } = await readerOf(req);
    const q = parseInput(listQuery, req.query, 'query');
    res.json(
      await store.notifications.list(
        reader,
        refs,
        {
          isRead: q.isRead === undefined ? undefined : q.isRead === 'true',
          severity: q.severity,
        },
        { limit: q.limit, offset: q.offset },
      ),
    );
  });

  router.get('/api/v1/notifications/unread-count', async (req, res) => {
    const { reader, refs } = await readerOf(req);
    res.json({ count: await store.notifications.unreadCount(reader, refs) });
  });

  // Marking read is a change too: a dry run answers the same and rolls back.
  router.post('/api/v1/notifications/read-all', async (req, res) => {
    const { reader, refs } = await readerOf(req);
    await store.transaction(isDryRun(req), tx =>
      tx.notifications.markAllRead(reader, refs),
    );
    res.status(204).end();
  });

  router.post('/api/v1/notifications/:id/read', async (req, res) => {
    const id = idParam(req, 'id');
    const { reader, refs } = await readerOf(req);
    const read = await store.transaction(isDryRun(req), async tx => {
      if (!(await tx.notifications.markRead(id, reader, refs)))
        throw new NotFoundError(`No notification with id ${id}`);
      return tx.notifications.get(id, reader, refs);
    });
    res.json(read);
  });

  router.post('/api/v1/notification-rules', async (req, res) => {
    const body = parseInput(createRule, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'NOTIFICATION_RULE_CREATED', permission: manage },
      async (tx, caller) => {
        await checkChannel(tx, body);
        const rule = await tx.notifications.createRule(
          {
            ...body,
            filterFlowId: body.filterFlowId ?? null,
            filterEnvironmentId: body.filterEnvironmentId ?? null,
          },
          caller.actor,
        );
        return {
          result: rule,
          entityType: 'notification-rule',
          entityId: rule.id,
          details: { name: rule.name, triggerEvent: rule.triggerEvent },
        };
      },
    );
    res.status(201).json(ruleView(result));
  });

  router.get('/api/v1/notification-rules', async (req, res) => {
    await callerOf(ctx, req);
    res.json((await store.notifications.listRules()).map(ruleView));
  });

  router.get('/api/v1/notification-rules/:id', async (req, res) => {
    await callerOf(ctx, req);
    res.json(ruleView(await ruleOrThrow(idParam(req, 'id'))));
  });

  router.put('/api/v1/notification-rules/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const body = parseInput(updateRule, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'NOTIFICATION_RULE_UPDATED', permission: manage },
      async tx => {
        const { clearFilterFlowId, clearFilterEnvironmentId, ...patch } = body;
        const current = await tx.notifications.getRule(id);
        if (current)
          await checkChannel(tx, {
            channelType: patch.channelType ?? current.channelType,
            channelConfig: patch.channelConfig ?? current.channelConfig,
          });
        const rule = await tx.notifications.updateRule(id, {
          ...patch,
          filterFlowId: clearFilterFlowId
            ? null
            : (patch.filterFlowId ?? undefined),
          filterEnvironmentId: clearFilterEnvironmentId
            ? null
            : (patch.filterEnvironmentId ?? undefined),
        });
        if (!rule)
          throw new NotFoundError(`No notification rule with id ${id}`);
        return { result: rule, entityType: 'notification-rule', entityId: id };
      },
    );
    res.json(ruleView(result));
  });

  router.delete('/api/v1/notification-rules/:id', async (req, res) => {
    const id = idParam(req, 'id');
    await mutate(
      ctx,
      req,
      { eventType: 'NOTIFICATION_RULE_DELETED', permission: manage },
      async tx => {
        if (!(await tx.notifications.deleteRule(id)))
          throw new NotFoundError(`No notification rule with id ${id}`);
        return { result: null, entityType: 'notification-rule', entityId: id };
      },
    );
    res.status(204).end();
  });

  router.post('/api/v1/notification-rules/:id/test', async (req, res) => {
    const id = idParam(req, 'id');
    await callerOf(ctx, req);
    // A test sends a real notification (e-mail, Slack, a webhook), which cannot be rolled back.
    refuseDryRun(req, "the rule's notification channel");
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'NOTIFICATION_RULE_TESTED', permission: manage },
      async tx => {
        const rule = await tx.notifications.getRule(id);
        if (!rule)
          throw new NotFoundError(`No notification rule with id ${id}`);
        return { result: rule, entityType: 'notification-rule', entityId: id };
      },
    );
    if (!ctx.notifications)
      throw new Error('Notifications are not wired in this router');
    const outcome = await ctx.notifications.deliver(result, {
      triggerEvent: result.triggerEvent,
      title: `Test of notification rule ${result.name}`,
      message: `A test of the rule for ${result.triggerEvent}, sent by request`,
      severity: 'INFO',
      entityType: 'notification-rule',
      entityId: result.id,
    });
    res.status(202).json(outcome);
  });

  router.get('/api/v1/notification-rules/:id/deliveries', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    await ruleOrThrow(id);
    res.json(await store.notifications.deliveries(id, parsePage(req.query)));
  });
}
