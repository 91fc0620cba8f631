/**
 * The factstore backend plugin: supply-chain evidence that the Kosli CLI and OpenFactstore
 * clients can use unchanged.
 *
 * @packageDocumentation
 */
export { factstorePlugin as default } from './plugin';
export {
  factstorePermissions,
  factstoreFlowManagePermission,
} from '@fawkes/plugin-factstore-common';
