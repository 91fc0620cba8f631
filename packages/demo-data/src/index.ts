/**
 * Local demo data for the portal (never loaded with NODE_ENV=production).
 *
 * @packageDocumentation
 */
export { ANNOTATIONS, DEMO } from './annotations';
export { startDevfileServer, DEMO_DEVFILE } from './devfileServer';
export type { DevfileServer } from './devfileServer';
export { demoCatalog, writeDemoConfig } from './demoConfig';
export { loadDemoData, waitForBackend } from './loadDemoData';
