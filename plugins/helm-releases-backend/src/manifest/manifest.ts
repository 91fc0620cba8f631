import { parseAllDocuments } from 'yaml';

/** One Kubernetes object of a rendered manifest. */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [k: string]: unknown;
  };
  [field: string]: unknown;
}

export const KEEP_POLICY_ANNOTATION = 'helm.sh/resource-policy';

/**
 * Splits a release manifest (YAML documents, each headed `# Source: <template>`) into objects.
 * Documents that are empty or not objects are skipped, as Helm skips them.
 */
export function parseManifest(manifest: string | undefined): ManifestObject[] {
  if (!manifest?.trim()) return [];
  const objects: ManifestObject[] = [];
  for (const doc of parseAllDocuments(manifest)) {
    if (doc.errors.length)
      throw new Error(
        `the stored manifest is not valid YAML: ${doc.errors[0].message}`,
      );
    const value = doc.toJS({ maxAliasCount: 100 });
    if (!value || typeof value !== 'object') continue;
    if (
      typeof value.apiVersion !== 'string' ||
      typeof value.kind !== 'string' ||
      typeof value.metadata?.name !== 'string'
    ) {
      throw new Error(
        'the stored manifest has an object without apiVersion, kind or metadata.name',
      );
    }
    objects.push(value as ManifestObject);
  }
  return objects;
}

/** Identity of an object across revisions: group (not version), kind, namespace, name. */
export function objectKey(
  object: ManifestObject,
  releaseNamespace: string,
): string {
  const group = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')[0]
    : '';
  return `${group}/${object.kind}/${object.metadata.namespace ?? releaseNamespace}/${object.metadata.name}`;
}

export const hasKeepPolicy = (
  object: { metadata?: { annotations?: Record<string, string> } } | undefined,
) => object?.metadata?.annotations?.[KEEP_POLICY_ANNOTATION] === 'keep';

// Helm's InstallOrder (pkg/releaseutil/kind_sorter.go), shortened to the kinds charts commonly hold.
const INSTALL_ORDER = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];

const rank = (kind: string) => {
  const i = INSTALL_ORDER.indexOf(kind);
  return i === -1 ? INSTALL_ORDER.length : i;
};

/** Objects in the order Helm installs them (unknown kinds last); reverse it to uninstall. */
export function inInstallOrder<T extends ManifestObject>(objects: T[]): T[] {
  return [...objects].sort((a, b) => rank(a.kind) - rank(b.kind));
}
