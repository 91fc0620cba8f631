import type { JsonObject } from './json';
import type { ManifestObject } from './manifest';
import { threeWayJsonMergePatch } from './mergePatch';
import { PatchMeta } from './patchMeta';
import { threeWayStrategicMergePatch } from './strategicMergePatch';

export interface LivePatch {
  type: 'strategic' | 'merge';
  body: JsonObject;
}

/**
 * What Helm 3's `createPatch` (pkg/kube/client.go) sends to bring a live object to `modified`:
 * a three-way strategic merge patch for built-in kinds, a three-way JSON merge patch for kinds it
 * holds unstructured (custom resources, CustomResourceDefinitions). `original` is the object in
 * the release being replaced (undefined when that release did not have it). Undefined when there
 * is nothing to change, where Helm skips the request.
 */
export function livePatch(
  original: ManifestObject | undefined,
  modified: ManifestObject,
  current: JsonObject,
): LivePatch | undefined {
  const meta = PatchMeta.ofKind(modified.apiVersion, modified.kind);
  const body = meta
    ? threeWayStrategicMergePatch(original, modified, current, meta)
    : threeWayJsonMergePatch(original, modified, current);
  return Object.keys(body).length === 0
    ? undefined
    : { type: meta ? 'strategic' : 'merge', body };
}
