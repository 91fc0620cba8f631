import { InputError, NotFoundError } from '@backstage/errors';
import { parseInput } from '@fawkes/backend-http';
import type { Router } from 'express';
import { z } from 'zod';
import { exportAuditTrail } from '../domain/auditTrailExport';
import { rateOf, tallyTrailCompliance } from '../domain/complianceReport';
import { callerOf, idParam, type RouteContext } from '../http/context';

const isoTime = z.iso
  .datetime({ message: 'must be an ISO 8601 time', offset: true })
  .optional();

const complianceReportQuery = z
  .object({
    flowId: z.uuid({ message: 'must be a UUID' }).optional(),
    from: isoTime,
    to: isoTime,
  })
  .strict();

const sinceQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(3650).optional(),
  })
  .strict();

/** Where a window starts, `days` back from now. */
const sinceDays = (days?: number) =>
  days === undefined ? undefined : new Date(Date.now() - days * 86_400_000);

/** OpenFactstore's reports, metrics and dashboard, counted over the stored evidence. */
export function reportRoutes(router: Router, ctx: RouteContext) {
  const { store } = ctx;

  router.get('/api/v1/reports/compliance', async (req, res) => {
    await callerOf(ctx, req);
    const q = parseInput(complianceReportQuery, req.query, 'query');
    const from = q.from ? new Date(q.from) : undefined;
    const to = q.to ? new Date(q.to) : undefined;
    if (from && to && from > to)
      throw new InputError(
        `Invalid request query: from must not be after to: got ${q.from} > ${q.to}`,
      );
    const flow = q.flowId ? await store.flows.get(q.flowId) : undefined;
    if (q.flowId && !flow)
      throw new NotFoundError(`No flow with id ${q.flowId}`);
    const tally = await tallyTrailCompliance(store, {
      flowId: q.flowId,
      from,
      to,
    });
    res.json({
      flowId: flow?.id ?? null,
      flowName: flow?.name ?? 'All flows',
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      ...tally,
    });
  });

  router.get('/api/v1/reports/audit-trail/:trailId', async (req, res) => {
    await callerOf(ctx, req);
    const trailId = idParam(req, 'trailId');
    const exported = await exportAuditTrail(store, trailId);
    if (!exported) throw new NotFoundError(`No trail with id ${trailId}`);
    res.json(exported);
  });

  router.get('/api/v1/metrics/compliance', async (req, res) => {
    await callerOf(ctx, req);
    const q = parseInput(sinceQuery, req.query, 'query');
    const since = sinceDays(q.days);
    const tally = await tallyTrailCompliance(store, { from: since });
    const totals = await store.reports.totals();
    const gate = await store.reports.gateTotals(since);
    const attestations = totals.attestationsByStatus;
    const attestationTotal = Object.values(attestations).reduce(
      (a, b) => a + b,
      0,
    );
    res.json({
      // OpenFactstore's ComplianceMetricsSummary first, then the rest.
      totalTrails: tally.totalTrails,
      compliantTrails: tally.compliantTrails,
      nonCompliantTrails: tally.nonCompliantTrails,
      complianceRate: tally.complianceRate,
      totalAttestations: attestationTotal,
      passedAttestations: attestations.PASSED ?? 0,
      failedAttestations: attestations.FAILED ?? 0,
      generatedAt: new Date().toISOString(),
      windowDays: q.days ?? null,
      pendingTrails: tally.pendingTrails,
      attestations: {
        total: attestationTotal,
        byStatus: attestations,
        passRate: rateOf(attestations.PASSED ?? 0, attestationTotal),
      },
      approvals: { byStatus: totals.approvalsByStatus },
      gate: {
        decisions: gate.total,
        allowed: gate.allowed,
        denied: gate.total - gate.allowed,
        allowRate: rateOf(gate.allowed, gate.total),
      },
    });
  });

  router.get('/api/v1/metrics/security', async (req, res) => {
    await callerOf(ctx, req);
    const q = parseInput(sinceQuery, req.query, 'query');
    const security = await store.reports.securityTotals(sinceDays(q.days));
    res.json({
      // OpenFactstore's SecurityMetricsSummary, over the scans in force.
      totalScans: security.scansInForce,
      passedScans: security.scansInForce - security.scansBreachingThresholds,
      failedScans: security.scansBreachingThresholds,
      totalCritical: security.findings.critical,
      totalHigh: security.findings.high,
      totalMedium: security.findings.medium,
      totalLow: security.findings.low,
      generatedAt: new Date().toISOString(),
      windowDays: q.days ?? null,
      ...security,
    });
  });

  router.get('/api/v1/dashboard/stats', async (req, res) => {
    await callerOf(ctx, req);
    parseInput(sinceQuery.pick({}), req.query, 'query');
    const totals = await store.reports.totals();
    const tally = await tallyTrailCompliance(store, {});
    const security = await store.reports.securityTotals();
    res.json({
      totalFlows: totals.flows,
      totalTrails: tally.totalTrails,
      compliantTrails: tally.compliantTrails,
      nonCompliantTrails: tally.nonCompliantTrails,
      pendingTrails: tally.pendingTrails,
      complianceRate: tally.complianceRate,
      totalArtifacts: totals.artifacts,
      totalEnvironments: totals.environments,
      pendingApprovals: totals.approvalsByStatus.PENDING ?? 0,
      openCriticalFindings: security.findings.critical,
      openHighFindings: security.findings.high,
    });
  });
}
