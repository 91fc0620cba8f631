import type { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** A workspace as the API shows it. */
export type Workspace = Schemas['Workspace'];
export type WorkspaceList = Schemas['WorkspaceList'];
/** A phase the operator and Che's dashboard report. */
export type WorkspacePhase = Schemas['WorkspacePhase'];
export type CreateWorkspaceRequest = Schemas['CreateWorkspaceRequest'];
/** A golden-path devfile the platform team configured. */
export type Devfile = Schemas['Devfile'];
export type DevfileList = Schemas['DevfileList'];
