/** What the webhook parsers turn every source's payload into. Dates are Date objects (UTC). */

export interface DeploymentEvent {
  source: string;
  externalId: string;
  project: string;
  environment: string;
  /**
   * SUCCESS, FAILURE or IN_PROGRESS; an IN_PROGRESS update never overwrites a finished status.
   * OTHER: a DevLake result that is neither SUCCESS nor FAILURE, which no metric counts.
   */
  status: 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS' | 'OTHER';
  rollback?: boolean;
  version?: string | null;
  commit?: {
    sha: string;
    message?: string | null;
    author?: string | null;
  } | null;
  triggeredBy?: string | null;
  url?: string | null;
  startedAt?: Date | null;
  finishedAt: Date;
  /** Commits the deployment shipped, when the source lists them. */
  commits?: Array<{
    sha: string;
    repoUrl?: string | null;
    message?: string | null;
  }>;
}

export interface CommitEvent {
  project: string;
  sha: string;
  committedAt: Date | null;
  landedAt: Date;
  message?: string | null;
  author?: string | null;
}

export interface PullRequestEvent {
  project: string;
  repository: string;
  number: number;
  title?: string | null;
  mergeCommitSha?: string | null;
  createdAt: Date;
  mergedAt: Date;
}

export interface IncidentEvent {
  source: string;
  externalId: string;
  project: string;
  title?: string | null;
  status: 'TODO' | 'IN_PROGRESS' | 'DONE';
  url?: string | null;
  deploymentRef?: string | null;
  createdAt: Date;
  resolvedAt?: Date | null;
  /** `resolvedAt` is only when the resolution was received (the source gave no time): a stored one stays. */
  resolvedOnReceipt?: boolean;
  /** The event reopened the incident at this time: a resolution earlier than it no longer counts. */
  reopenedAt?: Date | null;
  /**
   * The delivery states the whole incident and replaces the stored one (DevLake's CreateOrUpdate:
   * one sent again as not DONE is reopened). Otherwise events accumulate, in any order (PagerDuty).
   */
  replaces?: boolean;
}

/** A DevLake webhook issue of any type (incidents are also sent as IncidentEvents). */
export interface IssueEvent {
  source: string;
  externalId: string;
  project: string;
  type: string | null;
  title: string;
  status: 'TODO' | 'IN_PROGRESS' | 'DONE';
  url?: string | null;
  createdAt: Date;
  resolvedAt?: Date | null;
  /** As for incidents: a redelivered resolution without a time keeps the stored one. */
  resolvedOnReceipt?: boolean;
}

/** What one webhook delivery said, ready to store. */
export interface IngestBatch {
  deployments?: DeploymentEvent[];
  commits?: CommitEvent[];
  pullRequests?: PullRequestEvent[];
  incidents?: IncidentEvent[];
  issues?: IssueEvent[];
}
