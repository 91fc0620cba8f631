import { NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import { digestSchema, formatDigest } from '../domain/digest';
import { evaluateGate } from '../domain/evaluateGate';
import { withPolicyDecisions } from '../policy/gatePolicies';
import { decideForEnvironment, linkOf } from '../policy/recordDecisions';
import {
  callerOf,
  idParam,
  mutate,
  parsePage,
  type RouteContext,
} from '../http/context';
import { factstorePolicyManagePermission } from '@fawkes/plugin-factstore-common';
import { attestationTypeSchema } from './schemas';

const policyBody = z.object({
  name: z.string().min(1).max(255),
  flowId: z
    .uuid({ message: 'must be the UUID of a flow' })
    .nullable()
    .optional(),
  environmentId: z
    .uuid({ message: 'must be the UUID of an environment' })
    .nullable()
    .optional(),
  enforceProvenance: z.boolean().default(true),
  enforceApprovals: z.boolean().default(false),
  requiredAttestationTypes: z.array(attestationTypeSchema).max(100).default([]),
});

const policyPatch = policyBody.partial().extend({
  enforceProvenance: z.boolean().optional(),
  enforceApprovals: z.boolean().optional(),
  requiredAttestationTypes: z.array(attestationTypeSchema).max(100).optional(),
});

const gateBody = z
  .object({
    sha256Digest: digestSchema,
    environmentId: z
      .uuid({ message: 'must be the UUID of an environment' })
      .optional(),
    environmentName: z.string().max(255).optional(),
    org: z.string().max(255).default('default'),
    flowId: z.uuid({ message: 'must be the UUID of a flow' }).optional(),
  })
  .refine(b => !(b.environmentId && b.environmentName), {
    message: 'give environmentId or environmentName, not both',
    path: ['environmentId'],
  });

async function checkReferences(
  tx: FactStore,
  body: { flowId?: string | null; environmentId?: string | null },
) {
  if (body.flowId && !(await tx.flows.get(body.flowId)))
    throw new UnprocessableEntityError(
      `body.flowId: no flow with id ${body.flowId}`,
    );
  if (body.environmentId && !(await tx.environments.get(body.environmentId)))
    throw new UnprocessableEntityError(
      `body.environmentId: no environment with id ${body.environmentId}`,
    );
}

/** `GET /api/v1/gate/results`: all of them, or only those about one artifact or environment. */
const gateResultsQuery = z.object({
  sha256: digestSchema.optional(),
  environmentId: z
    .uuid({ message: 'must be the UUID of an environment' })
    .optional(),
});

/** Deployment policies and the deployment gate. */
export function gateRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;
  const manage = factstorePolicyManagePermission;
  const conflict = 'A deployment policy with this name already exists';

  router.post('/api/v1/deployment-policies', async (req, res) => {
    const body = parseInput(policyBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'DEPLOYMENT_POLICY_CREATED', permission: manage, conflict },
      async (tx, caller) => {
        await checkReferences(tx, body);
        const policy = await tx.policies.create(
          {
            ...body,
            flowId: body.flowId ?? undefined,
            environmentId: body.environmentId ?? undefined,
          },
          caller.actor,
        );
        return {
          result: policy,
          entityType: 'deployment-policy',
          entityId: policy.id,
          details: { name: policy.name },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/deployment-policies', async (req, res) => {
    await callerOf(ctx, req);
    res.json(await store.policies.list());
  });

  router.get('/api/v1/deployment-policies/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const policy = await store.policies.get(id);
    if (!policy) throw new NotFoundError(`No deployment policy with id ${id}`);
    res.json(policy);
  });

  router.put('/api/v1/deployment-policies/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const patch = parseInput(policyPatch, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'DEPLOYMENT_POLICY_UPDATED', permission: manage, conflict },
      async tx => {
        if (!(await tx.policies.get(id)))
          throw new NotFoundError(`No deployment policy with id ${id}`);
        await checkReferences(tx, patch);
        const policy = (await tx.policies.update(id, patch))!;
        return {
          result: policy,
          entityType: 'deployment-policy',
          entityId: id,
          details: { changed: Object.keys(patch) },
        };
      },
    );
    res.json(result);
  });

  router.delete('/api/v1/deployment-policies/:id', async (req, res) => {
    const id = idParam(req, 'id');
    await mutate(
      ctx,
      req,
      { eventType: 'DEPLOYMENT_POLICY_DELETED', permission: manage },
      async tx => {
        if (!(await tx.policies.delete(id)))
          throw new NotFoundError(`No deployment policy with id ${id}`);
        return {
          result: undefined,
          entityType: 'deployment-policy',
          entityId: id,
        };
      },
    );
    res.status(204).end();
  });

  router.post('/api/v1/gate/evaluate', async (req, res) => {
    const body = parseInput(gateBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'GATE_EVALUATED' },
      async (tx, caller) => {
        let environment;
        if (body.environmentId) {
          environment = await tx.environments.get(body.environmentId);
          if (!environment)
            throw new UnprocessableEntityError(
              `body.environmentId: no environment with id ${body.environmentId}`,
            );
        } else if (body.environmentName) {
          environment = await tx.environments.getByName(
            body.org,
            body.environmentName,
          );
          if (!environment)
            throw new UnprocessableEntityError(
              `body.environmentName: no environment "${body.environmentName}" in org "${body.org}"`,
            );
        }
        if (body.flowId && !(await tx.flows.get(body.flowId)))
          throw new UnprocessableEntityError(
            `body.flowId: no flow with id ${body.flowId}`,
          );
        const gate = await evaluateGate(tx, {
          sha256: body.sha256Digest,
          environment,
          flowId: body.flowId,
          whenNoPolicy: ctx.settings.gateWhenNoPolicy,
        });
        // The policies attached to the environment decide too; each decision is stored.
        const decisions = environment
          ? await decideForEnvironment(
              tx,
              { engine: ctx.policyEngine, ledger: ctx.ledger },
              {
                actor: caller.actor,
                sha256: body.sha256Digest,
                environment,
                flow: body.flowId ? await tx.flows.get(body.flowId) : undefined,
                org: body.org,
                source: 'gate',
              },
            )
          : [];
        const decision = withPolicyDecisions(gate, decisions);
        const recorded = await tx.policies.recordGateResult({
          sha256: body.sha256Digest,
          environmentId: environment?.id,
          allowed: decision.allowed,
          reasons: decision.reasons,
          evaluatedBy: caller.actor,
        });
        await tx.engine.linkDecisionsToGateResult(
          decisions.map(d => d.id),
          recorded.id,
        );
        return {
          result: { ...recorded, policyDecisions: decisions.map(linkOf) },
          entityType: 'gate-result',
          entityId: recorded.id,
          details: { sha256: body.sha256Digest, allowed: decision.allowed },
        };
      },
    );
    res.json({ ...result, sha256Digest: formatDigest(result.sha256) });
  });

  router.get('/api/v1/gate/results', async (req, res) => {
    await callerOf(ctx, req);
    const page = parsePage(req.query);
    const about = parseInput(gateResultsQuery, req.query, 'query');
    res.json(
      (await store.policies.gateResults(page, about)).map(r => ({
        ...r,
        sha256Digest: formatDigest(r.sha256),
      })),
    );
  });
}
