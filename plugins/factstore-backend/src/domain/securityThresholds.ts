import type { FactStore } from '../database/FactStore';
import type { SecurityScan } from '../database/SecurityScanStore';
import { describeCounts } from '../evidence/findings';
import { limitBreaches, type SeverityLimits } from '../evidence/verdicts';

/** OpenFactstore's thresholds, in force for a flow until it sets its own. */
export const DEFAULT_THRESHOLDS: SeverityLimits = {
  maxCritical: 0,
  maxHigh: 0,
  maxMedium: 10,
  maxLow: null,
};

/** The security thresholds in force for a flow: its own, else the defaults. */
export async function thresholdsOf(
  store: FactStore,
  flowId: string,
): Promise<SeverityLimits> {
  return (await store.flows.getThresholds(flowId)) ?? DEFAULT_THRESHOLDS;
}

/** One scan checked against the flow's thresholds. */
export interface ThresholdCheck {
  scanId: string;
  name: string;
  tool: string;
  counts: SecurityScan['counts'];
  breaches: string[];
  passed: boolean;
  message: string;
}

/**
 * Checks the scans that speak for an artifact (the latest of each name, trail-wide or about its
 * digest) against the flow's thresholds as they are now, so lowering a threshold applies to scans
 * already recorded.
 */
export async function checkSecurityThresholds(
  store: FactStore,
  artifact: { flowId: string; trailId: string; sha256: string },
): Promise<ThresholdCheck[]> {
  const scans = await store.scans.latestFor(artifact.trailId, artifact.sha256);
  if (scans.length === 0) return [];
  return checkScans(scans, await thresholdsOf(store, artifact.flowId));
}

/** Scans already read, checked against limits already read. */
export function checkScans(
  scans: SecurityScan[],
  limits: SeverityLimits,
): ThresholdCheck[] {
  return scans.map(scan => {
    const breaches = limitBreaches(scan.counts, limits);
    return {
      scanId: scan.id,
      name: scan.name,
      tool: scan.tool,
      counts: scan.counts,
      breaches,
      passed: breaches.length === 0,
      message: `scan "${scan.name}" (${scan.id}, ${scan.tool}): ${describeCounts(scan.counts)}${breaches.length ? ` breaks the flow's security thresholds (${breaches.join(', ')})` : ", within the flow's security thresholds"}`,
    };
  });
}
