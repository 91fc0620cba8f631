import type { FactStore } from '../database/FactStore';
import type {
  ReportTrail,
  TrailCursor,
  TrailWindow,
} from '../database/ReportStore';
import { complianceOfTrails } from './complianceOfTrails';
import type { TrailComplianceStatus } from './trailCompliance';

/** Trails decided per round trip: the compliance of a page costs four queries. */
const PAGE = 500;
/** The report lists at most this many non-compliant trails (the newest); counts cover all. */
export const NON_COMPLIANT_LIST_LIMIT = 500;

export interface TrailTally {
  totalTrails: number;
  compliantTrails: number;
  nonCompliantTrails: number;
  /** Trails still INCOMPLETE: evidence missing or pending, approval awaited. */
  pendingTrails: number;
  /** Compliant / all, in percent with two decimals; 0 when there are no trails. */
  complianceRate: number;
  nonCompliantTrailList: Array<
    ReportTrail & { status: TrailComplianceStatus; reasons: string[] }
  >;
  nonCompliantTrailListTruncated: boolean;
}

export const rateOf = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100;

/**
 * Tallies the trails of a window by their compliance, decided from the evidence exactly as
 * `GET /trails/{id}/compliance` decides it (one rule, no second copy of it in SQL), page by page
 * so memory stays bounded however many trails there are.
 */
export async function tallyTrailCompliance(
  store: FactStore,
  window: TrailWindow,
): Promise<TrailTally> {
  const tally: TrailTally = {
    totalTrails: 0,
    compliantTrails: 0,
    nonCompliantTrails: 0,
    pendingTrails: 0,
    complianceRate: 0,
    nonCompliantTrailList: [],
    nonCompliantTrailListTruncated: false,
  };
  let cursor: TrailCursor | undefined;
  for (;;) {
    const trails = await store.reports.trailsPage(window, cursor, PAGE);
    if (trails.length === 0) break;
    const compliance = await complianceOfTrails(store, trails);
    for (const trail of trails) {
      const verdict = compliance.get(trail.id)!;
      tally.totalTrails++;
      if (verdict.status === 'COMPLIANT') tally.compliantTrails++;
      else if (verdict.status === 'INCOMPLETE') tally.pendingTrails++;
      else {
        tally.nonCompliantTrails++;
        if (tally.nonCompliantTrailList.length < NON_COMPLIANT_LIST_LIMIT)
          tally.nonCompliantTrailList.push({
            ...trail,
            status: verdict.status,
            reasons: verdict.reasons,
          });
        else tally.nonCompliantTrailListTruncated = true;
      }
    }
    if (trails.length < PAGE) break;
    const last = trails[trails.length - 1];
    cursor = { createdAt: last.createdAt, id: last.id };
  }
  tally.complianceRate = rateOf(tally.compliantTrails, tally.totalTrails);
  return tally;
}
