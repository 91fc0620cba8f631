import { createPermission } from '@backstage/plugin-permission-common';

/** What a release permission's conditions are about: one release on one cluster. */
export const HELM_RELEASE_RESOURCE_TYPE = 'helm-release';

/** A release as the permission rules see it; its resourceRef is `<cluster>/<namespace>/<name>`. */
export interface HelmReleaseResource {
  /** The configured cluster name (Porter's `context`). */
  cluster: string;
  namespace: string;
  name: string;
}

/**
 * The parameters of the plugin's permission rules, for a policy's conditions
 * (`helmReleaseConditions` of the backend package builds them):
 * - `IS_IN_CLUSTER`: the release is on one of these configured clusters;
 * - `IS_IN_NAMESPACE`: its namespace matches one of these names, where `*` matches any run of
 *   characters (`dev-*`).
 */
export interface HelmReleaseRuleParams {
  IS_IN_CLUSTER: { clusters: string[] };
  IS_IN_NAMESPACE: { namespaces: string[] };
}

/** The resourceRef of a release, as `getResources` reads it back. */
export const helmReleaseResourceRef = (release: HelmReleaseResource) =>
  `${release.cluster}/${release.namespace}/${release.name}`;

export const helmReleaseReadPermission = createPermission({
  name: 'helm.release.read',
  attributes: { action: 'read' },
  resourceType: HELM_RELEASE_RESOURCE_TYPE,
});
export const helmReleaseRollbackPermission = createPermission({
  name: 'helm.release.rollback',
  attributes: { action: 'update' },
  resourceType: HELM_RELEASE_RESOURCE_TYPE,
});
export const helmReleaseUpgradePermission = createPermission({
  name: 'helm.release.upgrade',
  attributes: { action: 'update' },
  resourceType: HELM_RELEASE_RESOURCE_TYPE,
});

export const helmReleasesPermissions = [
  helmReleaseReadPermission,
  helmReleaseRollbackPermission,
  helmReleaseUpgradePermission,
];
