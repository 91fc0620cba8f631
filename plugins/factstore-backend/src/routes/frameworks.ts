import { NotFoundError } from '@backstage/errors';
import { parseInput, UnprocessableEntityError } from '@fawkes/backend-http';
import { factstoreFrameworkManagePermission } from '@fawkes/plugin-factstore-common';
import type { Router } from 'express';
import { z } from 'zod';
import type { FactStore } from '../database/FactStore';
import type { Control, Framework } from '../database/FrameworkStore';
import { requiredEvidenceTypesSchema } from '../domain/frameworks/requirements';
import { callerOf, mutate, type RouteContext } from '../http/context';
import { attestationTypeSchema } from './schemas';

const frameworkBody = z
  .object({
    name: z.string().trim().min(1).max(255),
    version: z.string().trim().min(1).max(64),
    description: z.string().max(10_000).optional(),
    orgSlug: z.string().trim().min(1).max(255).optional(),
  })
  .strict();

const controlBody = z
  .object({
    controlId: z.string().trim().min(1).max(64),
    title: z.string().trim().min(1).max(512),
    description: z.string().max(10_000).optional(),
    requiredEvidenceTypes: requiredEvidenceTypesSchema,
  })
  .strict();

const uuid = z.uuid({ message: 'must be a UUID' });

const mappingBody = z
  .object({
    regulatoryControlId: uuid,
    flowId: uuid.optional(),
    evidenceKind: z
      .enum(
        ['ATTESTATION', 'APPROVAL', 'POLICY', 'PROVENANCE', 'SECURITY_SCAN'],
        {
          message:
            'must be ATTESTATION, APPROVAL, POLICY, PROVENANCE or SECURITY_SCAN',
        },
      )
      .default('ATTESTATION'),
    attestationType: attestationTypeSchema.optional(),
    policyId: uuid.optional(),
    minSlsaLevel: z.number().int().min(1).max(3).optional(),
    isMandatory: z.boolean().default(true),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.evidenceKind === 'ATTESTATION' && !m.attestationType)
      ctx.addIssue({
        code: 'custom',
        path: ['attestationType'],
        message: 'is required when evidenceKind is ATTESTATION',
      });
    if (m.evidenceKind !== 'ATTESTATION' && m.attestationType)
      ctx.addIssue({
        code: 'custom',
        path: ['attestationType'],
        message: 'is only for evidenceKind ATTESTATION',
      });
    if (m.evidenceKind !== 'POLICY' && m.policyId)
      ctx.addIssue({
        code: 'custom',
        path: ['policyId'],
        message: 'is only for evidenceKind POLICY',
      });
    if (m.evidenceKind !== 'PROVENANCE' && m.minSlsaLevel !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['minSlsaLevel'],
        message: 'is only for evidenceKind PROVENANCE',
      });
  });

const mappingQuery = z
  .object({ frameworkId: uuid.optional(), flowId: uuid.optional() })
  .strict();

const frameworkRefSchema = z
  .string()
  .regex(
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9][a-z0-9-]{0,63})$/i,
    "must be a framework's UUID or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build)",
  );

/**
 * A framework by UUID or shipped key. Unknown in the path is a 404; unknown in a body is a 422
 * naming the field (the request is well-formed, what it points at is not there).
 */
export async function frameworkOrThrow(
  store: FactStore,
  input: unknown,
  field: string,
  source: 'params' | 'body',
): Promise<Framework> {
  const ref = (
    parseInput(
      z.object({ [field]: frameworkRefSchema }),
      input,
      source,
    ) as Record<string, string>
  )[field];
  const framework = await store.frameworks.get(ref);
  if (framework) return framework;
  if (source === 'body')
    throw new UnprocessableEntityError(`${field}: no framework ${ref}`);
  throw new NotFoundError(`No framework ${ref}`);
}

export const withControls = (f: Framework, controls: Control[]) => ({
  ...f,
  controls: controls.filter(c => c.frameworkId === f.id),
});

/** Regulatory frameworks (shipped as YAML, or created here), their controls and mappings. */
export function frameworkRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;
  const manage = { permission: factstoreFrameworkManagePermission };

  router.post('/api/v1/frameworks', async (req, res) => {
    const body = parseInput(frameworkBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        ...manage,
        eventType: 'FRAMEWORK_CREATED',
        conflict: `A framework ${body.name} version ${body.version} already exists`,
      },
      async (tx, caller) => {
        const framework = await tx.frameworks.create(
          {
            name: body.name,
            version: body.version,
            description: body.description ?? null,
            orgSlug: body.orgSlug ?? null,
          },
          caller.actor,
        );
        return {
          result: framework,
          entityType: 'framework',
          entityId: framework.id,
          details: { name: body.name, version: body.version },
        };
      },
    );
    res.status(201).json({ ...result, controls: [] });
  });

  router.get('/api/v1/frameworks', async (req, res) => {
    await callerOf(ctx, req);
    parseInput(z.object({}).strict(), req.query, 'query');
    const frameworks = await store.frameworks.list();
    const controls = await store.frameworks.controls(frameworks.map(f => f.id));
    res.json(frameworks.map(f => withControls(f, controls)));
  });

  router.get('/api/v1/frameworks/:id', async (req, res) => {
    await callerOf(ctx, req);
    const framework = await frameworkOrThrow(store, req.params, 'id', 'params');
    res.json(
      withControls(framework, await store.frameworks.controls([framework.id])),
    );
  });

  router.post('/api/v1/frameworks/:id/controls', async (req, res) => {
    const body = parseInput(controlBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      {
        ...manage,
        eventType: 'FRAMEWORK_CONTROL_ADDED',
        conflict: `The framework already has a control ${body.controlId}`,
      },
      async tx => {
        const framework = await frameworkOrThrow(
          tx,
          req.params,
          'id',
          'params',
        );
        const control = await tx.frameworks.addControl(framework.id, {
          controlId: body.controlId,
          title: body.title,
          description: body.description ?? null,
          requiredEvidenceTypes: body.requiredEvidenceTypes,
        });
        return {
          result: control,
          entityType: 'framework_control',
          entityId: control.id,
          details: { frameworkId: framework.id, controlId: body.controlId },
        };
      },
    );
    res.status(201).json(result);
  });

  router.post('/api/v1/compliance/mappings', async (req, res) => {
    const body = parseInput(mappingBody, req.body, 'body');
    const { result } = await mutate(
      ctx,
      req,
      { ...manage, eventType: 'COMPLIANCE_MAPPING_CREATED' },
      async (tx, caller) => {
        if (!(await tx.frameworks.getControl(body.regulatoryControlId)))
          throw new UnprocessableEntityError(
            `regulatoryControlId: no control with id ${body.regulatoryControlId}`,
          );
        if (body.flowId && !(await tx.flows.get(body.flowId)))
          throw new UnprocessableEntityError(
            `flowId: no flow with id ${body.flowId}`,
          );
        if (
          body.policyId &&
          !(await tx.policies.get(body.policyId)) &&
          !(await tx.engine.getPolicy(body.policyId))
        )
          throw new UnprocessableEntityError(
            `policyId: no deployment policy or policy with id ${body.policyId}`,
          );
        const mapping = await tx.frameworks.createMapping(
          {
            regulatoryControlId: body.regulatoryControlId,
            flowId: body.flowId ?? null,
            evidenceKind: body.evidenceKind,
            attestationType: body.attestationType ?? null,
            policyId: body.policyId ?? null,
            minSlsaLevel:
              body.evidenceKind === 'PROVENANCE'
                ? (body.minSlsaLevel ?? 1)
                : null,
            isMandatory: body.isMandatory,
          },
          caller.actor,
        );
        return {
          result: mapping,
          entityType: 'compliance_mapping',
          entityId: mapping.id,
          details: { ...body },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/compliance/mappings', async (req, res) => {
    await callerOf(ctx, req);
    const q = parseInput(mappingQuery, req.query, 'query');
    res.json(await store.frameworks.listMappings(q));
  });
}
