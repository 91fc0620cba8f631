import type { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** A release revision as Helm stores it (Porter's Release). */
export type Release = Schemas['Release'];
export type ReleaseInfo = Schemas['ReleaseInfo'];
/** A status Helm gives a revision. */
export type ReleaseStatus = Schemas['ReleaseStatus'];
/** What changed between two revisions. */
export type ReleaseDiff = Schemas['ReleaseDiff'];
export type ResourceChange = Schemas['ResourceChange'];
/** A rollback, recover or upgrade made through the plugin. */
export type ReleaseOperation = Schemas['ReleaseOperation'];
export type RollbackRequest = Schemas['RollbackRequest'];
export type UpgradeRequest = Schemas['UpgradeRequest'];
export type UpgradeOutcome = Schemas['UpgradeOutcome'];
/** A configured cluster, in the shape of Porter's kubeconfig context. */
export type Context = Schemas['Context'];
export type NamespaceList = Schemas['NamespaceList'];
/** Helm's storage drivers. */
export type StorageDriver = Schemas['StorageDriver'];
