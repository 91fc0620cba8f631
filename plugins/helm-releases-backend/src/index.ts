/**
 * The helm-releases backend plugin: Helm releases on configured clusters.
 *
 * @packageDocumentation
 */
export { helmReleasesPlugin as default } from './plugin';
export * from '@fawkes/plugin-helm-releases-common';
