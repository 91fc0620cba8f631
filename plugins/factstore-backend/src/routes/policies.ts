import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { Policy, PolicyInput } from '../database/PolicyEngineStore';
import { callerOf, idParam, mutate, type RouteContext } from '../http/context';
import { factstorePolicyManagePermission } from '@fawkes/plugin-factstore-common';
import { CelCompileError, compileCel } from '../policy/cel';
import { attestationTypeSchema } from './schemas';

/** `factstore/deploy`, `factstore.deploy` or `data.factstore.deploy`: stored as a path. */
const entrypointSchema = z
  .string()
  .max(255)
  .regex(
    /^(data[./])?[A-Za-z_][\w-]*([./][A-Za-z_][\w-]*)*$/,
    'must be a rule or package path such as factstore/deploy',
  )
  .transform(e => e.replace(/^data[./]/, '').replace(/\./g, '/'));

const ruleSchema = z.object({
  name: z.string().min(1).max(255),
  expression: z.string().min(1).max(10_000),
  message: z.string().max(1000).optional(),
});

const fields = {
  name: z.string().min(1).max(255),
  description: z.string().max(10_000),
  orgSlug: z.string().max(255).nullable(),
  language: z.enum(['cel', 'rego']),
  rules: z.array(ruleSchema).max(100),
  entrypoint: entrypointSchema.nullable(),
  bundleId: z.uuid({ message: 'must be the UUID of an OPA bundle' }).nullable(),
  enforceProvenance: z.boolean(),
  enforceTrailCompliance: z.boolean(),
  requiredAttestationTypes: z.array(attestationTypeSchema).max(100),
};

const createBody = z.object({
  name: fields.name,
  description: fields.description.default(''),
  orgSlug: fields.orgSlug.optional(),
  language: fields.language.default('cel'),
  rules: fields.rules.default([]),
  entrypoint: fields.entrypoint.optional(),
  bundleId: fields.bundleId.optional(),
  enforceProvenance: fields.enforceProvenance.default(false),
  enforceTrailCompliance: fields.enforceTrailCompliance.default(false),
  requiredAttestationTypes: fields.requiredAttestationTypes.default([]),
});

const patchBody = z.object(
  Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, v.optional()]),
  ) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
);

const attachmentBody = z.object({
  policyId: z.uuid({ message: 'must be the UUID of a policy' }),
  environmentId: z.uuid({ message: 'must be the UUID of an environment' }),
});

const attachmentQuery = z.object({
  policyId: z.uuid({ message: 'must be a UUID' }).optional(),
  environmentId: z.uuid({ message: 'must be a UUID' }).optional(),
});

/**
 * Checks a policy as it would be stored: the language's fields, unique rule names, and every CEL
 * expression compiled (a syntax error or an unknown name is a 400 with its line and column).
 */
async function validatePolicy(tx: FactStore, policy: PolicyInput) {
  const problem = (field: string, message: string) =>
    new InputError(`Invalid request body: body.${field}: ${message}`);
  if (policy.language === 'cel') {
    if (policy.entrypoint || policy.bundleId)
      throw problem(
        policy.entrypoint ? 'entrypoint' : 'bundleId',
        'is for rego policies; a cel policy has rules',
      );
    const names = new Set<string>();
    policy.rules.forEach((rule, i) => {
      if (names.has(rule.name))
        throw problem(`rules[${i}].name`, `"${rule.name}" is used twice`);
      names.add(rule.name);
      try {
        compileCel(rule.expression);
      } catch (error) {
        if (error instanceof CelCompileError)
          throw problem(
            `rules[${i}].expression`,
            `does not compile: ${error.message}`,
          );
        throw problem(
          `rules[${i}].expression`,
          `does not compile: ${(error as Error).message}`,
        );
      }
    });
    return;
  }
  if (policy.rules.length > 0)
    throw problem(
      'rules',
      'are for cel policies; a rego policy names an entrypoint of a bundle',
    );
  if (!policy.entrypoint)
    throw problem(
      'entrypoint',
      'is required for a rego policy (the rule or package to query, e.g. factstore/deploy)',
    );
  if (policy.bundleId && !(await tx.engine.getBundle(policy.bundleId)))
    throw new UnprocessableEntityError(
      `body.bundleId: no OPA bundle with id ${policy.bundleId}`,
    );
}

const toInput = (p: Policy): PolicyInput => ({
  name: p.name,
  description: p.description,
  orgSlug: p.orgSlug,
  language: p.language,
  rules: p.rules,
  entrypoint: p.entrypoint,
  bundleId: p.bundleId,
  enforceProvenance: p.enforceProvenance,
  enforceTrailCompliance: p.enforceTrailCompliance,
  requiredAttestationTypes: p.requiredAttestationTypes,
});

/** `/api/v1/policies` and `/api/v1/policy-attachments`. */
export function policyRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;
  const permission = factstorePolicyManagePermission;
  const conflict = 'A policy with this name already exists';

  router.post('/api/v1/policies', async (req, res) => {
    const body = parseInput(createBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'POLICY_CREATED', permission, conflict },
      async (tx, caller) => {
        const input: PolicyInput = {
          ...body,
          orgSlug: body.orgSlug ?? undefined,
          entrypoint: body.entrypoint ?? undefined,
          bundleId: body.bundleId ?? undefined,
        };
        await validatePolicy(tx, input);
        const policy = await tx.engine.createPolicy(input, caller.actor);
        return {
          result: policy,
          entityType: 'policy',
          entityId: policy.id,
          details: { name: policy.name, language: policy.language },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/policies', async (req, res) => {
    await callerOf(ctx, req);
    res.json(await store.engine.listPolicies());
  });

  router.get('/api/v1/policies/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const policy = await store.engine.getPolicy(id);
    if (!policy) throw new NotFoundError(`No policy with id ${id}`);
    res.json(policy);
  });

  router.put('/api/v1/policies/:id', async (req, res) => {
    const id = idParam(req, 'id');
    const patch = parseInput(patchBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'POLICY_UPDATED', permission, conflict },
      async tx => {
        const current = await tx.engine.getPolicy(id);
        if (!current) throw new NotFoundError(`No policy with id ${id}`);
        const merged: PolicyInput = {
          ...toInput(current),
          ...Object.fromEntries(
            Object.entries(patch).filter(([, v]) => v !== undefined),
          ),
          orgSlug:
            patch.orgSlug === null
              ? undefined
              : (patch.orgSlug ?? current.orgSlug),
          entrypoint:
            patch.entrypoint === null
              ? undefined
              : (patch.entrypoint ?? current.entrypoint),
          bundleId:
            patch.bundleId === null
              ? undefined
              : (patch.bundleId ?? current.bundleId),
        };
        // Switching language drops the other language's fields unless they are given.
        if (patch.language === 'rego' && patch.rules === undefined)
          merged.rules = [];
        if (patch.language === 'cel') {
          if (patch.entrypoint === undefined) merged.entrypoint = undefined;
          if (patch.bundleId === undefined) merged.bundleId = undefined;
        }
        await validatePolicy(tx, merged);
        const clear = (
          [
            ['entrypoint', merged.entrypoint],
            ['bundle_id', merged.bundleId],
            ['org_slug', merged.orgSlug],
          ] as const
        )
          .filter(([, v]) => v === undefined)
          .map(([c]) => c);
        const policy = (await tx.engine.updatePolicy(id, merged, clear))!;
        return {
          result: policy,
          entityType: 'policy',
          entityId: id,
          details: { changed: Object.keys(patch) },
        };
      },
    );
    res.json(result);
  });

  router.delete('/api/v1/policies/:id', async (req, res) => {
    const id = idParam(req, 'id');
    await mutate(
      ctx,
      req,
      { eventType: 'POLICY_DELETED', permission },
      async tx => {
        const policy = await tx.engine.getPolicy(id);
        if (!policy) throw new NotFoundError(`No policy with id ${id}`);
        const attachments = await tx.engine.listAttachments({ policyId: id });
        // Deleting an attached policy would silently loosen the gate: detach it first.
        if (attachments.length > 0)
          throw new ConflictError(
            `Policy "${policy.name}" is attached to environment(s) ${attachments.map(a => a.environmentId).join(', ')}; detach it first (DELETE /api/v1/policy-attachments/{id}: ${attachments.map(a => a.id).join(', ')})`,
          );
        await tx.engine.deletePolicy(id);
        return {
          result: undefined,
          entityType: 'policy',
          entityId: id,
          details: { name: policy.name },
        };
      },
    );
    res.status(204).end();
  });

  router.post('/api/v1/policy-attachments', async (req, res) => {
    const body = parseInput(attachmentBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'POLICY_ATTACHED',
        permission,
        conflict: 'This policy is already attached to this environment',
      },
      async (tx, caller) => {
        if (!(await tx.engine.getPolicy(body.policyId)))
          throw new UnprocessableEntityError(
            `body.policyId: no policy with id ${body.policyId}`,
          );
        if (!(await tx.environments.get(body.environmentId)))
          throw new UnprocessableEntityError(
            `body.environmentId: no environment with id ${body.environmentId}`,
          );
        const attachment = await tx.engine.attach(
          body.policyId,
          body.environmentId,
          caller.actor,
        );
        return {
          result: attachment,
          entityType: 'policy-attachment',
          entityId: attachment.id,
          details: body,
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/policy-attachments', async (req, res) => {
    await callerOf(ctx, req);
    const filter = parseInput(attachmentQuery, req.query, 'query');
    res.json(await store.engine.listAttachments(filter));
  });

  router.get('/api/v1/policy-attachments/:id', async (req, res) => {
    await callerOf(ctx, req);
    const id = idParam(req, 'id');
    const attachment = await store.engine.getAttachment(id);
    if (!attachment)
      throw new NotFoundError(`No policy attachment with id ${id}`);
    res.json(attachment);
  });

  router.delete('/api/v1/policy-attachments/:id', async (req, res) => {
    const id = idParam(req, 'id');
    await mutate(
      ctx,
      req,
      { eventType: 'POLICY_DETACHED', permission },
      async tx => {
        const attachment = await tx.engine.getAttachment(id);
        if (!attachment)
          throw new NotFoundError(`No policy attachment with id ${id}`);
        await tx.engine.detach(id);
        return {
          result: undefined,
          entityType: 'policy-attachment',
          entityId: id,
          details: {
            policyId: attachment.policyId,
            environmentId: attachment.environmentId,
          },
        };
      },
    );
    res.status(204).end();
  });
}
