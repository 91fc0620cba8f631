import { createPermission } from '@backstage/plugin-permission-common';

/** Create, change or delete flows and their templates and thresholds. */
export const factstoreFlowManagePermission = createPermission({
  name: 'factstore.flow.manage',
  attributes: { action: 'update' },
});

export const factstorePermissions = [factstoreFlowManagePermission];
