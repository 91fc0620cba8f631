import type { LoggerService } from '@backstage/backend-plugin-api';
import type { DeferredEntity } from '@backstage/plugin-catalog-node';
import type { CloudExtractorClient } from '@fawkes/plugin-cloud-extractor-common';
import type { CloudEntityProvider } from './CloudEntityProvider';
import { feedReadFailure } from './feedReadFailure';

/**
 * Reads the cloud-extractor's entity feed page by page and applies each page to the catalog as
 * delta mutations of the scopes' providers: adds, updates and the removals a complete scan made.
 * Memory stays at one page. The cursor lives in memory: after a restart the feed is read from
 * the start again, which the catalog absorbs (unchanged entities are not processed again).
 */
export class EntityFeedReader {
  private cursor = 0;
  private readonly unknown = new Set<string>();
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly client: Pick<CloudExtractorClient, 'listEntityChanges'>,
    private readonly providers: Map<string, CloudEntityProvider>,
    private readonly logger: LoggerService,
    private readonly pageSize = 500,
  ) {}

  /**
   * Reads the feed now, one read at a time: a request during a read makes one more read after it,
   * so a change announced mid-read is not missed and reads never overlap (the cursor is shared).
   */
  async requestSync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.sync();
        } while (this.again);
      } catch (error) {
        // Logged here, once per failed read: a scheduled local task's error is not logged.
        this.logger.warn(feedReadFailure(error));
        throw error;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Reads until the feed has nothing new; answers how many changes were applied. */
  private async sync(): Promise<number> {
    // Until the catalog has connected every provider, a page could not be applied in full.
    if ([...this.providers.values()].some(p => !p.connected())) return 0;
    let applied = 0;
    for (;;) {
      const page = await this.client.listEntityChanges({
        params: {
          query: { after: String(this.cursor), limit: String(this.pageSize) },
        },
      });
      const byProvider = new Map<
        string,
        {
          added: DeferredEntity[];
          removed: { entityRef: string; locationKey: string }[];
        }
      >();
      for (const change of page.items) {
        if (!this.providers.has(change.provider_name)) {
          this.warnUnknown(change.provider_name);
          continue;
        }
        let delta = byProvider.get(change.provider_name);
        if (!delta) {
          delta = { added: [], removed: [] };
          byProvider.set(change.provider_name, delta);
        }
        if (change.entity)
          delta.added.push({
            entity: change.entity as DeferredEntity['entity'],
            locationKey: change.provider_name,
          });
        else
          delta.removed.push({
            entityRef: change.entity_ref,
            locationKey: change.provider_name,
          });
      }
      for (const [name, delta] of byProvider) {
        await this.providers
          .get(name)!
          .connected()!
          .applyMutation({ type: 'delta', ...delta });
      }
      applied += page.items.length;
      this.cursor = page.cursor;
      if (page.items.length < this.pageSize) return applied;
    }
  }

  private warnUnknown(name: string) {
    if (this.unknown.has(name)) return;
    this.unknown.add(name);
    this.logger.warn(
      `The cloud-extractor feed has entities of ${name}, which is not configured under cloudExtractor.providers in this backend; they are skipped`,
    );
  }
}
