import { applyPatch, type Operation } from 'fast-json-patch';
import { parse as parseYaml } from 'yaml';
import { KubeStatusError, statusErrors } from './status';

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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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

// Strategic merge patch, as the API server applies it (apimachinery's strategicpatch package).

/**
 * The patch metadata of the built-in kinds: for each struct type, its fields tagged in k8s.io/api
 * (`patchStrategy:"merge"` lists with their `patchMergeKey`, `''` for lists of scalars merged as a
 * set; `patchStrategy:"replace"` objects) and the struct type of fields that contain such fields.
 * Every other list is replaced whole and every other object merged key by key.
 */
interface FieldMeta {
  /** A list merged item by item on this key (`''`: a list of scalars merged as a set). */
  mergeKey?: string;
  /** An object replaced whole. */
  replace?: boolean;
  /** The struct type of the value (of each item, for a list). */
  type?: string;
}
type Fields = Record<string, FieldMeta>;
const merge = (mergeKey: string, type?: string): FieldMeta => ({
  mergeKey,
  type,
});
const typed = (type: string): FieldMeta => ({ type });

const container = merge('name', 'Container');
const meta = typed('ObjectMeta');
const SCHEMA: Record<string, Fields> = {
  ObjectMeta: { finalizers: merge(''), ownerReferences: merge('uid') },
  Container: {
    ports: merge('containerPort'),
    env: merge('name'),
    volumeMounts: merge('mountPath'),
    volumeDevices: merge('devicePath'),
  },
  PodSpec: {
    containers: container,
    initContainers: container,
    ephemeralContainers: container,
    volumes: merge('name'),
    imagePullSecrets: merge('name'),
    hostAliases: merge('ip'),
    topologySpreadConstraints: merge('topologyKey'),
    schedulingGates: merge('name'),
    resourceClaims: merge('name'),
  },
  PodTemplateSpec: { metadata: meta, spec: typed('PodSpec') },
  TemplateOwnerSpec: { template: typed('PodTemplateSpec') },
  JobTemplateSpec: { metadata: meta, spec: typed('TemplateOwnerSpec') },
  CronJobSpec: { jobTemplate: typed('JobTemplateSpec') },
  ServiceSpec: { ports: merge('port') },
  PodDisruptionBudgetSpec: { selector: { replace: true } },
  Object: { metadata: meta },
};
const KIND_SPECS: Record<string, string> = {
  Pod: 'PodSpec',
  Deployment: 'TemplateOwnerSpec',
  StatefulSet: 'TemplateOwnerSpec',
  DaemonSet: 'TemplateOwnerSpec',
  ReplicaSet: 'TemplateOwnerSpec',
  ReplicationController: 'TemplateOwnerSpec',
  Job: 'TemplateOwnerSpec',
  CronJob: 'CronJobSpec',
  Service: 'ServiceSpec',
  PodDisruptionBudget: 'PodDisruptionBudgetSpec',
};
const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'node.k8s.io',
  'admissionregistration.k8s.io',
  'certificates.k8s.io',
  'events.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'resource.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
]);

const fieldsOf = (type: string | undefined): Fields =>
  type ? (SCHEMA[type] ?? {}) : {};

function rootFields(object: Record<string, unknown>): Fields {
  const kind = String(object.kind ?? '');
  const fields: Fields = { ...SCHEMA.Object };
  if (KIND_SPECS[kind]) fields.spec = typed(KIND_SPECS[kind]);
  if (kind === 'PodTemplate') fields.template = typed('PodTemplateSpec');
  if (kind === 'ServiceAccount') fields.secrets = merge('name');
  return fields;
}

const SET_ORDER = '$setElementOrder/';
const DELETE_FROM = '$deleteFromPrimitiveList/';
const text = (v: unknown) =>
  v === null || v === undefined ? '<nil>' : String(v);
const kindOf = (v: unknown) => {
  if (v === null || v === undefined) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
};
const badPatch = (message: string) => statusErrors.badRequest(message);

/** Drops `$patch` items and other `$` directives from a value the patch adds (the typed decode would). */
function withoutDirectives(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .filter(v => !(isObject(v) && '$patch' in v))
      .map(withoutDirectives);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !k.startsWith('$') && v !== null)
      .map(([k, v]) => [k, withoutDirectives(v)]),
  );
}

type Identity = (item: unknown) => string;
const identityOf = (mergeKey: string): Identity =>
  mergeKey ? item => text((item as Record<string, unknown>)?.[mergeKey]) : text;

/** Orders `items` by their place in `order`; those not in it keep their relative order, at the end. */
function sortByOrder(
  items: unknown[],
  order: unknown[],
  id: Identity,
): unknown[] {
  const places = order.map(id);
  const rank = (item: unknown) => {
    const i = places.indexOf(id(item));
    return i < 0 ? places.length : i;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** apimachinery's normalizeElementOrder: patch items in patch order, server-only items slotted in by the live order. */
function normalizeElementOrder(
  patchItems: unknown[],
  serverOnly: unknown[],
  patchOrder: unknown[],
  serverOrder: unknown[],
  id: Identity,
): unknown[] {
  const right = sortByOrder(patchItems, patchOrder, id);
  const left = sortByOrder(serverOnly, serverOrder, id);
  const places = serverOrder.map(id);
  const result: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) result.push(right[j++]);
    else if (j >= right.length) result.push(left[i++]);
    else {
      const l = places.indexOf(id(left[i]));
      const r = places.indexOf(id(right[j]));
      if (l >= 0 && r >= 0 && l < r) result.push(left[i++]);
      else result.push(right[j++]);
    }
  }
  return result;
}

function orderMerged(
  merged: unknown[],
  patchOrder: unknown[],
  serverOrder: unknown[],
  id: Identity,
): unknown[] {
  const inPatch = new Set(patchOrder.map(id));
  return normalizeElementOrder(
    merged.filter(m => inPatch.has(id(m))),
    merged.filter(m => !inPatch.has(id(m))),
    patchOrder,
    serverOrder,
    id,
  );
}

function mergeList(
  original: unknown[],
  patch: unknown[],
  field: string,
  fieldMeta: FieldMeta | undefined,
  isDeleteList: boolean,
): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const mergeKey = fieldMeta?.mergeKey ?? '';
  const objects = [...original, ...patch].some(isObject);
  if (!objects) {
    const removed = new Set(patch.map(text));
    if (isDeleteList) return original.filter(v => !removed.has(text(v)));
    const merged = [
      ...new Map([...original, ...patch].map(v => [text(v), v])).values(),
    ];
    return orderMerged(merged, patch, original, text);
  }
  if (!mergeKey)
    throw badPatch(`cannot merge lists without merge key for ${field}`);
  const id = identityOf(mergeKey);
  let base = [...original];
  let items: unknown[] = [];
  for (const item of patch) {
    if (!isObject(item))
      throw badPatch(`list element types are not identical in ${field}`);
    const directive = item.$patch;
    if (directive === undefined) items.push(item);
    else if (directive === 'delete') {
      if (item[mergeKey] === undefined)
        throw badPatch(
          `map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`,
        );
      base = base.filter(b => id(b) !== id(item));
    } else if (directive === 'replace') {
      base = patch
        .filter(p => !(isObject(p) && '$patch' in p))
        .map(withoutDirectives);
      items = [];
      break;
    } else {
      throw badPatch(
        `Unknown patch type: ${String(directive)} in map: ${JSON.stringify(item)}`,
      );
    }
  }
  const itemFields = fieldsOf(fieldMeta?.type);
  for (const item of items as Array<Record<string, unknown>>) {
    if (item[mergeKey] === undefined)
      throw badPatch(
        `map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`,
      );
    const at = base.findIndex(b => id(b) === id(item));
    if (at >= 0)
      base[at] = applyStrategic(
        base[at] as Record<string, unknown>,
        item,
        itemFields,
      );
    else base.push(withoutDirectives(item));
  }
  return orderMerged(base, items, original, id);
}

/** Applies `$setElementOrder/<field>`: merges the field's patch list, then orders the result. */
function applyElementOrder(
  result: Record<string, unknown>,
  patch: Record<string, unknown>,
  field: string,
  fields: Fields,
): void {
  const order = patch[SET_ORDER + field];
  if (!Array.isArray(order))
    throw badPatch('invalid patch format of setElementOrder list');
  const fieldMeta = fields[field];
  const original = Array.isArray(result[field])
    ? (result[field] as unknown[])
    : undefined;
  const list = Array.isArray(patch[field])
    ? (patch[field] as unknown[])
    : undefined;
  if (!original && !list) return;
  const id = identityOf(fieldMeta?.mergeKey ?? '');
  const notDeleted = (list ?? []).filter(
    item => !(isObject(item) && item.$patch === 'delete'),
  );
  let o = 0;
  for (const item of notDeleted) {
    while (o < order.length && id(order[o]) !== id(item)) o++;
    if (o === order.length)
      throw badPatch(
        `The order in patch list:\n${JSON.stringify(list)}\n doesn't match ${SET_ORDER}${field} list:\n${JSON.stringify(order)}`,
      );
  }
  let merged: unknown[];
  if (original && list)
    merged = mergeList(original, list, field, fieldMeta, false);
  else merged = original ?? (withoutDirectives(list) as unknown[]);
  result[field] = orderMerged(merged, order, original ?? [], id);
}

/** Clears the keys `$retainKeys` does not name, after checking the patch sets none of them. */
function applyRetainKeys(
  result: Record<string, unknown>,
  patch: Record<string, unknown>,
): void {
  const retain = patch.$retainKeys;
  if (!Array.isArray(retain))
    throw badPatch('invalid patch format of retainKeys');
  const kept = new Set(retain.map(text));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || key.startsWith('$')) continue;
    if (!kept.has(key)) throw badPatch('invalid patch format of retainKeys');
  }
  for (const key of Object.keys(result)) if (!kept.has(key)) delete result[key];
}

/** apimachinery's mergeMap, as the server runs it (parallel lists applied, unmatched nulls ignored). */
function applyStrategic(
  original: Record<string, unknown> | undefined,
  patch: Record<string, unknown>,
  fields: Fields,
): Record<string, unknown> {
  if ('$patch' in patch) {
    if (patch.$patch === 'replace')
      return withoutDirectives(patch) as Record<string, unknown>;
    if (patch.$patch === 'delete') return {};
    throw badPatch(
      `Unknown patch type: ${String(patch.$patch)} in map: ${JSON.stringify(patch)}`,
    );
  }
  const result: Record<string, unknown> = { ...original };
  if ('$retainKeys' in patch) applyRetainKeys(result, patch);
  const ordered = new Set<string>();
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ORDER)) continue;
    const field = key.slice(SET_ORDER.length);
    applyElementOrder(result, patch, field, fields);
    ordered.add(field);
  }
  for (const [rawKey, value] of Object.entries(patch)) {
    if (
      rawKey === '$retainKeys' ||
      rawKey.startsWith(SET_ORDER) ||
      ordered.has(rawKey)
    )
      continue;
    const isDeleteList = rawKey.startsWith(DELETE_FROM);
    const key = isDeleteList ? rawKey.slice(DELETE_FROM.length) : rawKey;
    if (value === null) {
      delete result[key];
      continue;
    }
    const current = result[key];
    if (!(key in result) || kindOf(current) !== kindOf(value)) {
      if (!isDeleteList) result[key] = withoutDirectives(value);
      continue;
    }
    const fieldMeta = fields[key];
    if (isObject(value)) {
      result[key] = fieldMeta?.replace
        ? value
        : applyStrategic(
            current as Record<string, unknown>,
            value,
            fieldsOf(fieldMeta?.type),
          );
    } else if (Array.isArray(value)) {
      const merges = isDeleteList || fieldMeta?.mergeKey !== undefined;
      result[key] = merges
        ? mergeList(current as unknown[], value, key, fieldMeta, isDeleteList)
        : value;
    } else {
      result[key] = value;
    }
  }
  return result;
}

/**
 * A strategic merge patch applied as the API server does for the built-in kinds: lists tagged
 * `merge` in k8s.io/api (containers, env, ports, volumes… see SCHEMA) merge item by item on their
 * merge key; `$patch: delete|replace`, `$setElementOrder/<field>`, `$deleteFromPrimitiveList/<field>`
 * and `$retainKeys` are honoured; other lists are replaced whole, `null` deletes. Custom resources
 * have no strategic metadata: the server refuses the patch type with 415, as a real one does.
 */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(target)) return patch;
  const apiVersion = String(target.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  if (!BUILT_IN_GROUPS.has(group)) {
    throw new KubeStatusError(
      415,
      'UnsupportedMediaType',
      'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
    );
  }
  if (!isObject(patch)) throw badPatch('invalid JSON document');
  return applyStrategic(target, patch, rootFields(target));
}

/** RFC 6902 JSON patch; a failing operation (a failed `test`, a missing path) is a 422 as on a real server. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations))
    throw statusErrors.badRequest('json patch must be an array of operations');
  try {
    return applyPatch(
      structuredClone(target),
      operations as Operation[],
      true,
      false,
    ).newDocument;
  } catch (e) {
    throw statusErrors.badRequest(
      `the server rejected our request due to an error in our request: ${(e as Error).message.split('\n')[0]}`,
    );
  }
}

/** Parses a patch body: YAML (a superset of JSON) for apply patches, JSON otherwise. */
export function parsePatchBody(type: PatchType, body: string): unknown {
  try {
    return type === 'apply' ? parseYaml(body) : JSON.parse(body);
  } catch (e) {
    throw statusErrors.badRequest(
      `error decoding patch: ${(e as Error).message.split('\n')[0]}`,
    );
  }
}

export function applyPatchOfType(
  type: PatchType,
  target: unknown,
  patch: unknown,
): unknown {
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
