import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { createTestDatabases } from '@fawkes/test-kit';
import { EntityFeedStore } from './EntityFeedStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(120_000);
const databases = createTestDatabases();
const AWS = 'cloud-extractor:aws:123456789012';
const OTHER = 'cloud-extractor:aws:210987654321';

const entity = (name: string, owner = 'group:default/team-a'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, namespace: 'default' },
  spec: { type: 'ec2-instance', owner },
});

describe.each(databases.eachSupportedId())('the entity feed on %s', id => {
  let store: EntityFeedStore;
  let announced: number;
  let clock: number;
  beforeEach(async () => {
    const knex = await databases.init(id);
    announced = 0;
    clock = 1_000_000;
    store = new EntityFeedStore(
      await migrateDatabase(mockServices.database({ knex })),
      () => {
        announced += 1;
      },
      () => clock,
    );
  });

  /** Every change after `after`, read in pages of `limit`. */
  const readAll = async (after = 0, limit = 2) => {
    const items = [];
    let cursor = after;
    for (;;) {
      const page = await store.changes(cursor, limit);
      items.push(...page.items);
      if (page.items.length === 0) return { items, cursor };
      expect(page.cursor).toBeGreaterThan(cursor);
      cursor = page.cursor;
    }
  };
  const refs = (items: { entity_ref: string; entity: Entity | null }[]) =>
    items.map(i => `${i.entity_ref}${i.entity ? '' : ' (removed)'}`);

  it('numbers each change once, in order, and pages through them', async () => {
    await store.writePage(AWS, [entity('a'), entity('b'), entity('c')], 1000);
    await store.writePage(OTHER, [entity('x')], 1000);
    const { items, cursor } = await readAll();
    expect(refs(items)).toEqual([
      'resource:default/a',
      'resource:default/b',
      'resource:default/c',
      'resource:default/x',
    ]);
    expect(items[3].provider_name).toBe(OTHER);
    expect(items[0].entity).toEqual(entity('a'));
    expect((await store.changes(cursor, 10)).items).toEqual([]);
  });

  it('hands an unchanged entity to nobody again, but a changed one', async () => {
    await store.writePage(AWS, [entity('a'), entity('b')], 1000);
    const { cursor } = await readAll();
    await store.writePage(
      AWS,
      [entity('a'), entity('b', 'group:default/team-b')],
      2000,
    );
    const next = await readAll(cursor);
    expect(refs(next.items)).toEqual(['resource:default/b']);
    expect(next.items[0].entity?.spec?.owner).toBe('group:default/team-b');
  });

  it('removes after a complete scan only what that scan did not see, in its own scope', async () => {
    await store.writePage(AWS, [entity('a'), entity('b'), entity('c')], 1000);
    await store.writePage(OTHER, [entity('x')], 1000);
    const { cursor } = await readAll();
    // The next scan of AWS finds a (unchanged) and c; b is gone.
    await store.writePage(AWS, [entity('a'), entity('c')], 2000);
    expect(await store.removeUnseen(AWS, 2000)).toBe(1);
    const next = await readAll(cursor);
    expect(refs(next.items)).toEqual(['resource:default/b (removed)']);
    // Removing again changes nothing; the other account's entity was never touched.
    expect(await store.removeUnseen(AWS, 2000)).toBe(0);
    expect((await store.changes(next.cursor, 10)).items).toEqual([]);
    // Found again, it comes back.
    await store.writePage(AWS, [entity('b')], 3000);
    expect(refs((await readAll(next.cursor)).items)).toEqual([
      'resource:default/b',
    ]);
  });

  it('keeps what a newer scan saw when an older scan finishes its removal late', async () => {
    await store.writePage(AWS, [entity('a'), entity('b')], 1000);
    // Scan 2 (started at 2000) sees a; scan 1 (started at 1500) finishes after it.
    await store.writePage(AWS, [entity('a')], 2000);
    await store.writePage(AWS, [entity('a')], 1500);
    await store.removeUnseen(AWS, 1500);
    const { items } = await readAll();
    expect(refs(items)).toEqual([
      'resource:default/a',
      'resource:default/b (removed)',
    ]);
  });

  it('announces a write only when it changed the feed', async () => {
    await store.writePage(AWS, [entity('a')], 1000);
    expect(announced).toBe(1);
    await store.writePage(AWS, [entity('a')], 2000);
    expect(await store.removeUnseen(AWS, 2000)).toBe(0);
    expect(announced).toBe(1);
    await store.removeUnseen(AWS, 3000);
    expect(announced).toBe(2);
  });

  it('tells whether a catalog read the feed lately', async () => {
    expect(await store.readWithin(60_000)).toBe(false);
    await store.changes(0, 1);
    expect(await store.readWithin(60_000)).toBe(true);
  });

  it('gives each entity a complete scan removes its own revision, in one pass', async () => {
    await store.writePage(
      AWS,
      ['a', 'b', 'c', 'd'].map(n => entity(n)),
      1000,
    );
    const { cursor } = await readAll();
    await store.writePage(AWS, [entity('d')], 2000);
    expect(await store.removeUnseen(AWS, 2000)).toBe(3);
    // Pages of two: the removals are three distinct revisions after the cursor.
    const next = await readAll(cursor, 2);
    expect(refs(next.items).sort()).toEqual([
      'resource:default/a (removed)',
      'resource:default/b (removed)',
      'resource:default/c (removed)',
    ]);
    expect(next.cursor - cursor).toBe(3);
  });

  it('raises its read mark at most once a minute, so reads seldom wait for a writer', async () => {
    await store.changes(0, 1);
    clock += 30_000;
    await store.changes(0, 1);
    // Still the first read's mark: 30 s ago.
    expect(await store.readWithin(20_000)).toBe(false);
    expect(await store.readWithin(40_000)).toBe(true);
    clock += 40_000;
    await store.changes(0, 1);
    expect(await store.readWithin(1_000)).toBe(true);
  });
});
