import type { Entity } from '@backstage/catalog-model';

/**
 * Where a run writes the entities it finds, page by page. The catalog module reads what changed
 * from the plugin's API, so the catalog may run in this backend or another.
 */
export interface EntityFeed {
  /** Adds or updates one page of a scope's entities, marking them seen by the scan started at `scanStart`. */
  writePage(
    providerName: string,
    entities: Entity[],
    scanStart: number,
  ): Promise<void>;
  /** After a complete scan: removes the scope's entities that no scan since `scanStart` found. */
  removeUnseen(providerName: string, scanStart: number): Promise<number>;
  /** Whether a catalog read the feed within the last `ms`. */
  readWithin(ms: number): Promise<boolean>;
}

/** The entity provider name of a scope, e.g. `cloud-extractor:aws:123456789012`. */
export function providerName(provider: string, scope: string): string {
  return `cloud-extractor:${provider}:${scope}`;
}
