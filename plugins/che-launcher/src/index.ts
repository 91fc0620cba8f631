/**
 * The che-launcher frontend plugin: an "Open in Che" entity card and a "My workspaces" page.
 *
 * @packageDocumentation
 */
export { cheLauncherPlugin as default } from './plugin';
export { cheLauncherApiRef } from './api';
export {
  CHE_DEVFILE_ANNOTATION,
  CHE_DEVFILE_URL_ANNOTATION,
} from './annotations';
