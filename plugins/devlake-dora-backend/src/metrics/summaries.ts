import type { Definitions } from '@fawkes/plugin-devlake-dora-common';
import type { Aggregation } from './aggregate';
import type { MetricName } from './DoraCalculator';
import type { Span as Sampled, Window } from './metricOf';

/**
 * A window's figures as the database computes them: counts and aggregated spans, never the facts
 * they come from. The same figures `DoraCalculator` derives from the facts in the backend.
 */
export interface WindowSummary {
  /** Successful production deployments finished in the window. */
  deployments: number;
  /** The distinct days (00:00 UTC) they finished on. */
  deploymentDays: number[];
  leadTime: Sampled;
  /** Pull requests deployed in the window: opened → merged (`review`) and merged → deployed. */
  pullRequests: { count: number; review: number | null; deploy: number | null };
  /** DevLake's `pr_cycle_time` (definitions=devlake). */
  prCycle: Sampled;
  changeFailure: {
    count: number;
    failed: number;
    anyRolledBack: boolean;
    anyFailedStatus: boolean;
  };
  restore: Sampled;
  rework: { count: number; rework: number };
}

export interface SummaryQuery {
  /** Project keys; undefined: every project. */
  projects?: string[];
  /** Lower-case production environments. */
  environments: string[];
  /** The range facts would be read for (the period and the one before it). */
  from: Date;
  to: Date;
  /** The windows to summarize, inside the range. */
  windows: Window[];
  /** The metrics wanted; the others' figures are left empty. */
  metrics: readonly MetricName[];
  aggregation: Aggregation;
  definitions: Definitions;
  /** 2023 and 2024: recovery from the deployment's finish; 2021: from the incident's opening. */
  recoveryFromDeployment: boolean;
  countFailedDeployments: boolean;
  incidentWindowMs: number | null;
}

export interface Summaries {
  /** Whether any incident of these projects is stored, whenever it opened. */
  incidentsRecorded: boolean;
  windows: WindowSummary[];
}

/** A store that aggregates in the database, so that no fact is read into the backend. */
export interface DoraSummarySource {
  summaries(query: SummaryQuery): Promise<Summaries>;
}
