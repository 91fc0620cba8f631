/** The names Che and the DevWorkspace operator use on the objects this plugin creates and reads. */
export const DEVWORKSPACE_API = {
  group: 'workspace.devfile.io',
  version: 'v1alpha2',
} as const;
export const DEVWORKSPACE_API_VERSION = `${DEVWORKSPACE_API.group}/${DEVWORKSPACE_API.version}`;
export const DEVWORKSPACES = 'devworkspaces';
export const DEVWORKSPACE_TEMPLATES = 'devworkspacetemplates';

export const ANNOTATIONS = {
  /** Che: YAML of where the devfile came from (`url.location`). */
  devfileSource: 'che.eclipse.org/devfile-source',
  /** Che: the devfile itself, which the dashboard's Devfile tab shows. */
  devfile: 'che.eclipse.org/devfile',
  /** Che: the editor id. */
  cheEditor: 'che.eclipse.org/che-editor',
  /** Che: ISO time of the last start or change, shown as "last used". */
  lastUpdated: 'che.eclipse.org/last-updated-timestamp',
  /** The operator: why it stopped the workspace (inactivity, run-timeout...). */
  stoppedBy: 'controller.devfile.io/stopped-by',
  /** This plugin: the catalog entity the workspace was opened from. */
  entityRef: 'backstage.io/source-entity',
  /** This plugin: the Backstage user who created it. */
  createdBy: 'che-launcher.backstage.io/created-by',
  /** This plugin: the devfile's metadata.name and metadata.version, for the list. */
  devfileName: 'che-launcher.backstage.io/devfile-name',
  devfileVersion: 'che-launcher.backstage.io/devfile-version',
  /** Che: the user a workspaces namespace belongs to. */
  namespaceUsername: 'che.eclipse.org/username',
  /** This plugin: the Backstage user ref a namespace it created belongs to. */
  namespaceOwner: 'che-launcher.backstage.io/owner',
} as const;

export const NAMESPACE_LABELS = {
  'app.kubernetes.io/part-of': 'che.eclipse.org',
  'app.kubernetes.io/component': 'workspaces-namespace',
} as const;

/** The generator's devfile attribute whose value becomes the DevWorkspace's annotations. */
export const DEVWORKSPACE_METADATA_ANNOTATION_ATTRIBUTE =
  'dw.metadata.annotations';
export const USE_STARTER_PROJECT_ATTRIBUTE =
  'controller.devfile.io/use-starter-project';
/** The operator: how the workspace's storage is provisioned (per-user, per-workspace, ephemeral). */
export const STORAGE_TYPE_ATTRIBUTE = 'controller.devfile.io/storage-type';
/** The operator: the DevWorkspaceOperatorConfig merged over its global one for this workspace. */
export const DEVWORKSPACE_CONFIG_ATTRIBUTE =
  'controller.devfile.io/devworkspace-config';
/** The DevWorkspaceOperatorConfig che-operator writes from the CheCluster into Che's namespace. */
export const CHE_DEVWORKSPACE_CONFIG_NAME = 'devworkspace-config';
/** OpenShift's web terminal marks its DevWorkspaces with this label; Che's dashboard hides them. */
export const WEB_TERMINAL_LABEL = 'console.openshift.io/terminal';

/** OpenShift's web terminals are DevWorkspaces too, but Che's dashboard neither shows nor counts them. */
export function isCheWorkspace(dw: DevWorkspace): boolean {
  return dw.metadata?.labels?.[WEB_TERMINAL_LABEL] === undefined;
}

export interface DevWorkspace {
  apiVersion: string;
  kind: 'DevWorkspace';
  metadata: {
    name: string;
    namespace: string;
    uid?: string;
    creationTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    deletionTimestamp?: string;
  };
  spec: {
    started: boolean;
    routingClass?: string;
    template: Record<string, any>;
    contributions?: Array<Record<string, unknown>>;
  };
  status?: {
    phase?: string;
    mainUrl?: string;
    devworkspaceId?: string;
    message?: string;
    conditions?: Array<{ type: string; status: string; message?: string }>;
  };
}

export interface DevWorkspaceTemplate {
  apiVersion: string;
  kind: 'DevWorkspaceTemplate';
  metadata: {
    name: string;
    namespace: string;
    ownerReferences?: Array<{
      apiVersion: string;
      kind: string;
      name: string;
      uid: string;
      blockOwnerDeletion?: boolean;
      controller?: boolean;
    }>;
    [key: string]: unknown;
  };
  spec: Record<string, unknown>;
}
