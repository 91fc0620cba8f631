import type { Entity } from '@backstage/catalog-model';
import type {
  DeferredEntity,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { providerName, type EntityFeed } from '../catalog/EntityFeed';

/**
 * An entity feed that records what a run writes, as the mutations the catalog ends up with: each
 * written page is a delta, and a removal after a complete scan turns that scope's pages into one
 * full mutation (its entities replace the scope's). All of them in order (`mutations`), and per
 * scope (`byScope`). Only `scopes` are read by the catalog (`readWithin`).
 */
export function capturingCatalog(provider: string, ...scopes: string[]) {
  const byScope: Record<string, EntityProviderMutation[]> = {};
  const order: string[] = [];
  const scopeOf = new Map(scopes.map(s => [providerName(provider, s), s]));
  for (const scope of scopes) {
    byScope[scope] = [];
    order.push(scope);
  }
  const record = (name: string) => {
    const scope = scopeOf.get(name) ?? name;
    if (!byScope[scope]) {
      byScope[scope] = [];
      order.push(scope);
    }
    return byScope[scope];
  };
  const deferred = (name: string, entities: Entity[]): DeferredEntity[] =>
    entities.map(entity => ({ entity, locationKey: name }));
  const feed: EntityFeed = {
    async writePage(name, entities) {
      record(name).push({
        type: 'delta',
        added: deferred(name, entities),
        removed: [],
      });
    },
    async removeUnseen(name) {
      const mutations = record(name);
      const entities = mutations.flatMap(m =>
        m.type === 'delta' ? m.added : m.entities,
      );
      mutations.splice(0, mutations.length, { type: 'full', entities });
      return 0;
    },
    async readWithin() {
      return scopes.length > 0;
    },
  };
  return {
    feed,
    byScope,
    get mutations() {
      return order.flatMap(scope => byScope[scope]);
    },
  };
}
