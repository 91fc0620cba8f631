import type { FilterValue } from '../providers/types';

import type { JobStatus } from '@fawkes/plugin-cloud-extractor-common';

export { JOB_STATUSES } from '@fawkes/plugin-cloud-extractor-common';
export type { JobStatus };
export const FINISHED_STATUSES: JobStatus[] = [
  'completed',
  'failed',
  'cancelled',
];

/** A validated trigger: what a job or a schedule run extracts. Null means "all". */
export interface ExtractionRequest {
  provider: string | null;
  services: string[] | null;
  regions: string[] | null;
  filters: Record<string, FilterValue>;
  batch_size: number;
}

export interface JobProgress {
  /** Resources found so far; clouds do not announce totals, so it grows with the scan. */
  total_resources: number;
  processed_resources: number;
  failed_resources: number;
  current_service: string | null;
  current_region: string | null;
}

export interface JobError {
  provider: string;
  scope: string;
  service?: string;
  region?: string;
  message: string;
}

export interface ScopeOutcome {
  provider: string;
  scope: string;
  resources: number;
  complete: boolean;
  /** full: replaced the scope's entities; delta: added or updated only; none: nothing was published. */
  mutation: 'full' | 'delta' | 'none';
  /** Whether a catalog entity provider for the scope was connected in the replica that ran the job. */
  catalog_connected: boolean;
}

export interface JobResults {
  resources_extracted: number;
  services_processed: number;
  regions_processed: number;
  errors: JobError[];
  scopes: ScopeOutcome[];
  transport: JobTransport;
}

export interface JobTransport {
  type: 'catalog';
  destination: string;
  entities_published: number;
  /** NDJSON files written by the filesystem transport (one per scope), when it is configured. */
  files_created: number;
  files_destination: string | null;
}

export interface JobRecord {
  id: string;
  status: JobStatus;
  request: ExtractionRequest;
  createdBy: string;
  scheduleId?: string;
  createdAt: Date;
  startedAt?: Date;
  finishedAt?: Date;
  claimedBy?: string;
  leaseExpiresAt?: Date;
  attempts: number;
  cancelRequested: boolean;
  progress: JobProgress;
  results?: JobResults;
}

export interface JobEvent {
  id: number;
  jobId: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: Date;
}

export const EMPTY_PROGRESS: JobProgress = {
  total_resources: 0,
  processed_resources: 0,
  failed_resources: 0,
  current_service: null,
  current_region: null,
};
