/**
 * The devlake frontend plugin: the DORA metrics entity card and the DORA page.
 *
 * @packageDocumentation
 */
export { devlakePlugin as default } from './plugin';
export { devlakeApiRef } from './api';
export { DEVLAKE_PROJECT_ANNOTATION } from './annotations';
