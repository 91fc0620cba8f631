import { isDeepStrictEqual } from 'node:util';
import {
  FieldRequirement,
  LabelRequirement,
  matchesFields,
  matchesLabels,
} from './labelSelector';
import {
  generatedName,
  invalidNameReason,
  isBase64,
  newUid,
  specPart,
  timestamp,
} from './objectMeta';
import {
  changedFieldSet,
  fieldSetOf,
  mergeFieldSets,
  removeDroppedFields,
  type FieldSet,
} from './appliedFields';
import { applyPatchOfType, PatchType } from './patches';
import {
  apiVersionOf,
  qualifiedResource,
  ResourceType,
  ResourceTypeRegistry,
} from './resourceTypes';
import { statusErrors } from './status';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change, kept for watches (live and replayed from a resourceVersion) and in-process controllers. */
export interface ChangeEvent {
  resourceVersion: number;
  type: WatchEventType;
  resourceType: ResourceType;
  namespace?: string;
  /** The object after the change; for DELETED, its last state. */
  object: any;
  /** The object before the change, if there was one. */
  previous?: any;
}

export interface ListOptions {
  labelSelector?: LabelRequirement[];
  fieldSelector?: FieldRequirement[];
  limit?: number;
  continueToken?: string;
}

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
  subresource?: 'status';
  /** How the field manager wrote: server-side apply is recorded apart from its other writes. */
  operation?: 'Update' | 'Apply';
  /** The fields a server-side apply set, recorded as its manager's. */
  applied?: FieldSet;
  /** A seeded object existed before: the creationTimestamp it carries is kept, not set to now. */
  seeded?: boolean;
}

interface Stored {
  object: any;
  /** The object serialised once, so large lists are written without re-serialising. */
  json?: string;
}

const storageKey = (t: ResourceType) => `${t.group}/${t.plural}`;
const objectKey = (namespace: string | undefined, name: string) =>
  `${namespace ?? ''}/${name}`;

/**
 * Every object of the simulated cluster, with the bookkeeping a real API server does:
 * uid, creationTimestamp, resourceVersion, generation, optimistic concurrency, finalizers,
 * namespace lifecycle and garbage collection of owned objects.
 *
 * Stored objects are never mutated: every write stores a new object, so readers and the
 * change log can hold references safely.
 */
export class ObjectStore {
  private readonly collections = new Map<string, Map<string, Stored>>();
  private readonly sortedKeys = new Map<string, string[]>();
  private readonly log: ChangeEvent[] = [];
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  private revision = 1;

  constructor(
    readonly types: ResourceTypeRegistry,
    private readonly options: { eventHistory: number } = {
      eventHistory: 10_000,
    },
  ) {}

  get resourceVersion(): string {
    return String(this.revision);
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `resourceVersion`, or undefined when history no longer reaches back that far. */
  eventsSince(resourceVersion: number): ChangeEvent[] | undefined {
    const oldest = this.log[0]?.resourceVersion;
    if (oldest !== undefined && resourceVersion < oldest - 1) return undefined;
    return this.log.filter(e => e.resourceVersion > resourceVersion);
  }

  get(type: ResourceType, namespace: string | undefined, name: string): any {
    return this.getStored(type, namespace, name).object;
  }

  /** The stored JSON of an object (serialised once per version). */
  getJson(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): string {
    return jsonOf(this.getStored(type, namespace, name));
  }

  find(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): any | undefined {
    return this.collection(type).get(objectKey(namespace, name))?.object;
  }

  list(
    type: ResourceType,
    namespace: string | undefined,
    options: ListOptions = {},
  ) {
    const collection = this.collection(type);
    const keys = this.keysOf(type);
    const prefix = namespace === undefined ? undefined : `${namespace}/`;
    let start = 0;
    if (options.continueToken) {
      const after = decodeContinue(options.continueToken);
      start = upperBound(keys, after);
    }
    const limit = options.limit && options.limit > 0 ? options.limit : Infinity;
    const items: Array<{ object: any; json: () => string }> = [];
    let lastKey: string | undefined;
    let remaining = 0;
    for (let i = start; i < keys.length; i++) {
      const key = keys[i];
      if (prefix !== undefined && !key.startsWith(prefix)) continue;
      const stored = collection.get(key)!;
      const object = stored.object;
      if (
        options.labelSelector &&
        !matchesLabels(options.labelSelector, object.metadata?.labels)
      )
        continue;
      if (
        options.fieldSelector &&
        !matchesFields(options.fieldSelector, object)
      )
        continue;
      if (items.length >= limit) {
        remaining++;
        continue;
      }
      items.push({ object, json: () => jsonOf(stored) });
      lastKey = key;
    }
    return {
      items,
      resourceVersion: this.resourceVersion,
      continueToken:
        remaining > 0 && lastKey !== undefined
          ? encodeContinue(lastKey)
          : undefined,
      remainingItemCount: remaining > 0 ? remaining : undefined,
    };
  }

  create(
    type: ResourceType,
    namespace: string | undefined,
    body: any,
    options: WriteOptions = {},
  ): any {
    const object = this.prepareNew(type, namespace, body);
    const target = this.target(type, object.metadata.name);
    if (
      this.collection(type).has(
        objectKey(object.metadata.namespace, object.metadata.name),
      )
    ) {
      throw statusErrors.alreadyExists(target);
    }
    if (type.namespaced) this.requireNamespace(object.metadata.namespace);
    object.metadata.uid = newUid();
    const given = body?.metadata?.creationTimestamp;
    object.metadata.creationTimestamp =
      options.seeded && typeof given === 'string' ? given : timestamp();
    if (type.generation) object.metadata.generation = 1;
    recordManager(object, options, changedFieldSet(undefined, object));
    if (options.dryRun)
      return {
        ...object,
        metadata: { ...object.metadata, resourceVersion: this.resourceVersion },
      };
    object.metadata.resourceVersion = String(++this.revision);
    this.put(type, object, 'ADDED', undefined);
    if (
      type.group === 'apiextensions.k8s.io' &&
      type.kind === 'CustomResourceDefinition'
    ) {
      this.types.registerDefinition(object);
    }
    return object;
  }

  replace(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    body: any,
    options: WriteOptions = {},
  ): any {
    if (!isPlainObject(body))
      throw statusErrors.badRequest(
        'the body of the request must be an object',
      );
    const current = this.get(type, namespace, name);
    const target = this.target(type, name);
    const bodyName = body.metadata?.name;
    if (bodyName !== undefined && bodyName !== name) {
      throw statusErrors.badRequest(
        `the name of the object (${bodyName}) does not match the name on the URL (${name})`,
      );
    }
    const requested = body.metadata?.resourceVersion;
    if (requested === undefined || requested === '') {
      if (type.custom) {
        throw statusErrors.invalid(
          { ...target, kind: type.kind },
          'metadata.resourceVersion',
          'Invalid value: 0x0: must be specified for an update',
        );
      }
    } else if (requested !== current.metadata.resourceVersion) {
      throw statusErrors.conflict(target);
    }
    return this.write(type, current, body, options);
  }

  patch(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    patchType: PatchType,
    patch: unknown,
    options: WriteOptions & { force?: boolean } = {},
  ): { object: any; created: boolean } {
    const current = this.find(type, namespace, name);
    const writeOptions: WriteOptions =
      patchType === 'apply' && isPlainObject(patch)
        ? { ...options, operation: 'Apply', applied: fieldSetOf(patch) }
        : options;
    if (!current) {
      if (patchType !== 'apply')
        throw statusErrors.notFound(this.target(type, name));
      const body = isPlainObject(patch) ? patch : {};
      const object = this.create(
        type,
        namespace,
        { ...body, metadata: { ...(body as any).metadata, name } },
        writeOptions,
      );
      return { object, created: true };
    }
    let patched: any = applyPatchOfType(patchType, current, patch);
    if (!isPlainObject(patched))
      throw statusErrors.badRequest('the patch must produce an object');
    if (patchType === 'apply' && options.fieldManager && isPlainObject(patch)) {
      const entries: any[] = current.metadata.managedFields ?? [];
      const own = entries.find(
        f => f.manager === options.fieldManager && f.operation === 'Apply',
      );
      const others = entries.filter(f => f !== own).map(f => f.fieldsV1 ?? {});
      // The merge shares untouched branches with the stored object: prune a copy, never the store.
      patched = structuredClone(patched);
      removeDroppedFields(
        patched,
        own?.fieldsV1 ?? {},
        writeOptions.applied ?? {},
        others,
      );
    }
    const requested = (patch as any)?.metadata?.resourceVersion;
    if (
      patchType !== 'json' &&
      requested !== undefined &&
      requested !== null &&
      requested !== current.metadata.resourceVersion
    ) {
      throw statusErrors.conflict(this.target(type, name));
    }
    patched.metadata = {
      ...patched.metadata,
      resourceVersion: current.metadata.resourceVersion,
    };
    return {
      object: this.write(type, current, patched, writeOptions),
      created: false,
    };
  }

  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    options: { dryRun?: boolean; propagationPolicy?: string } = {},
  ): any {
    const current = this.get(type, namespace, name);
    if (options.dryRun) return current;
    if (
      Array.isArray(current.metadata.finalizers) &&
      current.metadata.finalizers.length > 0
    ) {
      if (current.metadata.deletionTimestamp) return current;
      const terminating = structuredClone(current);
      terminating.metadata.deletionTimestamp = timestamp();
      terminating.metadata.deletionGracePeriodSeconds = 0;
      terminating.metadata.resourceVersion = String(++this.revision);
      this.put(type, terminating, 'MODIFIED', current);
      return terminating;
    }
    this.remove(type, current, options.propagationPolicy !== 'Orphan');
    return current;
  }

  /**
   * Creates or replaces an object as a seed or controller does: no concurrency check, no dry run;
   * a created object keeps the creationTimestamp it carries (it stands for one that existed).
   */
  upsert(type: ResourceType, body: any): any {
    const namespace = type.namespaced
      ? (body.metadata?.namespace ?? 'default')
      : undefined;
    const current = this.find(type, namespace, body.metadata?.name);
    if (!current) return this.create(type, namespace, body, { seeded: true });
    return this.write(
      type,
      current,
      { ...body, metadata: { ...body.metadata } },
      {},
    );
  }

  /** Changes the status of an object, as a controller does through the status subresource. */
  updateStatus(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    change: (object: any) => void,
  ): any | undefined {
    const current = this.find(type, namespace, name);
    if (!current) return undefined;
    const next = structuredClone(current);
    change(next);
    return this.write(type, current, next, {
      subresource: 'status',
      fieldManager: 'simulator-controller',
    });
  }

  /** Changes metadata or spec of an object as a controller does (e.g. stopping an idle workspace). */
  updateObject(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    change: (object: any) => void,
  ): any | undefined {
    const current = this.find(type, namespace, name);
    if (!current) return undefined;
    const next = structuredClone(current);
    change(next);
    return this.write(type, current, next, {
      fieldManager: 'simulator-controller',
    });
  }

  /** Every stored object of every type, for debugging and seeding checks. */
  count(): number {
    let n = 0;
    for (const c of this.collections.values()) n += c.size;
    return n;
  }

  private write(
    type: ResourceType,
    current: any,
    body: any,
    options: WriteOptions,
  ): any {
    const next = structuredClone(body);
    next.apiVersion = current.apiVersion;
    next.kind = current.kind;
    const metadata = (next.metadata = { ...(next.metadata ?? {}) });
    // managedFields left out keep what the server had; changed ones are taken as the client sent them.
    if (
      metadata.managedFields === undefined &&
      current.metadata.managedFields !== undefined
    )
      metadata.managedFields = current.metadata.managedFields;
    // Compared as JSON: merged copies may not share the stored objects' prototypes.
    const managersEdited =
      JSON.stringify(metadata.managedFields) !==
      JSON.stringify(current.metadata.managedFields);
    for (const key of [
      'uid',
      'creationTimestamp',
      'name',
      'namespace',
      'deletionTimestamp',
      'generation',
    ] as const) {
      if (current.metadata[key] === undefined) delete metadata[key];
      else metadata[key] = current.metadata[key];
    }
    if (options.subresource === 'status') {
      // Only status may change through the status subresource.
      const status = next.status;
      Object.assign(next, structuredClone({ ...current, status }));
      next.metadata = { ...current.metadata };
      if (status === undefined) delete next.status;
    } else if (type.statusSubresource) {
      if (current.status === undefined) delete next.status;
      else next.status = current.status;
    }
    this.normalise(type, next);
    if (
      type.generation &&
      options.subresource !== 'status' &&
      specPart(next) !== specPart(current)
    ) {
      metadata.generation = (current.metadata.generation ?? 0) + 1;
    }
    next.metadata.resourceVersion = current.metadata.resourceVersion;
    if (isDeepStrictEqual(next, current) && !changesOwnership(current, options))
      return current;
    if (!managersEdited)
      recordManager(next, options, changedFieldSet(current, next));
    if (options.dryRun) return next;
    next.metadata.resourceVersion = String(++this.revision);
    if (
      next.metadata.deletionTimestamp &&
      !(next.metadata.finalizers?.length > 0)
    ) {
      this.remove(type, next, true);
      return next;
    }
    this.put(type, next, 'MODIFIED', current);
    return next;
  }

  private prepareNew(
    type: ResourceType,
    namespace: string | undefined,
    body: any,
  ): any {
    if (!isPlainObject(body))
      throw statusErrors.badRequest(
        'the body of the request must be an object',
      );
    const object = structuredClone(body);
    const apiVersion = apiVersionOf(type);
    if (object.kind !== undefined && object.kind !== type.kind) {
      throw statusErrors.badRequest(
        `the API version in the data (${object.apiVersion}) does not match the expected API version (${apiVersion}) or the kind (${object.kind}) does not match ${type.kind}`,
      );
    }
    object.apiVersion = apiVersion;
    object.kind = type.kind;
    const metadata = (object.metadata = isPlainObject(object.metadata)
      ? { ...object.metadata }
      : {});
    for (const key of [
      'uid',
      'resourceVersion',
      'creationTimestamp',
      'deletionTimestamp',
      'generation',
      'managedFields',
    ]) {
      delete metadata[key];
    }
    if (type.namespaced) {
      const ns = namespace ?? metadata.namespace ?? 'default';
      if (metadata.namespace !== undefined && metadata.namespace !== ns) {
        throw statusErrors.badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      metadata.namespace = ns;
    } else {
      delete metadata.namespace;
    }
    if (
      !metadata.name &&
      typeof metadata.generateName === 'string' &&
      metadata.generateName
    ) {
      metadata.name = generatedName(metadata.generateName);
    }
    const target = { ...this.target(type, metadata.name), kind: type.kind };
    if (typeof metadata.name !== 'string' || metadata.name === '') {
      throw statusErrors.invalid(
        target,
        'metadata.name',
        'Required value: name or generateName is required',
      );
    }
    const reason = invalidNameReason(metadata.name, type.kind === 'Namespace');
    if (reason)
      throw statusErrors.invalid(
        target,
        'metadata.name',
        `Invalid value: "${metadata.name}": ${reason}`,
      );
    if (type.statusSubresource) delete object.status;
    this.normalise(type, object);
    return object;
  }

  /** The defaults and conversions the real server applies to some built-in kinds. */
  private normalise(type: ResourceType, object: any) {
    if (type.group !== '') return;
    if (type.kind === 'Secret') {
      if (isPlainObject(object.stringData)) {
        object.data = { ...(object.data ?? {}) };
        for (const [k, v] of Object.entries(object.stringData))
          object.data[k] = Buffer.from(String(v)).toString('base64');
        delete object.stringData;
      }
      for (const [k, v] of Object.entries(object.data ?? {})) {
        if (typeof v !== 'string' || !isBase64(v)) {
          throw statusErrors.badRequest(
            `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at key "${k}"`,
          );
        }
      }
      object.type ??= 'Opaque';
    } else if (type.kind === 'Namespace') {
      object.metadata.labels = {
        ...(object.metadata.labels ?? {}),
        'kubernetes.io/metadata.name': object.metadata.name,
      };
      object.spec = { finalizers: ['kubernetes'], ...(object.spec ?? {}) };
      object.status ??= { phase: 'Active' };
    } else if (type.kind === 'Service') {
      object.spec = { type: 'ClusterIP', ...(object.spec ?? {}) };
      if (object.spec.type !== 'ExternalName' && !object.spec.clusterIP) {
        object.spec.clusterIP = `10.96.${(this.revision >> 8) & 255}.${this.revision & 255}`;
      }
    }
  }

  private remove(type: ResourceType, object: any, cascade: boolean) {
    const namespace = object.metadata.namespace;
    const key = objectKey(namespace, object.metadata.name);
    const collection = this.collection(type);
    if (!collection.has(key)) return;
    collection.delete(key);
    this.sortedKeys.delete(storageKey(type));
    const deleted = {
      ...object,
      metadata: {
        ...object.metadata,
        resourceVersion: String(++this.revision),
      },
    };
    this.emit({
      resourceVersion: this.revision,
      type: 'DELETED',
      resourceType: type,
      namespace,
      object: deleted,
      previous: object,
    });
    if (type.kind === 'Namespace' && type.group === '') {
      for (const namespacedType of this.types.all().filter(t => t.namespaced)) {
        for (const item of this.list(namespacedType, object.metadata.name)
          .items)
          this.remove(namespacedType, item.object, false);
      }
    }
    if (cascade) this.collectOwnedBy(object.metadata.uid, namespace);
  }

  /** Garbage collection: objects whose ownerReferences name a deleted owner go too. */
  private collectOwnedBy(uid: string, namespace: string | undefined) {
    for (const t of this.types.all()) {
      const seen = new Set<string>();
      for (const stored of [...this.collection(t).values()]) {
        const o = stored.object;
        if (seen.has(o.metadata.uid)) continue;
        seen.add(o.metadata.uid);
        const owned = (o.metadata.ownerReferences ?? []).some(
          (r: any) => r?.uid === uid,
        );
        if (
          owned &&
          (!t.namespaced ||
            namespace === undefined ||
            o.metadata.namespace === namespace)
        ) {
          this.delete(t, o.metadata.namespace, o.metadata.name);
        }
      }
    }
  }

  private put(
    type: ResourceType,
    object: any,
    eventType: WatchEventType,
    previous: any,
  ) {
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const collection = this.collection(type);
    if (!collection.has(key)) this.sortedKeys.delete(storageKey(type));
    collection.set(key, { object });
    this.emit({
      resourceVersion: this.revision,
      type: eventType,
      resourceType: type,
      namespace: object.metadata.namespace,
      object,
      previous,
    });
  }

  private emit(event: ChangeEvent) {
    this.log.push(event);
    if (this.log.length > this.options.eventHistory)
      this.log.splice(0, this.log.length - this.options.eventHistory);
    for (const listener of this.listeners) listener(event);
  }

  private requireNamespace(namespace: string) {
    const nsType = this.types.find('v1', 'namespaces')!;
    const ns = this.find(nsType, undefined, namespace);
    if (!ns) throw statusErrors.namespaceNotFound(namespace);
    if (ns.metadata.deletionTimestamp) {
      throw statusErrors.forbidden('system:admission', 'create', {
        resource: 'namespaces',
        group: '',
        plural: 'namespaces',
        name: namespace,
      });
    }
  }

  private getStored(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): Stored {
    const stored = this.collection(type).get(
      objectKey(type.namespaced ? namespace : undefined, name),
    );
    if (!stored) throw statusErrors.notFound(this.target(type, name));
    return stored;
  }

  private collection(type: ResourceType): Map<string, Stored> {
    const key = storageKey(type);
    let c = this.collections.get(key);
    if (!c) {
      c = new Map();
      this.collections.set(key, c);
    }
    return c;
  }

  private keysOf(type: ResourceType): string[] {
    const key = storageKey(type);
    let keys = this.sortedKeys.get(key);
    if (!keys) {
      keys = [...this.collection(type).keys()].sort();
      this.sortedKeys.set(key, keys);
    }
    return keys;
  }

  private target(type: ResourceType, name?: string) {
    return {
      resource: qualifiedResource(type),
      group: type.group,
      plural: type.plural,
      name,
    };
  }
}

function jsonOf(stored: Stored): string {
  stored.json ??= JSON.stringify(stored.object);
  return stored.json;
}

function isPlainObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when a server-side apply changes what its manager owns, even if no value changes. */
function changesOwnership(current: any, options: WriteOptions): boolean {
  if (options.operation !== 'Apply' || !options.fieldManager) return false;
  const entry = (current.metadata.managedFields ?? []).find(
    (f: any) => f.manager === options.fieldManager && f.operation === 'Apply',
  );
  return !isDeepStrictEqual(entry?.fieldsV1, options.applied ?? {});
}

/**
 * One managedFields entry per manager and operation, as the API server keeps them: an Apply owns
 * what it applied, an Update adds what it `changed` to what its manager owned.
 */
function recordManager(object: any, options: WriteOptions, changed: FieldSet) {
  const manager = options.fieldManager;
  if (!manager) return;
  const operation = options.operation ?? 'Update';
  const entries: any[] = object.metadata.managedFields ?? [];
  const previous = entries.find(
    f => f.manager === manager && f.operation === operation,
  );
  const fieldsV1 =
    operation === 'Apply'
      ? (options.applied ?? {})
      : mergeFieldSets(previous?.fieldsV1 ?? {}, changed);
  object.metadata.managedFields = [
    ...entries.filter(f => f !== previous),
    {
      manager,
      operation,
      apiVersion: object.apiVersion,
      time: timestamp(),
      fieldsType: 'FieldsV1',
      fieldsV1,
    },
  ];
}

function encodeContinue(lastKey: string): string {
  return Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', start: lastKey }),
  ).toString('base64url');
}

function decodeContinue(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed.start === 'string') return parsed.start;
  } catch {
    // fall through
  }
  throw statusErrors.badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

/** The first index whose key sorts after `key`. */
function upperBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
