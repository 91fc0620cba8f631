import { createPermission } from '@backstage/plugin-permission-common';

export const cheWorkspaceCreatePermission = createPermission({
  name: 'che.workspace.create',
  attributes: { action: 'create' },
});
export const cheWorkspaceReadPermission = createPermission({
  name: 'che.workspace.read',
  attributes: { action: 'read' },
});
export const cheWorkspaceUpdatePermission = createPermission({
  name: 'che.workspace.update',
  attributes: { action: 'update' },
});
export const cheWorkspaceDeletePermission = createPermission({
  name: 'che.workspace.delete',
  attributes: { action: 'delete' },
});

export const cheLauncherPermissions = [
  cheWorkspaceCreatePermission,
  cheWorkspaceReadPermission,
  cheWorkspaceUpdatePermission,
  cheWorkspaceDeletePermission,
];
