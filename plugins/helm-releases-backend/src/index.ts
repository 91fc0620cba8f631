/**
 * The helm-releases backend plugin: Helm releases on configured clusters.
 *
 * @packageDocumentation
 */
export { helmReleasesPlugin as default } from './plugin';
export * from '@fawkes/plugin-helm-releases-common';
export {
  helmReleaseConditions,
  createHelmReleaseConditionalDecision,
  helmReleasePermissionRules,
  helmReleasePermissionResourceRef,
} from './permissions/rules';
export type { HelmReleaseQuery } from './permissions/rules';
