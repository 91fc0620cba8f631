/**
 * The scaffolder module of che-launcher, on its own entry point so a backend adds it with
 * `backend.add(import('@fawkes/plugin-che-launcher-backend/scaffolder'))`.
 *
 * @packageDocumentation
 */
export { cheLauncherScaffolderModule as default } from './module';
export { createCheWorkspaceCreateAction } from './cheWorkspaceCreateAction';
export type { CheWorkspaceCreateActionOptions } from './cheWorkspaceCreateAction';
