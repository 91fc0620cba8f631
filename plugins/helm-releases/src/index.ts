/**
 * The helm-releases frontend plugin: a Helm tab on components with their releases per cluster,
 * history, diffs between revisions, rollback and upgrade.
 *
 * @packageDocumentation
 */
export { helmReleasesPlugin as default } from './plugin';
export { helmReleasesApiRef } from './api';
export {
  HELM_CLUSTER_ANNOTATION,
  HELM_NAMESPACE_ANNOTATION,
  HELM_RELEASE_ANNOTATION,
} from './annotations';
