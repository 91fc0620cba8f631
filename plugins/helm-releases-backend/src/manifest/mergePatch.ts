const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A JSON merge patch (RFC 7386) that turns the live object into `target` for the fields Helm owns:
 * every field of the target, and null for each field the previous revision set and the target
 * dropped. Fields set by others (controllers, defaulting) are left alone, as Helm's three-way
 * merge leaves them. Lists are replaced whole, as merge patch does.
 */
export function threeWayMergePatch(previous: unknown, target: unknown): unknown {
  if (!isPlainObject(target)) return target;
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    patch[key] = isPlainObject(value) ? threeWayMergePatch(isPlainObject(previous) ? previous[key] : undefined, value) : value;
  }
  if (isPlainObject(previous)) {
    for (const key of Object.keys(previous)) {
      if (!(key in target)) patch[key] = null;
    }
  }
  return patch;
}
