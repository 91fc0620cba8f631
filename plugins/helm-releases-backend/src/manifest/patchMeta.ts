/**
 * The strategic-merge metadata of the built-in Kubernetes kinds: the `patchStrategy` and
 * `patchMergeKey` struct tags of k8s.io/api (core/v1, apps/v1, batch/v1, policy/v1, meta/v1) for
 * the fields a chart writes. A field not listed has none: its object merges key by key and its
 * list is replaced whole (tolerations, envFrom, args, rules…), as on the API server.
 */
export interface FieldPatchMeta {
  /** `merge`: a list merged item by item (on `mergeKey` for objects, as a set for scalars); `replace`: an object replaced whole. */
  strategy?: 'merge' | 'replace';
  mergeKey?: string;
  /** `retainKeys`: the patch says which keys the object keeps (one-of fields such as a volume's source). */
  retainKeys?: boolean;
  /** The struct type of the value (of each item, for a list), when it has fields with metadata. */
  type?: string;
}

type Types = Record<string, Record<string, FieldPatchMeta>>;

const podTemplate = {
  metadata: { type: 'ObjectMeta' },
  spec: { type: 'PodSpec' },
};
const containers = {
  strategy: 'merge',
  mergeKey: 'name',
  type: 'Container',
} as const;
const workload = (spec: string) => ({
  metadata: { type: 'ObjectMeta' },
  spec: { type: spec },
});

const TYPES: Types = {
  ObjectMeta: {
    finalizers: { strategy: 'merge' },
    ownerReferences: { strategy: 'merge', mergeKey: 'uid' },
  },
  PodTemplateSpec: podTemplate,
  PodSpec: {
    volumes: { strategy: 'merge', mergeKey: 'name', retainKeys: true },
    initContainers: containers,
    containers,
    ephemeralContainers: containers,
    imagePullSecrets: { strategy: 'merge', mergeKey: 'name' },
    hostAliases: { strategy: 'merge', mergeKey: 'ip' },
    topologySpreadConstraints: { strategy: 'merge', mergeKey: 'topologyKey' },
    schedulingGates: { strategy: 'merge', mergeKey: 'name' },
    resourceClaims: { strategy: 'merge', mergeKey: 'name', retainKeys: true },
  },
  Container: {
    ports: { strategy: 'merge', mergeKey: 'containerPort' },
    env: { strategy: 'merge', mergeKey: 'name' },
    volumeMounts: { strategy: 'merge', mergeKey: 'mountPath' },
    volumeDevices: { strategy: 'merge', mergeKey: 'devicePath' },
  },
  WithPodTemplate: { template: { type: 'PodTemplateSpec' } },
  DeploymentSpec: {
    template: { type: 'PodTemplateSpec' },
    strategy: { retainKeys: true },
  },
  JobTemplateSpec: workload('WithPodTemplate'),
  CronJobSpec: { jobTemplate: { type: 'JobTemplateSpec' } },
  ServiceSpec: { ports: { strategy: 'merge', mergeKey: 'port' } },
  PodDisruptionBudgetSpec: { selector: { strategy: 'replace' } },
  Pod: workload('PodSpec'),
  PodTemplate: {
    metadata: { type: 'ObjectMeta' },
    template: { type: 'PodTemplateSpec' },
  },
  Deployment: workload('DeploymentSpec'),
  Workload: workload('WithPodTemplate'),
  CronJob: workload('CronJobSpec'),
  Service: workload('ServiceSpec'),
  ServiceAccount: {
    metadata: { type: 'ObjectMeta' },
    secrets: { strategy: 'merge', mergeKey: 'name' },
  },
  PodDisruptionBudget: workload('PodDisruptionBudgetSpec'),
  Object: { metadata: { type: 'ObjectMeta' } },
};

const ROOT_TYPES: Record<string, string> = {
  Pod: 'Pod',
  PodTemplate: 'PodTemplate',
  Deployment: 'Deployment',
  StatefulSet: 'Workload',
  DaemonSet: 'Workload',
  ReplicaSet: 'Workload',
  ReplicationController: 'Workload',
  Job: 'Workload',
  CronJob: 'CronJob',
  Service: 'Service',
  ServiceAccount: 'ServiceAccount',
  PodDisruptionBudget: 'PodDisruptionBudget',
};

/**
 * API groups whose kinds the Kubernetes Go client knows as typed structs (client-go's scheme), so
 * Helm patches them with a strategic merge patch. Anything else (custom resources, APIService) and
 * CustomResourceDefinition itself are unstructured to Helm: it sends a JSON merge patch.
 */
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
  'extensions',
]);

/** A position in the typed structure: answers the metadata of one field. */
export class PatchMeta {
  private constructor(
    private readonly fields: Record<string, FieldPatchMeta>,
  ) {}

  /** The metadata of a kind, or undefined when Helm would treat it as unstructured (JSON merge patch). */
  static ofKind(apiVersion: string, kind: string): PatchMeta | undefined {
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
    if (!BUILT_IN_GROUPS.has(group)) return undefined;
    return new PatchMeta(TYPES[ROOT_TYPES[kind] ?? 'Object']);
  }

  /** No metadata anywhere below: objects merge, lists are replaced. */
  static readonly NONE = new PatchMeta({});

  field(key: string): FieldPatchMeta {
    return this.fields[key] ?? {};
  }

  /** The metadata of the value of `key` (of each item, for a list). */
  child(key: string): PatchMeta {
    const type = this.fields[key]?.type;
    return type ? new PatchMeta(TYPES[type]) : PatchMeta.NONE;
  }
}
