import type { Page } from '../database/rows';
import type { FactStore } from '../database/FactStore';
import type { Trail } from '../database/TrailStore';
import { complianceOfTrails } from './complianceOfTrails';
import type { TrailComplianceStatus } from './trailCompliance';

export type ListedTrail = Trail & { complianceStatus: TrailComplianceStatus };

/** Trails are read this many at a time while a compliance filter looks for its page. */
const SCAN_BATCH = 200;

/**
 * Trails of a flow (or all), newest first, each with its compliance status. With `status`, only
 * trails in that state: compliance is computed, not stored, so trails are read in batches (a few
 * queries per batch) until the page is full; `offset` counts matching trails.
 */
export async function listTrails(
  store: FactStore,
  filter: { flowId?: string },
  page: Page,
  status?: TrailComplianceStatus,
): Promise<ListedTrail[]> {
  const withStatus = async (trails: Trail[]) => {
    const compliance = await complianceOfTrails(store, trails);
    return trails.map(t => ({
      ...t,
      complianceStatus: compliance.get(t.id)!.status,
    }));
  };
  if (!status) return withStatus(await store.trails.list(filter, page));
  const matched: ListedTrail[] = [];
  let skipped = 0;
  for (let offset = 0; ; offset += SCAN_BATCH) {
    const batch = await store.trails.list(filter, {
      limit: SCAN_BATCH,
      offset,
    });
    for (const trail of await withStatus(batch)) {
      if (trail.complianceStatus !== status) continue;
      if (skipped < page.offset) skipped++;
      else if (matched.push(trail) === page.limit) return matched;
    }
    if (batch.length < SCAN_BATCH) return matched;
  }
}
