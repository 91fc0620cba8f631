/** What the simulator knows about one kind of object: enough to serve discovery and route requests. */
export interface ResourceType {
  /** API group; '' for the core group. */
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames?: string[];
  /** Served as a subresource: writes to the main resource keep the stored status. */
  statusSubresource: boolean;
  /** metadata.generation counts changes outside metadata and status. */
  generation: boolean;
  /** Custom resources refuse an update without metadata.resourceVersion, as the real server does. */
  custom: boolean;
}

const VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

type Spec = [
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra?: Partial<ResourceType>,
];

const BUILT_IN: Spec[] = [
  ['', 'v1', 'Namespace', 'namespaces', false, { shortNames: ['ns'] }],
  ['', 'v1', 'Node', 'nodes', false, { shortNames: ['no'] }],
  [
    '',
    'v1',
    'PersistentVolume',
    'persistentvolumes',
    false,
    { shortNames: ['pv'] },
  ],
  ['', 'v1', 'Secret', 'secrets', true, { statusSubresource: false }],
  [
    '',
    'v1',
    'ConfigMap',
    'configmaps',
    true,
    { shortNames: ['cm'], statusSubresource: false },
  ],
  ['', 'v1', 'Service', 'services', true, { shortNames: ['svc'] }],
  ['', 'v1', 'Pod', 'pods', true, { shortNames: ['po'] }],
  [
    '',
    'v1',
    'ServiceAccount',
    'serviceaccounts',
    true,
    { shortNames: ['sa'], statusSubresource: false },
  ],
  [
    '',
    'v1',
    'PersistentVolumeClaim',
    'persistentvolumeclaims',
    true,
    { shortNames: ['pvc'] },
  ],
  [
    '',
    'v1',
    'Endpoints',
    'endpoints',
    true,
    { shortNames: ['ep'], statusSubresource: false },
  ],
  [
    '',
    'v1',
    'Event',
    'events',
    true,
    { shortNames: ['ev'], statusSubresource: false },
  ],
  [
    '',
    'v1',
    'ResourceQuota',
    'resourcequotas',
    true,
    { shortNames: ['quota'] },
  ],
  [
    '',
    'v1',
    'LimitRange',
    'limitranges',
    true,
    { shortNames: ['limits'], statusSubresource: false },
  ],
  [
    'apps',
    'v1',
    'Deployment',
    'deployments',
    true,
    { shortNames: ['deploy'], generation: true },
  ],
  [
    'apps',
    'v1',
    'StatefulSet',
    'statefulsets',
    true,
    { shortNames: ['sts'], generation: true },
  ],
  [
    'apps',
    'v1',
    'DaemonSet',
    'daemonsets',
    true,
    { shortNames: ['ds'], generation: true },
  ],
  [
    'apps',
    'v1',
    'ReplicaSet',
    'replicasets',
    true,
    { shortNames: ['rs'], generation: true },
  ],
  ['batch', 'v1', 'Job', 'jobs', true, { generation: true }],
  [
    'batch',
    'v1',
    'CronJob',
    'cronjobs',
    true,
    { shortNames: ['cj'], generation: true },
  ],
  [
    'networking.k8s.io',
    'v1',
    'Ingress',
    'ingresses',
    true,
    { shortNames: ['ing'], generation: true },
  ],
  [
    'networking.k8s.io',
    'v1',
    'NetworkPolicy',
    'networkpolicies',
    true,
    { shortNames: ['netpol'], generation: true },
  ],
  [
    'rbac.authorization.k8s.io',
    'v1',
    'Role',
    'roles',
    true,
    { statusSubresource: false },
  ],
  [
    'rbac.authorization.k8s.io',
    'v1',
    'RoleBinding',
    'rolebindings',
    true,
    { statusSubresource: false },
  ],
  [
    'rbac.authorization.k8s.io',
    'v1',
    'ClusterRole',
    'clusterroles',
    false,
    { statusSubresource: false },
  ],
  [
    'rbac.authorization.k8s.io',
    'v1',
    'ClusterRoleBinding',
    'clusterrolebindings',
    false,
    { statusSubresource: false },
  ],
  [
    'autoscaling',
    'v2',
    'HorizontalPodAutoscaler',
    'horizontalpodautoscalers',
    true,
    { shortNames: ['hpa'], generation: true },
  ],
  [
    'policy',
    'v1',
    'PodDisruptionBudget',
    'poddisruptionbudgets',
    true,
    { shortNames: ['pdb'], generation: true },
  ],
  [
    'apiextensions.k8s.io',
    'v1',
    'CustomResourceDefinition',
    'customresourcedefinitions',
    false,
    { shortNames: ['crd', 'crds'], generation: true },
  ],
  [
    'workspace.devfile.io',
    'v1alpha2',
    'DevWorkspace',
    'devworkspaces',
    true,
    { shortNames: ['dw'], generation: true, custom: true },
  ],
  [
    'workspace.devfile.io',
    'v1alpha2',
    'DevWorkspaceTemplate',
    'devworkspacetemplates',
    true,
    {
      shortNames: ['dwt'],
      generation: true,
      custom: true,
      statusSubresource: false,
    },
  ],
];

export function makeResourceType(
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: Partial<ResourceType> = {},
): ResourceType {
  return {
    group,
    version,
    kind,
    plural,
    namespaced,
    singular: kind.toLowerCase(),
    statusSubresource: true,
    generation: false,
    custom: false,
    ...extra,
  };
}

/** The apiVersion string of a type: `v1` for core, `group/version` otherwise. */
export function apiVersionOf(
  type: Pick<ResourceType, 'group' | 'version'>,
): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

/** `plural` for core types, `plural.group` otherwise: the resource name the real server puts in its messages. */
export function qualifiedResource(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** The types the server serves, built-in ones plus those registered by CustomResourceDefinitions. */
export class ResourceTypeRegistry {
  private readonly byPath = new Map<string, ResourceType>();

  constructor() {
    for (const [group, version, kind, plural, namespaced, extra] of BUILT_IN) {
      this.register(
        makeResourceType(group, version, kind, plural, namespaced, extra),
      );
    }
  }

  register(type: ResourceType): void {
    this.byPath.set(`${apiVersionOf(type)}/${type.plural}`, type);
  }

  /** Registers every served version of a CustomResourceDefinition object. */
  registerDefinition(crd: any): ResourceType[] {
    const spec = crd?.spec ?? {};
    const names = spec.names ?? {};
    const versions: any[] =
      Array.isArray(spec.versions) && spec.versions.length > 0
        ? spec.versions
        : [
            {
              name: spec.version,
              served: true,
              subresources: spec.subresources,
            },
          ];
    const registered: ResourceType[] = [];
    for (const v of versions) {
      if (
        !v?.name ||
        v.served === false ||
        !spec.group ||
        !names.plural ||
        !names.kind
      )
        continue;
      const type = makeResourceType(
        spec.group,
        v.name,
        names.kind,
        names.plural,
        spec.scope !== 'Cluster',
        {
          singular: names.singular ?? names.kind.toLowerCase(),
          shortNames: names.shortNames,
          statusSubresource: Boolean(
            v.subresources?.status ?? spec.subresources?.status,
          ),
          generation: true,
          custom: true,
        },
      );
      this.register(type);
      registered.push(type);
    }
    return registered;
  }

  find(apiVersion: string, plural: string): ResourceType | undefined {
    return this.byPath.get(`${apiVersion}/${plural}`);
  }

  findByKind(apiVersion: string, kind: string): ResourceType | undefined {
    for (const type of this.byPath.values()) {
      if (apiVersionOf(type) === apiVersion && type.kind === kind) return type;
    }
    return undefined;
  }

  all(): ResourceType[] {
    return [...this.byPath.values()];
  }

  /** The discovery document of one group version, or undefined when nothing is served there. */
  resourceList(apiVersion: string) {
    const types = this.all().filter(t => apiVersionOf(t) === apiVersion);
    if (types.length === 0) return undefined;
    const resources = types.flatMap(t => {
      const main = {
        name: t.plural,
        singularName: t.singular,
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: VERBS,
        ...(t.shortNames ? { shortNames: t.shortNames } : {}),
      };
      return t.statusSubresource
        ? [
            main,
            {
              name: `${t.plural}/status`,
              singularName: '',
              namespaced: t.namespaced,
              kind: t.kind,
              verbs: ['get', 'patch', 'update'],
            },
          ]
        : [main];
    });
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: apiVersion,
      resources,
    };
  }

  groups() {
    const versionsByGroup = new Map<string, string[]>();
    for (const t of this.all()) {
      if (!t.group) continue;
      const versions = versionsByGroup.get(t.group) ?? [];
      if (!versions.includes(t.version)) versions.push(t.version);
      versionsByGroup.set(t.group, versions);
    }
    return [...versionsByGroup.entries()].map(([name, versions]) =>
      groupDocument(name, versions),
    );
  }
}

export function groupDocument(name: string, versions: string[]) {
  const entries = versions.map(version => ({
    groupVersion: `${name}/${version}`,
    version,
  }));
  return { name, versions: entries, preferredVersion: entries[0] };
}
