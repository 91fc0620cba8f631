/**
 * Local demo data for the portal (never loaded with NODE_ENV=production).
 *
 * @packageDocumentation
 */
export { ANNOTATIONS, DEMO } from './annotations';
export { startDevfileServer, DEMO_DEVFILE } from './devfileServer';
export type { DevfileServer } from './devfileServer';
export { demoCatalog, writeDemoConfig } from './demoConfig';
export { startCloudServer, DEMO_AWS_ACCOUNT } from './cloudServer';
export type { CloudServer } from './cloudServer';
export { loadDemoData, waitForBackend } from './loadDemoData';
