/**
 * The che-launcher backend plugin: Eclipse Che workspaces from devfiles, per user.
 *
 * @packageDocumentation
 */
export { cheLauncherPlugin as default } from './plugin';
export * from './permissions';
