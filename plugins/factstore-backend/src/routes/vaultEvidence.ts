import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import { factstoreVaultEvidenceManagePermission } from '@fawkes/plugin-factstore-common';
import type { Request, Router } from 'express';
import { z } from 'zod';
import {
  callerOf,
  mutate,
  refuseDryRun,
  type RouteContext,
} from '../http/context';
import {
  createIntegrations,
  NO_INTEGRATION_SETTINGS,
  type IntegrationContext,
} from '../integrations/Integrations';
import { attestationTypeSchema } from './schemas';

/** Path segments of Vault: no `.` or `..` segment, nothing that needs escaping to mean itself. */
const entityParams = z.object({
  entityType: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]{0,63}$/,
      'must be 1-64 lower-case letters, digits or "-"',
    ),
  entityId: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._:-]{0,254}$/,
      'must be 1-255 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
    ),
});
const typeQuery = z.object({ evidenceType: attestationTypeSchema });

const storeBody = z.object({
  evidenceType: attestationTypeSchema,
  data: z
    .record(z.string().min(1).max(255), z.string().max(1024 * 1024))
    .refine(d => Object.keys(d).length > 0, 'must hold at least one entry')
    .refine(d => Object.keys(d).length <= 100, 'must hold at most 100 entries'),
});

/** Seed 002's Vault evidence: key-value evidence of any entity in Vault's KV v2 engine. */
export function vaultEvidenceRoutes(
  router: Router,
  ctx: RouteContext & IntegrationContext,
) {
  const { vault } =
    ctx.integrations ?? createIntegrations(ctx.store, NO_INTEGRATION_SETTINGS);
  const manage = factstoreVaultEvidenceManagePermission;
  const entityOf = (req: Request) =>
    parseInput(entityParams, req.params, 'params');

  async function readOrThrow(req: Request) {
    const entity = entityOf(req);
    const { evidenceType } = parseInput(typeQuery, req.query, 'query');
    const evidence = await vault.read({ ...entity, evidenceType });
    if (!evidence)
      throw new NotFoundError(
        `No ${evidenceType} evidence of ${entity.entityType} ${entity.entityId}`,
      );
    return evidence;
  }

  router.get('/api/v1/evidence/health', async (req, res) => {
    await callerOf(ctx, req);
    res.json(await vault.health());
  });

  router.post('/api/v1/evidence/:entityType/:entityId', async (req, res) => {
    const entity = entityOf(req);
    const body = parseInput(storeBody, req.body, 'body');
    refuseDryRun(req, 'Vault');
    const { result } = await mutate(
      ctx,
      req,
      { eventType: 'VAULT_EVIDENCE_STORED', permission: manage },
      // Written in Vault inside the audit transaction: a failed write leaves no audit event.
      async () => {
        const stored = await vault.store(
          { ...entity, evidenceType: body.evidenceType },
          body.data,
        );
        return {
          result: stored,
          entityType: 'vault-evidence',
          entityId: stored.vaultPath.slice(-255),
          details: {
            ...entity,
            evidenceType: body.evidenceType,
            vaultPath: stored.vaultPath,
            version: stored.version,
          },
        };
      },
    );
    res.status(201).json(result);
  });

  router.get('/api/v1/evidence/:entityType/:entityId', async (req, res) => {
    await callerOf(ctx, req);
    const { data: _data, ...metadata } = await readOrThrow(req);
    res.json(metadata);
  });

  router.get(
    '/api/v1/evidence/:entityType/:entityId/list',
    async (req, res) => {
      await callerOf(ctx, req);
      const entity = entityOf(req);
      res.json({
        ...entity,
        evidenceTypes: await vault.list(entity.entityType, entity.entityId),
      });
    },
  );

  router.get(
    '/api/v1/evidence/:entityType/:entityId/download',
    async (req, res) => {
      await callerOf(ctx, req);
      const evidence = await readOrThrow(req);
      res
        .header(
          'content-disposition',
          `attachment; filename="evidence-${evidence.entityType}-${evidence.entityId}-${evidence.evidenceType}.json"`,
        )
        .json(evidence.data);
    },
  );

  router.delete('/api/v1/evidence/:entityType/:entityId', async (req, res) => {
    const entity = entityOf(req);
    const { evidenceType } = parseInput(typeQuery, req.query, 'query');
    refuseDryRun(req, 'Vault');
    await mutate(
      ctx,
      req,
      { eventType: 'VAULT_EVIDENCE_DELETED', permission: manage },
      async () => {
        if (!(await vault.softDelete({ ...entity, evidenceType })))
          throw new NotFoundError(
            `No ${evidenceType} evidence of ${entity.entityType} ${entity.entityId}`,
          );
        return {
          result: null,
          entityType: 'vault-evidence',
          entityId:
            `${entity.entityType}/${entity.entityId}/${evidenceType}`.slice(
              -255,
            ),
          details: { ...entity, evidenceType },
        };
      },
    );
    res.status(204).end();
  });
}
