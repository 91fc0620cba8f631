/**
 * The devlake backend plugin: DORA metrics from deployments, changes and incidents.
 *
 * @packageDocumentation
 */
export { devlakePlugin as default } from './plugin';
export * from '@fawkes/plugin-devlake-dora-common';
