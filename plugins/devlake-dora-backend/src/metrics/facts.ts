/** What the metrics are computed from, whatever store it was read from. Times are epoch milliseconds. */

export interface DeploymentFact {
  /** The source's id of the deployment (what incidents link to). */
  id: string;
  project: string;
  environment: string;
  /** SUCCESS, FAILURE or IN_PROGRESS. */
  status: string;
  /** This deployment rolled back the one before it. */
  rollback: boolean;
  /** When the rollout started; absent or null when unknown (the finish time stands in). */
  startedAt?: number | null;
  finishedAt: number;
}

export interface ChangeFact {
  project: string;
  sha: string;
  /** Author time; null when the commit was only seen inside a deployment. */
  committedAt: number | null;
  /** Earliest time the commit was on the deployable branch or in a deployment. */
  landedAt: number;
  /**
   * The first successful production deployment that lists this commit (the deployment↔commit
   * links written at ingestion), when the source knows one; otherwise lead time matches by time.
   */
  deployment?: DeploymentRef | null;
}

/** A deployment as a change points to it. */
export interface DeploymentRef {
  id: string;
  finishedAt: number;
}

export interface IncidentFact {
  id: string;
  project: string;
  title: string | null;
  createdAt: number;
  resolvedAt: number | null;
  /** Explicit link to the deployment that caused it (its source id). */
  deploymentRef: string | null;
}

export interface PullRequestFact {
  project: string;
  repository: string;
  number: number;
  createdAt: number;
  mergedAt: number;
  /** The merge commit, when known: its deployment is the PR's deployment. */
  mergeCommitSha?: string | null;
  /**
   * The PR's deployment when the source matched it already (see `FactQuery.resolveDeployments`):
   * null when it reached none. Absent: the calculator matches it.
   */
  deployment?: DeploymentRef | null;
}

/** Everything about some projects over a time range, deployments sorted by finish time. */
export interface DoraFacts {
  deployments: DeploymentFact[];
  changes: ChangeFact[];
  incidents: IncidentFact[];
  pullRequests: PullRequestFact[];
  /**
   * Whether the source holds any incident of these projects at any time, i.e. incidents are
   * collected for them (DevLake's "No Incidents" check). Absent: whether `incidents` holds any.
   */
  incidentsRecorded?: boolean;
}

/** How far before a range deployments are read, so incidents and rollbacks find their deployment. */
export const LINK_LOOKBACK_MS = 30 * 24 * 3_600_000;

/**
 * How far past a range deployments and incidents are read: an incident opened after the range
 * still goes to the range's last deployment when nothing was deployed in between (DevLake links
 * every incident, whenever it opened, to the last deployment before it), and a later rollback
 * still fails the deployment it undid.
 */
export const LINK_LOOKAHEAD_MS = 30 * 24 * 3_600_000;

export interface FactQuery {
  /** Project keys; undefined means every project. */
  projects?: string[];
  /**
   * A key → the project its facts count for, when keys of several sources are one project (see
   * `MetricsRequest.aliases`): such keys are read as one project.
   */
  aliases?: Map<string, string>;
  from: Date;
  to: Date;
  /** Lower-case environment names that count as production. */
  environments: string[];
  /**
   * The source may match changes and pull requests to their deployments itself (in the database)
   * and give only the changes deployed in the range, each with its commit time and deployment
   * finish and nothing else (no sha, no project), so that commits and links are never read.
   * Only for figures: such changes cannot be listed (details) or renamed (aliases).
   */
  resolveDeployments?: boolean;
}

/** Where facts are read from: the plugin's own database, or an existing DevLake database. */
export interface DoraFactSource {
  facts(query: FactQuery): Promise<DoraFacts>;
}

/** A fact query would read more rows than the source is allowed to hold in memory at once. */
export class TooManyFactsError extends Error {
  constructor(readonly limit: number) {
    super(`the query would read more than ${limit} rows`);
    this.name = 'TooManyFactsError';
  }
}
