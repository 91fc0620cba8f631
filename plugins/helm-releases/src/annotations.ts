import type { Entity } from '@backstage/catalog-model';

/** The Helm release (or releases, comma separated) the component is deployed as. */
export const HELM_RELEASE_ANNOTATION = 'helm.sh/release';
/** The release's namespace; `default` when absent, as Helm's. */
export const HELM_NAMESPACE_ANNOTATION = 'helm.sh/namespace';
/** Optional: one configured cluster to look on; every configured cluster when absent. */
export const HELM_CLUSTER_ANNOTATION = 'helm.sh/cluster';

export interface HelmTarget {
  releases: string[];
  namespace: string;
  cluster?: string;
}

/** Where the entity's releases are, or undefined when it has no release annotation. */
export function helmTargetOf(entity: Entity): HelmTarget | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const releases = (annotations[HELM_RELEASE_ANNOTATION] ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(Boolean);
  if (releases.length === 0) return undefined;
  return {
    releases,
    namespace: annotations[HELM_NAMESPACE_ANNOTATION]?.trim() || 'default',
    cluster: annotations[HELM_CLUSTER_ANNOTATION]?.trim() || undefined,
  };
}
