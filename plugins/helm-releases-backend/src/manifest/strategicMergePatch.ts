import {
  isJsonObject,
  jsonEqual,
  jsonType,
  scalarText,
  type JsonObject,
} from './json';
import type { PatchMeta } from './patchMeta';

interface DiffOptions {
  /** Leave out fields `original` has and `modified` drops (the pass from the live object). */
  ignoreDeletions?: boolean;
  /** Leave out what `modified` adds or changes (the pass from the previous release's object). */
  ignoreChangesAndAdditions?: boolean;
  /** The object's field is tagged retainKeys: say which keys it keeps. */
  buildRetainKeys?: boolean;
}

const SET_ORDER = '$setElementOrder/';
const DELETE_FROM = '$deleteFromPrimitiveList/';

const byText = (a: unknown, b: unknown) => {
  const [x, y] = [scalarText(a), scalarText(b)];
  if (x === y) return 0;
  return x < y ? -1 : 1;
};

function mergeKeyOf(item: unknown, mergeKey: string, field: string): string {
  if (!isJsonObject(item) || item[mergeKey] === undefined) {
    throw new Error(
      `cannot compute a strategic merge patch: an item of ${field} has no ${mergeKey}`,
    );
  }
  return scalarText(item[mergeKey]);
}

interface ListDiff {
  patch: unknown[];
  deleteFromPrimitiveList: unknown[];
  setElementOrder: unknown[];
}

function diffListsOfMaps(
  original: unknown[],
  modified: unknown[],
  meta: PatchMeta,
  mergeKey: string,
  field: string,
  options: DiffOptions,
): ListDiff {
  const originalByKey = new Map(
    original.map(item => [
      mergeKeyOf(item, mergeKey, field),
      item as JsonObject,
    ]),
  );
  const modifiedKeys = new Set(
    modified.map(item => mergeKeyOf(item, mergeKey, field)),
  );
  const patch: unknown[] = [];
  for (const item of modified as JsonObject[]) {
    const previous = originalByKey.get(scalarText(item[mergeKey]));
    if (previous) {
      const itemPatch = diffMaps(previous, item, meta, options);
      if (Object.keys(itemPatch).length > 0)
        patch.push({ ...itemPatch, [mergeKey]: item[mergeKey] });
    } else if (!options.ignoreChangesAndAdditions) {
      patch.push(item);
    }
  }
  if (!options.ignoreDeletions) {
    for (const [key, item] of originalByKey) {
      if (!modifiedKeys.has(key))
        patch.push({ [mergeKey]: item[mergeKey], $patch: 'delete' });
    }
  }
  const orderSame =
    original.length === modified.length &&
    original.every((item, i) =>
      jsonEqual(
        (item as JsonObject)[mergeKey],
        (modified[i] as JsonObject)[mergeKey],
      ),
    );
  const withOrder =
    (!options.ignoreChangesAndAdditions && (patch.length > 0 || !orderSame)) ||
    (!options.ignoreDeletions && patch.length > 0);
  return {
    patch,
    deleteFromPrimitiveList: [],
    setElementOrder: withOrder
      ? modified.map(item => ({ [mergeKey]: (item as JsonObject)[mergeKey] }))
      : [],
  };
}

function diffListsOfScalars(
  original: unknown[],
  modified: unknown[],
  options: DiffOptions,
): ListDiff {
  const originalTexts = new Set(original.map(scalarText));
  const modifiedTexts = new Set(modified.map(scalarText));
  const added = options.ignoreChangesAndAdditions
    ? []
    : modified.filter(v => !originalTexts.has(scalarText(v)));
  const removed = options.ignoreDeletions
    ? []
    : [
        ...new Map(
          original
            .filter(v => !modifiedTexts.has(scalarText(v)))
            .map(v => [scalarText(v), v]),
        ).values(),
      ].sort(byText);
  const withOrder =
    (!options.ignoreDeletions && removed.length > 0) ||
    (!options.ignoreChangesAndAdditions && !jsonEqual(original, modified));
  return {
    patch: added,
    deleteFromPrimitiveList: removed,
    setElementOrder: withOrder ? modified : [],
  };
}

function diffMergingLists(
  original: unknown[],
  modified: unknown[],
  meta: PatchMeta,
  mergeKey: string | undefined,
  field: string,
  options: DiffOptions,
): ListDiff {
  if (original.length === 0) {
    const patch =
      modified.length === 0 || options.ignoreChangesAndAdditions
        ? []
        : modified;
    return { patch, deleteFromPrimitiveList: [], setElementOrder: [] };
  }
  const types = new Set([...original, ...modified].map(jsonType));
  if (types.size > 1)
    throw new Error(
      `cannot compute a strategic merge patch: the items of ${field} are not all of one type`,
    );
  if (types.has('array'))
    throw new Error(
      `cannot compute a strategic merge patch: ${field} is a list of lists`,
    );
  if (types.has('object')) {
    if (!mergeKey)
      throw new Error(
        `cannot compute a strategic merge patch: ${field} has no merge key`,
      );
    return diffListsOfMaps(original, modified, meta, mergeKey, field, options);
  }
  return diffListsOfScalars(original, modified, options);
}

/**
 * apimachinery's `diffMaps`: the strategic merge patch from `original` to `modified`. Lists tagged
 * `merge` get their items' patches, `$patch: delete` items, `$deleteFromPrimitiveList/<field>` and
 * `$setElementOrder/<field>`; other lists are replaced when they differ; dropped fields become null.
 */
function diffMaps(
  original: JsonObject,
  modified: JsonObject,
  meta: PatchMeta,
  options: DiffOptions,
): JsonObject {
  const patch: JsonObject = {};
  const retainKeys: string[] = [];
  const changes = !options.ignoreChangesAndAdditions;
  for (const [key, value] of Object.entries(modified)) {
    if (options.buildRetainKeys && value !== null && value !== undefined)
      retainKeys.push(key);
    if (!(key in original)) {
      if (changes) patch[key] = value;
      continue;
    }
    const old = original[key];
    if (jsonType(old) !== jsonType(value)) {
      if (changes) patch[key] = value;
      continue;
    }
    const field = meta.field(key);
    if (isJsonObject(value)) {
      if (field.strategy === 'replace') {
        if (changes) patch[key] = value;
        continue;
      }
      const sub = diffMaps(old as JsonObject, value, meta.child(key), {
        ...options,
        buildRetainKeys: !!field.retainKeys,
      });
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (Array.isArray(value) && field.strategy === 'merge') {
      const diff = diffMergingLists(
        old as unknown[],
        value,
        meta.child(key),
        field.mergeKey,
        key,
        { ...options, buildRetainKeys: !!field.retainKeys },
      );
      if (diff.patch.length > 0) patch[key] = diff.patch;
      if (diff.deleteFromPrimitiveList.length > 0)
        patch[DELETE_FROM + key] = diff.deleteFromPrimitiveList;
      if (diff.setElementOrder.length > 0)
        patch[SET_ORDER + key] = diff.setElementOrder;
    } else if (changes && !jsonEqual(old, value)) {
      patch[key] = value;
    }
  }
  if (!options.ignoreDeletions) {
    for (const key of Object.keys(original))
      if (!(key in modified)) patch[key] = null;
  }
  const dropsKeys = Object.entries(original).some(
    ([key, value]) => value !== null && !(key in modified),
  );
  if (retainKeys.length > 0 && (Object.keys(patch).length > 0 || dropsKeys))
    patch.$retainKeys = retainKeys.sort();
  return patch;
}

/** Merges two merge-key lists of patch items; items stay in `$setElementOrder` order, deletions last. */
function mergeItemLists(
  base: unknown[],
  extra: unknown[],
  meta: PatchMeta,
  mergeKey: string | undefined,
  order: unknown,
): unknown[] {
  if (!mergeKey)
    return [
      ...new Map([...base, ...extra].map(v => [scalarText(v), v])).values(),
    ];
  const merged = [...base] as JsonObject[];
  for (const item of extra as JsonObject[]) {
    const i = merged.findIndex(
      m => scalarText(m[mergeKey]) === scalarText(item[mergeKey]),
    );
    if (i >= 0) merged[i] = mergePatches(merged[i], item, meta);
    else merged.push(item);
  }
  const keys = Array.isArray(order)
    ? order.map(o => scalarText((o as JsonObject)?.[mergeKey]))
    : [];
  const rank = (item: JsonObject) => {
    const i = keys.indexOf(scalarText(item[mergeKey]));
    return i < 0 ? keys.length : i;
  };
  const kept = merged
    .filter(m => m.$patch !== 'delete')
    .sort((a, b) => rank(a) - rank(b));
  return [...kept, ...merged.filter(m => m.$patch === 'delete')];
}

/** Merges the deletions patch with the changes patch (apimachinery's `mergeMap` without parallel lists). */
function mergePatches(
  base: JsonObject,
  extra: JsonObject,
  meta: PatchMeta,
): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    const field = meta.field(key);
    if (
      key.startsWith('$') ||
      value === null ||
      jsonType(existing) !== jsonType(value)
    ) {
      merged[key] = value;
    } else if (isJsonObject(value)) {
      merged[key] =
        field.strategy === 'replace'
          ? value
          : mergePatches(existing as JsonObject, value, meta.child(key));
    } else if (Array.isArray(value) && field.strategy === 'merge') {
      merged[key] = mergeItemLists(
        existing as unknown[],
        value,
        meta.child(key),
        field.mergeKey,
        extra[SET_ORDER + key] ?? base[SET_ORDER + key],
      );
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * A three-way strategic merge patch, as apimachinery's `CreateThreeWayMergePatch` (overwrite on)
 * that Helm 3 sends for built-in kinds: the changes and additions from the live object (`current`)
 * to `modified`, plus the deletions from `original` (the object of the release being replaced) to
 * `modified`. What only the live object has (a sidecar an admission webhook injected, a label
 * someone added, fields set by defaulting or controllers) is left alone; lists tagged `merge` are
 * merged item by item on their merge key. An empty object means there is nothing to change.
 */
export function threeWayStrategicMergePatch(
  original: JsonObject | undefined,
  modified: JsonObject,
  current: JsonObject,
  meta: PatchMeta,
): JsonObject {
  const delta = diffMaps(current, modified, meta, { ignoreDeletions: true });
  const removals = diffMaps(original ?? {}, modified, meta, {
    ignoreChangesAndAdditions: true,
  });
  return mergePatches(removals, delta, meta);
}
