import { UnprocessableEntityError } from '@fawkes/backend-http';
import type { Attestation } from '../../database/AttestationStore';
import type { FactStore } from '../../database/FactStore';
import { isUniqueViolation } from '../../database/rows';
import type { WebhookSource } from '../../database/WebhookStore';
import type { RouteContext } from '../../http/context';
import {
  isIgnored,
  type InboundTrail,
  type ParsedDelivery,
} from './inboundEvent';

/** The answer to a webhook delivery (OpenFactstore's WebhookResponse). */
export interface WebhookAnswer {
  accepted: boolean;
  deliveryId: string;
  message: string;
  trailId?: string;
  attestationId?: string;
}

const DEFAULT_ORG = 'default';

const replayed = (deliveryId: string): WebhookAnswer => ({
  accepted: false,
  deliveryId,
  message: `delivery ${deliveryId} was already received: nothing recorded again`,
});

/**
 * Refuses a delivery that names no flow (422), before anything is read or recorded: a generic
 * delivery names no repository, so its flow comes from ?flowId= or body.flowName.
 */
function requireFlow(delivery: { parsed: ParsedDelivery; flowId?: string }) {
  const { parsed, flowId } = delivery;
  if (!flowId && !isIgnored(parsed) && parsed.flowName === '')
    throw new UnprocessableEntityError(
      'query.flowId: is required for a generic delivery without body.flowName',
    );
}

/**
 * Records a verified delivery in one transaction: its trail (one per commit, created once), its
 * attestation, the audit events and ledger leaves, and the receipt whose unique key makes a
 * replayed delivery record nothing. Notifies the rules after the commit. A delivery that names no
 * flow is refused first (requireFlow), even when it is a replay. A dry run answers the same and
 * rolls back.
 */
export async function ingestDelivery(
  ctx: Pick<RouteContext, 'store' | 'ledger' | 'notifications'>,
  delivery: {
    source: WebhookSource;
    deliveryId: string;
    parsed: ParsedDelivery;
    flowId?: string;
    /** `X-Dry-Run: true`: the answer a delivery would get, its transaction rolled back. */
    dryRun?: boolean;
  },
): Promise<WebhookAnswer> {
  requireFlow(delivery);
  const { source, deliveryId, parsed, dryRun = false } = delivery;
  const actor = `webhook:${source}`;
  if (await ctx.store.webhooks.getReceipt(source, deliveryId))
    return replayed(deliveryId);
  let attestation: Attestation | undefined;
  let answer: WebhookAnswer;
  try {
    answer = await ctx.store.transaction(dryRun, async tx => {
      if (isIgnored(parsed)) {
        await tx.webhooks.addReceipt({
          source,
          deliveryId,
          eventType: parsed.eventType,
          status: 'IGNORED',
          message: parsed.ignored,
          trailId: null,
        });
        return { accepted: false, deliveryId, message: parsed.ignored };
      }
      const flow = delivery.flowId
        ? await tx.flows.get(delivery.flowId)
        : await tx.flows.getByName(DEFAULT_ORG, parsed.flowName);
      if (!flow)
        throw new UnprocessableEntityError(
          delivery.flowId
            ? `query.flowId: no flow with id ${delivery.flowId}`
            : `no flow named "${parsed.flowName}" (the ${source} repository, project or job): create it, or name the flow with ?flowId=`,
        );
      const trail = await trailOf(tx, flow.id, parsed.trail, actor);
      const messages = [`trail ${trail.name} of flow ${flow.name}`];
      if (parsed.attestation) {
        attestation = await tx.attestations.record(
          {
            trailId: trail.id,
            type: parsed.attestation.type,
            name: parsed.attestation.name,
            status: parsed.attestation.status,
            description: parsed.attestation.description,
            details: { metadata: parsed.attestation.metadata },
          },
          actor,
        );
        const event = {
          eventType: 'ATTESTATION_RECORDED',
          entityType: 'attestation',
          entityId: attestation.id,
          trailId: trail.id,
          actor,
          details: {
            type: attestation.type,
            status: attestation.status,
            source,
          },
        };
        await tx.audit.append(event);
        await ctx.ledger.append(tx.ledger, {
          eventType: event.eventType,
          recordType: event.entityType,
          recordId: event.entityId,
          trailId: trail.id,
          actor,
          details: event.details,
          content: attestation,
        });
        messages.push(`${attestation.type} attestation ${attestation.status}`);
      }
      const message = `recorded ${messages.join(', ')}`;
      await tx.webhooks.addReceipt({
        source,
        deliveryId,
        eventType: parsed.eventType,
        status: 'PROCESSED',
        message,
        trailId: trail.id,
      });
      return {
        accepted: true,
        deliveryId,
        message,
        trailId: trail.id,
        ...(attestation && { attestationId: attestation.id }),
      };
    });
  } catch (error) {
    // The same delivery arriving twice at once: the other request recorded it.
    if (isUniqueViolation(error)) return replayed(deliveryId);
    throw error;
  }
  if (attestation && !dryRun) {
    ctx.ledger.kick();
    ctx.notifications?.onChange({
      eventType: 'ATTESTATION_RECORDED',
      entityType: 'attestation',
      entityId: attestation.id,
      trailId: attestation.trailId,
      actor,
      result: attestation,
    });
  }
  return answer;
}

/** The commit's trail in the flow, created (and audited) the first time. */
async function trailOf(
  tx: FactStore,
  flowId: string,
  fields: InboundTrail,
  actor: string,
) {
  const existing = await tx.trails.getByName(flowId, fields.gitCommitSha);
  if (existing) return existing;
  const trail = await tx.trails.create(
    {
      flowId,
      name: fields.gitCommitSha,
      description: '',
      ...fields,
      extra: {},
    },
    actor,
  );
  await tx.audit.append({
    eventType: 'TRAIL_CREATED',
    entityType: 'trail',
    entityId: trail.id,
    trailId: trail.id,
    actor,
    details: { flowId, name: trail.name },
  });
  return trail;
}
