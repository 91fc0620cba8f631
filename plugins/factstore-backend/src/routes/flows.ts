import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { restoreFlow, retireFlow } from '../domain/archive';
import { DEFAULT_THRESHOLDS } from '../domain/securityThresholds';
import {
  requiredTypesFromTemplate,
  templateFromRequiredTypes,
} from '../domain/flowTemplate';
import { callerOf, idParam, mutate, type RouteContext } from '../http/context';
import { factstoreFlowManagePermission } from '@fawkes/plugin-factstore-common';
import {
  archiveQuery,
  attestationTypeSchema,
  INT_MAX,
  nameSchema,
} from './schemas';

const flowBody = z.object({
  name: nameSchema,
  org: nameSchema.default('default'),
  description: z.string().max(4000).default(''),
  requiredAttestations: z.array(attestationTypeSchema).max(100).default([]),
  tags: z.record(z.string().max(255), z.string().max(1000)).default({}),
  requiresApproval: z.boolean().default(false),
  templateYaml: z.string().max(100_000).optional(),
});

const flowPatch = flowBody.partial().extend({
  org: nameSchema.optional(),
  description: z.string().max(4000).optional(),
  requiredAttestations: z.array(attestationTypeSchema).max(100).optional(),
  tags: z.record(z.string().max(255), z.string().max(1000)).optional(),
  requiresApproval: z.boolean().optional(),
});

const orgQuery = z.object({ org: nameSchema.optional() });
const orgSlugParams = z.object({ slug: nameSchema });

const count = z.number().int().min(0).max(INT_MAX);
const thresholdsBody = z.object({
  maxCritical: count.default(0),
  maxHigh: count.default(0),
  maxMedium: count.default(10),
  maxLow: count.nullable().default(null),
});

/** Required types from the body, merged with those of a Kosli template when one is given. */
function requiredWithTemplate(
  required: string[] | undefined,
  templateYaml: string | undefined,
): string[] | undefined {
  if (templateYaml === undefined) return required;
  try {
    return [
      ...new Set([
        ...(required ?? []),
        ...requiredTypesFromTemplate(templateYaml),
      ]),
    ];
  } catch (error) {
    throw new InputError(
      `Invalid request body: body.templateYaml: ${(error as Error).message}`,
    );
  }
}

/** OpenFactstore flows: CRUD, template, security thresholds. */
export function flowRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;
  const conflict = 'A flow with this name already exists in this org';

  router.get('/api/v1/flows', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgQuery, req.query, 'query');
    res.json(await store.flows.list({ org }));
  });

  // Seed 002's flows of an organisation: an org is a flow's `org` name here.
  router.get('/api/v1/organisations/:slug/flows', async (req, res) => {
    await callerOf(ctx, req);
    const { slug } = parseInput(orgSlugParams, req.params, 'params');
    res.json(await store.flows.list({ org: slug }));
  });

  router.post('/api/v1/flows', async (req, res) => {
    const body = parseInput(flowBody, req.body, 'body');
    const required = requiredWithTemplate(
      body.requiredAttestations,
      body.templateYaml,
    )!;
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'FLOW_CREATED',
        permission: factstoreFlowManagePermission,
        conflict,
      },
      async (tx, caller) => {
        if (await tx.flows.getByName(body.org, body.name))
          throw new ConflictError(
            `Flow "${body.name}" already exists in org "${body.org}"`,
          );
        const flow = await tx.flows.create(
          { ...body, requiredAttestations: required },
          caller.actor,
        );
        return {
          result: flow,
          entityType: 'flow',
          entityId: flow.id,
          details: { name: flow.name, org: flow.org },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/flows/:id', async (req, res) => {
    await callerOf(ctx, req);
    const flow = await store.flows.get(idParam(req, 'id'));
    if (!flow) throw new NotFoundError(`No flow with id ${req.params.id}`);
    res.json(flow);
  });

  router.put('/api/v1/flows/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const patch = parseInput(flowPatch, req.body, 'body');
    const required = requiredWithTemplate(
      patch.requiredAttestations,
      patch.templateYaml,
    );
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'FLOW_UPDATED',
        permission: factstoreFlowManagePermission,
        conflict,
      },
      async tx => {
        const current = await tx.flows.get(id);
        if (!current) throw new NotFoundError(`No flow with id ${id}`);
        const org = patch.org ?? current.org;
        const name = patch.name ?? current.name;
        const clash = await tx.flows.getByName(org, name);
        if (clash && clash.id !== id)
          throw new ConflictError(
            `Flow "${name}" already exists in org "${org}"`,
          );
        const flow = (await tx.flows.update(id, {
          ...patch,
          requiredAttestations: required,
        }))!;
        return {
          result: flow,
          entityType: 'flow',
          entityId: id,
          details: { changed: Object.keys(patch) },
        };
      },
    );
    res.json(result);
  });

  // Refused while trails or policies point at the flow; archived with ?archive=true.
  router.delete('/api/v1/flows/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const { archive } = parseInput(archiveQuery, req.query, 'query');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: archive ? 'FLOW_ARCHIVED' : 'FLOW_DELETED',
        permission: factstoreFlowManagePermission,
      },
      async (tx, caller) => {
        const flow = await tx.flows.get(id);
        if (!flow) throw new NotFoundError(`No flow with id ${id}`);
        const done = await retireFlow(tx, id, { archive, actor: caller.actor });
        return {
          result: done,
          entityType: 'flow',
          entityId: id,
          details: { name: flow.name, org: flow.org },
        };
      },
    );
    if (result.archived) res.json(result.flow);
    else res.status(204).end();
  });

  router.post('/api/v1/flows/:id/restore', async (req, res) => {
    const id = idParam(req, 'id');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'FLOW_RESTORED',
        permission: factstoreFlowManagePermission,
        conflict,
      },
      async tx => {
        if (!(await tx.flows.get(id)))
          throw new NotFoundError(`No flow with id ${id}`);
        const flow = await restoreFlow(tx, id);
        return {
          result: flow,
          entityType: 'flow',
          entityId: id,
          details: { name: flow.name, org: flow.org },
        };
      },
    );
    res.json(result);
  });

  router.get('/api/v1/flows/:id/template', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const flow = await store.flows.get(id);
    if (!flow) throw new NotFoundError(`No flow with id ${id}`);
    const yaml =
      (await store.flows.templateYaml(id)) ??
      templateFromRequiredTypes(flow.requiredAttestations);
    res.type('application/yaml').send(yaml);
  });

  router.post('/api/v1/flows/:flowId/security-thresholds', async (req, res) => {
    const flowId = idParam(req, 'flowId');
    const body = parseInput(thresholdsBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'SECURITY_THRESHOLDS_SET',
        permission: factstoreFlowManagePermission,
      },
      async (tx, caller) => {
        if (!(await tx.flows.get(flowId)))
          throw new NotFoundError(`No flow with id ${flowId}`);
        const thresholds = await tx.flows.setThresholds(flowId, {
          ...body,
          updatedBy: caller.actor,
        });
        return {
          result: thresholds,
          entityType: 'flow',
          entityId: flowId,
          details: body,
        };
      },
    );
    res.json(result);
  });

  router.get('/api/v1/flows/:flowId/security-thresholds', async (req, res) => {
    await callerOf(ctx, req);
    const flowId = idParam(req, 'flowId');
    if (!(await store.flows.get(flowId)))
      throw new NotFoundError(`No flow with id ${flowId}`);
    const thresholds = await store.flows.getThresholds(flowId);
    // OpenFactstore's defaults apply until thresholds are set.
    res.json(thresholds ?? { flowId, ...DEFAULT_THRESHOLDS, isDefault: true });
  });
}
