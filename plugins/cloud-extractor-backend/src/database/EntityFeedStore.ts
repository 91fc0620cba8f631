import { createHash } from 'node:crypto';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import type { EntityFeed } from '../catalog/EntityFeed';

const ENTITIES = 'cloud_entities';
const FEED = 'cloud_entity_feed';
/** Removals per transaction: a complete scan may remove many entities at once. */
const REMOVE_CHUNK = 500;
/**
 * How stale the feed's read mark may get before a read raises it. The mark only tells whether a
 * catalog reads the feed at all (within minutes), and raising it waits for the feed row's lock,
 * which every extraction write holds: most reads leave it alone.
 */
const READ_MARK_INTERVAL_MS = 60_000;

/** One change of the feed: an entity added or updated, or (entity null) removed. */
export interface EntityChange {
  provider_name: string;
  entity_ref: string;
  entity: Entity | null;
}

/**
 * The entity feed in the plugin's database. Each change gets the next revision, handed out under
 * the feed row's lock, so revisions commit in order and a reader that pages by revision misses
 * nothing. An entity found unchanged only has its `seen_at` raised: the catalog is not asked to
 * process it again.
 */
export class EntityFeedStore implements EntityFeed {
  constructor(
    private readonly db: Knex,
    /** Called after a write that changed the feed. */
    private readonly onChange: () => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  async writePage(
    providerName: string,
    entities: Entity[],
    scanStart: number,
  ): Promise<void> {
    if (entities.length === 0) return;
    const rows = new Map<string, { json: string; hash: string }>();
    for (const entity of entities) {
      const json = JSON.stringify(entity);
      rows.set(stringifyEntityRef(entity), {
        json,
        hash: createHash('sha256').update(json).digest('hex'),
      });
    }
    const refs = [...rows.keys()];
    const changes = await this.db.transaction(async tx => {
      const stored = new Map<string, string>(
        (
          await tx(ENTITIES)
            .where({ provider_name: providerName })
            .whereIn('entity_ref', refs)
            .select('entity_ref', 'hash')
        ).map(r => [r.entity_ref, r.hash]),
      );
      const changed = refs.filter(
        ref => stored.get(ref) !== rows.get(ref)!.hash,
      );
      const unchanged = refs.filter(
        ref => stored.get(ref) === rows.get(ref)!.hash,
      );
      if (changed.length > 0) {
        const first = await this.allocate(tx, changed.length);
        await tx(ENTITIES)
          .insert(
            changed.map((ref, i) => ({
              provider_name: providerName,
              entity_ref: ref,
              entity: rows.get(ref)!.json,
              hash: rows.get(ref)!.hash,
              revision: first + i,
              seen_at: scanStart,
            })),
          )
          .onConflict(['provider_name', 'entity_ref'])
          .merge(['entity', 'hash', 'revision', 'seen_at']);
      }
      if (unchanged.length > 0) {
        // Only raised: an older scan finishing late must not make a newer scan's find look unseen.
        await tx(ENTITIES)
          .where({ provider_name: providerName })
          .whereIn('entity_ref', unchanged)
          .where('seen_at', '<', scanStart)
          .update({ seen_at: scanStart });
      }
      return changed.length;
    });
    if (changes > 0) this.onChange();
  }

  async removeUnseen(providerName: string, scanStart: number): Promise<number> {
    let removed = 0;
    for (;;) {
      const count = await this.db.transaction(async tx => {
        const refs: string[] = (
          await tx(ENTITIES)
            .where({ provider_name: providerName })
            .where('seen_at', '<', scanStart)
            .whereNotNull('entity')
            .select('entity_ref')
            .limit(REMOVE_CHUNK)
        ).map(r => r.entity_ref);
        if (refs.length === 0) return 0;
        const first = await this.allocate(tx, refs.length);
        // One statement for the chunk: each ref gets its own revision, in the order read.
        await tx(ENTITIES)
          .where({ provider_name: providerName })
          .whereIn('entity_ref', refs)
          .update({
            entity: null,
            hash: '',
            revision: tx.raw(
              `case entity_ref ${refs.map(() => 'when ? then cast(? as bigint)').join(' ')} end`,
              refs.flatMap((ref, i) => [ref, first + i]),
            ),
          });
        return refs.length;
      });
      removed += count;
      if (count > 0) this.onChange();
      if (count < REMOVE_CHUNK) return removed;
    }
  }

  /** The changes after `after`, oldest first, and the cursor to ask from next. */
  async changes(
    after: number,
    limit: number,
  ): Promise<{ items: EntityChange[]; cursor: number }> {
    const rows = await this.db(ENTITIES)
      .where('revision', '>', after)
      .orderBy('revision')
      .limit(limit)
      .select('provider_name', 'entity_ref', 'entity', 'revision');
    const now = this.now();
    await this.db(FEED)
      .where({ id: 1 })
      .andWhere(q =>
        q
          .whereNull('read_at')
          .orWhere('read_at', '<', now - READ_MARK_INTERVAL_MS),
      )
      .update({ read_at: now });
    return {
      items: rows.map(r => ({
        provider_name: r.provider_name,
        entity_ref: r.entity_ref,
        entity: r.entity === null ? null : JSON.parse(r.entity),
      })),
      cursor: rows.length > 0 ? Number(rows[rows.length - 1].revision) : after,
    };
  }

  async readWithin(ms: number): Promise<boolean> {
    const row = await this.db(FEED).where({ id: 1 }).first('read_at');
    if (row?.read_at === null || row?.read_at === undefined) return false;
    return Number(row.read_at) >= this.now() - ms;
  }

  /** Hands out `count` revisions; the feed row stays locked until the transaction ends. */
  private async allocate(tx: Knex.Transaction, count: number): Promise<number> {
    await tx(FEED).where({ id: 1 }).increment('revision', count);
    const { revision } = await tx(FEED).where({ id: 1 }).first('revision');
    return Number(revision) - count + 1;
  }
}
