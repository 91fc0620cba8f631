import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import { factstoreFlowManagePermission } from '@fawkes/plugin-factstore-common';
import type { Router } from 'express';
import { z } from 'zod';
import type { AttestationType } from '../database/AttestationTypeStore';
import {
  attestationTypeDefinition,
  attestationTypeNameSchema,
  attestationTypePayload,
} from '../domain/customAttestationType';
import { callerOf, mutate, type RouteContext } from '../http/context';
import { kosliPayload } from '../http/kosliPayload';
import { nameSchema } from './schemas';

const orgParams = z.object({ org: nameSchema });
const typeParams = orgParams.extend({ type: attestationTypeNameSchema });
const versionQuery = z.object({
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

const unixSeconds = (iso: string) => Date.parse(iso) / 1000;

/** A type as `kosli get attestation-type` and `list attestation-types` read it. */
function kosliAttestationTypeView(type: AttestationType, version?: number) {
  return {
    name: type.name,
    description: type.description,
    org: type.org,
    archived: type.archived,
    created_by: type.createdBy,
    created_at: unixSeconds(type.createdAt),
    last_modified_at: unixSeconds(type.lastModifiedAt),
    versions: type.versions
      .filter(v => version === undefined || v.version === version)
      .map(v => ({
        version: v.version,
        timestamp: unixSeconds(v.createdAt),
        created_by: v.createdBy,
        type_schema: v.typeSchema ?? null,
        evaluator: v.evaluator ?? null,
        summary: v.summary ?? null,
      })),
  };
}

/**
 * Kosli custom attestation types: `kosli create|get|list|archive attestation-type`. Creating a
 * type that exists adds its next version; `kosli attest custom` checks data against the latest.
 */
export function kosliAttestationTypeRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  // kosli create attestation-type NAME [--schema FILE] [--jq RULE…]: multipart data_json + type_schema
  router.post('/api/v2/custom-attestation-types/:org', async (req, res) => {
    const { org } = parseInput(orgParams, req.params, 'params');
    const { data, file } = await kosliPayload(req, ctx);
    if (file && file.field !== 'type_schema')
      throw new InputError(
        `Invalid multipart body: unexpected file field "${file.field}" (the schema is type_schema)`,
      );
    const payload = parseInput(attestationTypePayload, data, 'body');
    const definition = await attestationTypeDefinition(payload, file?.content);
    const { result } = await mutate(
      ctx,
      req,
      {
        eventType: 'ATTESTATION_TYPE_CREATED',
        permission: factstoreFlowManagePermission,
        retriesOnUniqueViolation: 2,
      },
      async (tx, caller) => {
        const { type, created } = await tx.attestationTypes.createOrAddVersion(
          org,
          payload.name,
          definition,
          caller.actor,
        );
        const version = type.versions[type.versions.length - 1].version;
        return {
          result: { view: kosliAttestationTypeView(type), created },
          entityType: 'attestation-type',
          entityId: type.id,
          details: { org, name: type.name, version },
        };
      },
    );
    res.status(result.created ? 201 : 200).json(result.view);
  });

  // kosli list attestation-types: an array (archived types left out)
  router.get('/api/v2/custom-attestation-types/:org', async (req, res) => {
    await callerOf(ctx, req);
    const { org } = parseInput(orgParams, req.params, 'params');
    const types = await store.attestationTypes.list(org);
    res.json(types.map(t => kosliAttestationTypeView(t)));
  });

  // kosli get attestation-type NAME[@vN]: archived ones too
  router.get(
    '/api/v2/custom-attestation-types/:org/:type',
    async (req, res) => {
      await callerOf(ctx, req);
      const { org, type: name } = parseInput(typeParams, req.params, 'params');
      const { version } = parseInput(versionQuery, req.query, 'query');
      const type = await store.attestationTypes.getByName(org, name);
      if (!type)
        throw new NotFoundError(
          `Attestation type "${name}" does not exist in org "${org}"`,
        );
      if (
        version !== undefined &&
        !type.versions.some(v => v.version === version)
      )
        throw new NotFoundError(
          `Attestation type "${name}" has no version ${version}`,
        );
      res.json(kosliAttestationTypeView(type, version));
    },
  );

  // kosli archive attestation-type NAME
  router.put(
    '/api/v2/custom-attestation-types/:org/:type/archive',
    async (req, res) => {
      const { org, type: name } = parseInput(typeParams, req.params, 'params');
      const { result } = await mutate(
        ctx,
        req,
        {
          eventType: 'ATTESTATION_TYPE_ARCHIVED',
          permission: factstoreFlowManagePermission,
        },
        async tx => {
          const type = await tx.attestationTypes.getByName(org, name);
          if (!type || !(await tx.attestationTypes.archive(org, name)))
            throw new NotFoundError(
              `Attestation type "${name}" does not exist in org "${org}"`,
            );
          const archived = (await tx.attestationTypes.getByName(org, name))!;
          return {
            result: kosliAttestationTypeView(archived),
            entityType: 'attestation-type',
            entityId: type.id,
            details: { org, name },
          };
        },
      );
      res.json(result);
    },
  );
}
