/** A JSON object as parsed from a manifest or read from the API. */
export type JsonObject = Record<string, unknown>;

export const isJsonObject = (v: unknown): v is JsonObject =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** The JSON type of a value, as Go's decoder sees it (every number is one type). */
export const jsonType = (v: unknown): string => {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
};

/** Deep equality of JSON values; key order does not count. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const type = jsonType(a);
  if (type !== jsonType(b)) return false;
  if (type === 'array') {
    const left = a as unknown[];
    const right = b as unknown[];
    return (
      left.length === right.length &&
      left.every((item, i) => jsonEqual(item, right[i]))
    );
  }
  if (type === 'object') {
    const left = a as JsonObject;
    const right = b as JsonObject;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every(k => k in right && jsonEqual(left[k], right[k]))
    );
  }
  return false;
}

/** How Go prints a scalar with %v, which Kubernetes uses to compare merge keys and sort scalars. */
export const scalarText = (v: unknown): string =>
  v === null || v === undefined ? '<nil>' : String(v);
