import { applyPatch, type Operation } from 'fast-json-patch';
import { parse as parseYaml } from 'yaml';
import { statusErrors } from './status';

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

const CONTENT_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
  'application/apply-patch+json': 'apply',
};

export function patchTypeOf(contentType: string | undefined): PatchType {
  const base = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const type = CONTENT_TYPES[base];
  if (!type) throw statusErrors.unsupportedMediaType(base || '(none)');
  return type;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 7386 JSON merge patch: objects merge, `null` deletes, everything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

const isNamedList = (list: unknown): list is Array<Record<string, unknown>> =>
  Array.isArray(list) && list.length > 0 && list.every(item => isObject(item) && typeof item.name === 'string');

/**
 * A strategic merge patch approximated the way most objects need it: like a merge patch, except
 * that lists of named objects (containers, env, ports, volumes) merge item by item on `name`, and
 * an item carrying `$patch: delete` removes its namesake.
 */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (Array.isArray(patch) && isNamedList(patch) && isNamedList(target)) {
    const merged = target.map(item => ({ ...item }));
    for (const item of patch) {
      const index = merged.findIndex(m => m.name === item.name);
      if (item.$patch === 'delete') {
        if (index >= 0) merged.splice(index, 1);
      } else if (index >= 0) {
        merged[index] = strategicMergePatch(merged[index], item) as Record<string, unknown>;
      } else {
        merged.push(item);
      }
    }
    return merged;
  }
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch') continue;
    if (value === null) delete result[key];
    else result[key] = strategicMergePatch(result[key], value);
  }
  return result;
}

/** RFC 6902 JSON patch; a failing operation (a failed `test`, a missing path) is a 422 as on a real server. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw statusErrors.badRequest('json patch must be an array of operations');
  try {
    return applyPatch(structuredClone(target), operations as Operation[], true, false).newDocument;
  } catch (e) {
    throw statusErrors.badRequest(`the server rejected our request due to an error in our request: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Parses a patch body: YAML (a superset of JSON) for apply patches, JSON otherwise. */
export function parsePatchBody(type: PatchType, body: string): unknown {
  try {
    return type === 'apply' ? parseYaml(body) : JSON.parse(body);
  } catch (e) {
    throw statusErrors.badRequest(`error decoding patch: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function applyPatchOfType(type: PatchType, target: unknown, patch: unknown): unknown {
  switch (type) {
    case 'json':
      return jsonPatch(target, patch);
    case 'merge':
      return mergePatch(target, patch);
    case 'strategic':
      return strategicMergePatch(target, patch);
    case 'apply':
      // Server-side apply as create-or-merge: the applied configuration wins field by field.
      return mergePatch(target, patch);
    default:
      throw statusErrors.badRequest(`unknown patch type ${type}`);
  }
}
