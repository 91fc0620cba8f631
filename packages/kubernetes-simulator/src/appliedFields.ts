/*
 * Field ownership of server-side apply, as far as the simulator keeps it: the fields a manager's
 * applied configuration sets, in the API server's FieldsV1 form (`{"f:data": {"f:key": {}}}`).
 * When the same manager applies again without some of them, the API server removes those fields
 * (unless another manager owns them); plain merging would keep them. A plain write (Update) owns
 * the fields it set or changed. Simplified: lists are owned whole, where the real server owns the
 * items of keyed lists one by one, and a write does not take fields away from other managers.
 */

export type FieldSet = { [field: string]: FieldSet };

// Identity and server-set fields are never owned.
const UNOWNED = new Set([
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.resourceVersion',
  'metadata.uid',
  'metadata.managedFields',
  'status',
]);

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields an applied configuration sets. */
export function fieldSetOf(
  config: Record<string, unknown>,
  path = '',
): FieldSet {
  const set: FieldSet = {};
  for (const [key, value] of Object.entries(config)) {
    const at = path ? `${path}.${key}` : key;
    if (UNOWNED.has(at) || key === '__proto__') continue;
    if (!isMap(value) || Object.keys(value).length === 0) {
      set[`f:${key}`] = {};
      continue;
    }
    // A map of nothing but identity (metadata with only a name) is not owned at all.
    const children = fieldSetOf(value, at);
    if (Object.keys(children).length > 0) set[`f:${key}`] = children;
  }
  return set;
}

/**
 * Removes from `object` the fields `before` owned and `after` no longer does, unless one of
 * `others` owns them; a map left empty by that is removed when it was dropped too.
 */
export function removeDroppedFields(
  object: Record<string, unknown>,
  before: FieldSet,
  after: FieldSet,
  others: FieldSet[],
): void {
  for (const [field, owned] of Object.entries(before)) {
    const key = field.slice(2);
    // Own members only: `in` would also reach Object.prototype (a `__proto__` field).
    if (!Object.hasOwn(object, key)) continue;
    const stillApplied = after[field];
    const ownedElsewhere = others
      .filter(set => set[field])
      .map(set => set[field]);
    const value = object[key];
    if (isMap(value) && Object.keys(owned).length > 0) {
      removeDroppedFields(value, owned, stillApplied ?? {}, ownedElsewhere);
      if (
        !stillApplied &&
        ownedElsewhere.length === 0 &&
        Object.keys(value).length === 0
      )
        delete object[key];
    } else if (!stillApplied && ownedElsewhere.length === 0) {
      delete object[key];
    }
  }
}

/** The fields `after` sets that `before` lacks or holds another value for. */
export function changedFieldSet(
  before: unknown,
  after: Record<string, unknown>,
  path = '',
): FieldSet {
  const set: FieldSet = {};
  const previous = isMap(before) ? before : {};
  for (const [key, value] of Object.entries(after)) {
    const at = path ? `${path}.${key}` : key;
    if (UNOWNED.has(at) || key === '__proto__') continue;
    const old = Object.hasOwn(previous, key) ? previous[key] : undefined;
    if (isMap(value) && Object.keys(value).length > 0) {
      const children = changedFieldSet(old, value, at);
      if (Object.keys(children).length > 0) set[`f:${key}`] = children;
    } else if (JSON.stringify(old) !== JSON.stringify(value)) {
      set[`f:${key}`] = {};
    }
  }
  return set;
}

/** Both field sets in one. */
export function mergeFieldSets(a: FieldSet, b: FieldSet): FieldSet {
  const merged: FieldSet = { ...a };
  for (const [field, children] of Object.entries(b))
    merged[field] = merged[field]
      ? mergeFieldSets(merged[field], children)
      : children;
  return merged;
}
