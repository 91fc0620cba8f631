import { createPermission } from '@backstage/plugin-permission-common';

/** What a release permission's conditions are about: one release on one cluster. */
export const HELM_RELEASE_RESOURCE_TYPE = 'helm-release';

export const helmReleaseReadPermission = createPermission({
  name: 'helm.release.read',
  attributes: { action: 'read' },
});
export const helmReleaseRollbackPermission = createPermission({
  name: 'helm.release.rollback',
  attributes: { action: 'update' },
});
export const helmReleaseUpgradePermission = createPermission({
  name: 'helm.release.upgrade',
  attributes: { action: 'update' },
});

export const helmReleasesPermissions = [
  helmReleaseReadPermission,
  helmReleaseRollbackPermission,
  helmReleaseUpgradePermission,
];
