/**
 * An in-memory Kubernetes API server for tests and local runs.
 *
 * @packageDocumentation
 */
export { KubernetesSimulator, SIMULATED_VERSION } from './KubernetesSimulator';
export type { KubernetesSimulatorOptions } from './KubernetesSimulator';
export type { SimulatorToken, AnonymousAccess } from './access';
export type {
  AuditRecord,
  ImpersonationRule,
  RequestIdentity,
} from './impersonation';
export type { Fault } from './faults';
export { FAIL_START_ANNOTATION } from './controllers/DevWorkspaceController';
export type { DevWorkspaceControllerOptions } from './controllers/DevWorkspaceController';
export { FAIL_ANNOTATION } from './controllers/WorkloadController';
export { readObjectFiles } from './seedFiles';
export type { ResourceType } from './resourceTypes';
