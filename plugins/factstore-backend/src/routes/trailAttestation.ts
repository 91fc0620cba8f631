import { NotFoundError } from '@backstage/errors';
import type { Request } from 'express';
import { z } from 'zod';
import { newId } from '../database/rows';
import { digestSchema } from '../domain/digest';
import { mutate, type RouteContext } from '../http/context';
import { attestationTypeSchema } from './schemas';

/**
 * OpenFactstore's attestation request (seed 002; its v1 route and its v2 route, which takes the
 * artifact from the path). A status left out is PENDING, as OpenFactstore has it: not compliant
 * until evidence or a later attestation says otherwise.
 */
export const trailAttestationBody = z.object({
  type: attestationTypeSchema,
  status: z.enum(['PASSED', 'FAILED', 'PENDING']).default('PENDING'),
  name: z.string().min(1).max(255).optional(),
  description: z.string().max(4000).default(''),
  /** OpenFactstore's free text about the attestation: the description when none is given. */
  details: z.string().max(4000).optional(),
  metadata: z.record(z.string(), z.unknown()).default({}),
  /** The artifact this attestation is about; the whole trail when absent. */
  artifactSha256: digestSchema.optional(),
});

export type TrailAttestationBody = z.infer<typeof trailAttestationBody>;

/**
 * Records an attestation on the trail with this id: the row, its audit event and its ledger leaf
 * in one statement. A trail that does not exist is a 404.
 */
export async function recordTrailAttestation(
  ctx: RouteContext,
  req: Request,
  trailId: string,
  body: TrailAttestationBody,
) {
  const eventType = 'ATTESTATION_RECORDED';
  const { result } = await mutate(
    ctx,
    req,
    { eventType, selfAudited: true, selfLedgered: true },
    async (tx, caller) => {
      const attestation = await tx.attestations.recordWithAuditEvent(
        { id: trailId },
        {
          type: body.type,
          name: body.name ?? body.type,
          status: body.status,
          artifactSha256: body.artifactSha256,
          description: body.description || (body.details ?? ''),
          details: { metadata: body.metadata },
        },
        caller.actor,
        {
          id: newId(),
          eventType,
          actor: caller.actor,
          details: { type: body.type, status: body.status },
        },
        recorded =>
          ctx.ledger.leafOf({
            eventType,
            recordType: 'attestation',
            recordId: recorded.id,
            trailId,
            actor: caller.actor,
            content: recorded,
          }),
      );
      if (!attestation) throw new NotFoundError(`No trail with id ${trailId}`);
      return {
        result: attestation,
        entityType: 'attestation',
        entityId: attestation.id,
        trailId,
      };
    },
  );
  return result;
}
