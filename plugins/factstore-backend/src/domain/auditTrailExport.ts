import type { FactStore } from '../database/FactStore';
import { complianceOfTrail } from './complianceOfTrails';

const PAGE = 1000;

/** Reads every page of a paged list. */
async function allPages<T>(
  read: (page: { limit: number; offset: number }) => Promise<T[]>,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read({ limit: PAGE, offset });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}

/**
 * Everything recorded about one trail, for an auditor: the flow it answers to, its artifacts,
 * every attestation (derived and claimed status), the evidence files they point at, scans,
 * approvals, the audit events and the compliance decided from all of it (each record can be
 * proven unchanged with `POST /api/v1/ledger/verify/{recordId}`). Undefined when there is no
 * such trail.
 */
export async function exportAuditTrail(store: FactStore, trailId: string) {
  const trail = await store.trails.get(trailId);
  if (!trail) return undefined;
  // One after another: the export reads a consistent picture, not a race of queries.
  const flow = await store.flows.get(trail.flowId);
  const artifacts = await store.artifacts.listByTrail(trailId);
  const attestations = await allPages(page =>
    store.attestations.list(trailId, page),
  );
  const scans = await allPages(page => store.scans.listByTrail(trailId, page));
  const approvals = await store.approvals.list({ trailId });
  const auditEvents = await allPages(
    async page =>
      (
        await store.audit.query({
          trailId,
          page: 0,
          offset: page.offset,
          size: page.limit,
          sortDesc: false,
        })
      ).content,
  );
  const compliance = await complianceOfTrail(store, trail);
  const evidenceFiles = attestations.flatMap(a =>
    a.evidence ? [{ attestationId: a.id, ...a.evidence }] : [],
  );
  return {
    trailId,
    exportedAt: new Date().toISOString(),
    trail,
    flow: flow ?? null,
    compliance,
    artifacts,
    attestations,
    evidenceFiles,
    securityScans: scans,
    approvals,
    auditEvents,
  };
}
