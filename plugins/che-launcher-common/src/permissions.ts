import { createPermission } from '@backstage/plugin-permission-common';

/** What the conditions of a workspace permission are about: one workspace on one cluster. */
export const CHE_WORKSPACE_RESOURCE_TYPE = 'che-workspace';

/** A workspace as the permission rules see it; its resourceRef is `<namespace>/<workspaceId>`. */
export interface CheWorkspaceResource {
  /** The configured cluster name (`cheLauncher.cluster`). */
  cluster: string;
  /** The user's workspaces namespace. */
  namespace: string;
  workspaceId: string;
}

/**
 * The parameters of the plugin's permission rules, for a policy's conditions
 * (`cheWorkspaceConditions` of the backend package builds them):
 * - `IS_IN_CLUSTER`: the workspace is on one of these configured clusters;
 * - `IS_IN_NAMESPACE`: its namespace matches one of these names, where `*` matches any run of
 *   characters (`dev-*`).
 */
export interface CheWorkspaceRuleParams {
  IS_IN_CLUSTER: { clusters: string[] };
  IS_IN_NAMESPACE: { namespaces: string[] };
}

/** The resourceRef of a workspace for `usePermission`, as `getResources` reads it back. */
export const cheWorkspaceResourceRef = (workspace: {
  namespace: string;
  workspaceId: string;
}) => `${workspace.namespace}/${workspace.workspaceId}`;

export const cheWorkspaceCreatePermission = createPermission({
  name: 'che.workspace.create',
  attributes: { action: 'create' },
});
export const cheWorkspaceReadPermission = createPermission({
  name: 'che.workspace.read',
  attributes: { action: 'read' },
});
/** Start and stop; a resource permission, so a policy may allow it under conditions. */
export const cheWorkspaceUpdatePermission = createPermission({
  name: 'che.workspace.update',
  attributes: { action: 'update' },
  resourceType: CHE_WORKSPACE_RESOURCE_TYPE,
});
/** A resource permission, so a policy may allow it under conditions (`dev-*` namespaces). */
export const cheWorkspaceDeletePermission = createPermission({
  name: 'che.workspace.delete',
  attributes: { action: 'delete' },
  resourceType: CHE_WORKSPACE_RESOURCE_TYPE,
});

export const cheLauncherPermissions = [
  cheWorkspaceCreatePermission,
  cheWorkspaceReadPermission,
  cheWorkspaceUpdatePermission,
  cheWorkspaceDeletePermission,
];
