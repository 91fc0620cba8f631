import { isJsonObject, jsonEqual, type JsonObject } from './json';

/** The changes and additions from `from` to `to` (RFC 7386 form); fields `to` lacks are left alone. */
function changes(from: JsonObject, to: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const [key, value] of Object.entries(to)) {
    if (value === null || value === undefined) continue;
    const old = from[key];
    if (isJsonObject(value) && isJsonObject(old)) {
      const sub = changes(old, value);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (!jsonEqual(old, value)) {
      patch[key] = value;
    }
  }
  return patch;
}

/** `null` for each field `from` has and `to` drops (or sets to null), at any depth. */
function deletions(from: JsonObject, to: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const [key, old] of Object.entries(from)) {
    const value = to[key];
    if (value === null || value === undefined) {
      if (old !== null) patch[key] = null;
    } else if (isJsonObject(old) && isJsonObject(value)) {
      const sub = deletions(old, value);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    }
  }
  return patch;
}

function deepMerge(base: JsonObject, extra: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] =
      isJsonObject(existing) && isJsonObject(value)
        ? deepMerge(existing, value)
        : value;
  }
  return merged;
}

/**
 * A three-way JSON merge patch (RFC 7386), as apimachinery's `CreateThreeWayJSONMergePatch` that
 * Helm uses for kinds without strategic-merge metadata (custom resources, CRDs): what changed from
 * the live object (`current`) to `modified`, plus `null` for each field `original` (the object in
 * the release being replaced) set and `modified` drops. Fields only the live object has (set by
 * controllers, defaulting or people) are left alone. Lists are replaced whole.
 */
export function threeWayJsonMergePatch(
  original: JsonObject | undefined,
  modified: JsonObject,
  current: JsonObject,
): JsonObject {
  return deepMerge(
    deletions(original ?? {}, modified),
    changes(current, modified),
  );
}
