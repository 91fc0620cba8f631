/**
 * The che-launcher backend plugin: Eclipse Che workspaces from devfiles, per user.
 *
 * @packageDocumentation
 */
export { cheLauncherPlugin as default } from './plugin';
export { cheLauncherScaffolderModule } from './scaffolder/module';
export { createCheWorkspaceCreateAction } from './scaffolder/cheWorkspaceCreateAction';
export type { CheWorkspaceCreateActionOptions } from './scaffolder/cheWorkspaceCreateAction';
export * from '@fawkes/plugin-che-launcher-common';
export {
  cheWorkspaceConditions,
  createCheWorkspaceConditionalDecision,
  cheWorkspacePermissionRules,
} from './permissions/rules';
