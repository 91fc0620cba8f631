import type { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

export type ProviderList = Schemas['ProviderList'];
/** What GET /extraction/services answers for one service. */
export type ServiceDescription = Schemas['ServiceDescription'];
export type ServiceList = Schemas['ServiceList'];
/** What a trigger or a schedule extracts; a field left out or null means all. */
export type ExtractionRequest = Schemas['ExtractionRequest'];
export type TriggerResponse = Schemas['TriggerResponse'];
export type JobStatus = Schemas['JobStatus'];
export type JobSummary = Schemas['JobSummary'];
export type JobList = Schemas['JobList'];
export type JobDetail = Schemas['JobDetail'];
export type JobProgress = Schemas['JobProgress'];
export type JobError = Schemas['JobError'];
/** How one account, subscription or project reached the catalog in a job. */
export type ScopeOutcome = Schemas['ScopeOutcome'];
export type CancelResponse = Schemas['CancelResponse'];
export type ScheduleRequest = Schemas['ScheduleRequest'];
export type Schedule = Schemas['Schedule'];
export type ScheduleList = Schemas['ScheduleList'];

/** The statuses of a job, in the order a job goes through them. */
export const JOB_STATUSES = [
  'pending',
  'running',
  'completed',
  'failed',
  'cancelled',
] as const satisfies readonly JobStatus[];
