import type { FactStore } from '../database/FactStore';
import type {
  NotificationSeverity,
  TriggerEvent,
} from '../database/NotificationStore';
import type { GateResult } from '../database/PolicyStore';
import { complianceOfTrail } from '../domain/complianceOfTrails';
import { formatDigest } from '../domain/digest';

/** A change the plugin committed, as `mutate` records it. */
export interface CommittedChange {
  eventType: string;
  entityType: string;
  entityId: string;
  trailId?: string;
  actor: string;
  result: unknown;
  details?: Record<string, unknown>;
}

/** Something a notification rule may be triggered by. */
export interface NotificationEvent {
  triggerEvent: TriggerEvent;
  title: string;
  message: string;
  severity: NotificationSeverity;
  entityType: string;
  entityId: string;
  /** What rule filters match on. */
  flowId?: string;
  environmentId?: string;
}

/** Changes after which a trail may have become non-compliant. */
const EVIDENCE_CHANGES = new Set([
  'ARTIFACT_REPORTED',
  'ATTESTATION_RECORDED',
  'EVIDENCE_UPLOADED',
  'SECURITY_SCAN_RECORDED',
  'APPROVAL_REJECTED',
]);

async function trailNonCompliant(
  store: FactStore,
  trailId: string,
): Promise<NotificationEvent[]> {
  const trail = await store.trails.get(trailId);
  if (!trail) return [];
  const compliance = await complianceOfTrail(store, trail);
  if (compliance.status !== 'NON-COMPLIANT') return [];
  const flow = await store.flows.get(trail.flowId);
  return [
    {
      triggerEvent: 'TRAIL_NON_COMPLIANT',
      title: `Trail ${trail.name} of flow ${flow?.name ?? trail.flowId} is non-compliant`,
      message: compliance.reasons.join('; '),
      severity: 'CRITICAL',
      entityType: 'trail',
      entityId: trail.id,
      flowId: trail.flowId,
    },
  ];
}

async function approvalEvent(
  store: FactStore,
  change: CommittedChange,
): Promise<NotificationEvent[]> {
  const approval = change.result as {
    id: string;
    trailId: string;
    status: string;
    requestComment?: string;
    decisionComment?: string;
  };
  const trail = await store.trails.get(approval.trailId);
  const where = trail ? `trail ${trail.name}` : `trail ${approval.trailId}`;
  const requested = change.eventType === 'APPROVAL_REQUESTED';
  return [
    {
      triggerEvent: requested ? 'APPROVAL_REQUESTED' : 'APPROVAL_DECIDED',
      title: requested
        ? `Approval requested for ${where}`
        : `Approval ${approval.status.toLowerCase()} for ${where}`,
      message: requested
        ? `${change.actor} asks for a review${approval.requestComment ? `: ${approval.requestComment}` : ''}`
        : `${change.actor} ${approval.status.toLowerCase()} it${approval.decisionComment ? `: ${approval.decisionComment}` : ''}`,
      severity: approval.status === 'REJECTED' ? 'WARNING' : 'INFO',
      entityType: 'approval',
      entityId: approval.id,
      flowId: trail?.flowId,
    },
  ];
}

function gateEvents(change: CommittedChange): NotificationEvent[] {
  const gate = change.result as GateResult & {
    policyDecisions?: Array<{
      decisionId: string;
      policyName: string;
      allow: boolean;
      violations: string[];
    }>;
  };
  if (gate.allowed) return [];
  const digest = formatDigest(gate.sha256);
  const violated = (gate.policyDecisions ?? []).filter(d => !d.allow);
  return [
    {
      triggerEvent: 'GATE_DENIED',
      title: `Deployment of ${digest} denied`,
      message: gate.reasons
        .filter(r => !r.passed)
        .map(r => r.message)
        .join('; '),
      severity: 'CRITICAL',
      entityType: 'gate-result',
      entityId: gate.id,
      environmentId: gate.environmentId,
    },
    ...violated.map((d): NotificationEvent => ({
      triggerEvent: 'POLICY_VIOLATED',
      title: `Policy ${d.policyName} violated by ${digest}`,
      message: d.violations.join('; '),
      severity: 'CRITICAL',
      entityType: 'policy-decision',
      entityId: d.decisionId,
      environmentId: gate.environmentId,
    })),
  ];
}

async function driftEvent(
  store: FactStore,
  change: CommittedChange,
): Promise<NotificationEvent[]> {
  const index = change.details?.snapshotIndex;
  const [latest] = await store.environments.driftHistory(change.entityId, {
    limit: 1,
    offset: 0,
  });
  if (!latest || !latest.hasDrift || latest.snapshotIndex !== index) return [];
  const environment = await store.environments.get(change.entityId);
  const { added, removed, changed } = latest.diff;
  return [
    {
      triggerEvent: 'DRIFT_DETECTED',
      title: `Drift in environment ${environment?.name ?? change.entityId}`,
      message: `snapshot ${latest.snapshotIndex} differs from its baseline: ${added.length} added, ${removed.length} removed, ${changed.length} changed`,
      severity: 'WARNING',
      entityType: 'environment',
      entityId: change.entityId,
      environmentId: change.entityId,
    },
  ];
}

/**
 * What a committed change means to notification rules (often nothing). Only the events some
 * active rule listens to are worked out: a trail's compliance costs queries over all its evidence.
 */
export async function notificationEventsOf(
  store: FactStore,
  change: CommittedChange,
  listened: Set<TriggerEvent>,
): Promise<NotificationEvent[]> {
  const { eventType } = change;
  const events: NotificationEvent[] = [];
  if (
    eventType.startsWith('APPROVAL_') &&
    (listened.has('APPROVAL_REQUESTED') || listened.has('APPROVAL_DECIDED'))
  )
    events.push(...(await approvalEvent(store, change)));
  if (eventType === 'GATE_EVALUATED') events.push(...gateEvents(change));
  if (
    (eventType === 'SNAPSHOT_RECORDED' || eventType === 'SNAPSHOT_REPORTED') &&
    listened.has('DRIFT_DETECTED')
  )
    events.push(...(await driftEvent(store, change)));
  const trailId =
    change.trailId ?? (change.result as { trailId?: string } | null)?.trailId;
  if (
    EVIDENCE_CHANGES.has(eventType) &&
    trailId &&
    listened.has('TRAIL_NON_COMPLIANT')
  )
    events.push(...(await trailNonCompliant(store, trailId)));
  return events.filter(e => listened.has(e.triggerEvent));
}
