import type { CalculationOptions } from '../DoraCalculator';
import type { DeploymentFact, IncidentFact } from '../facts';

/** Builders of the facts the calculator tests compute from; times are ISO strings. */
export const t = (iso: string) => Date.parse(iso);
export const options = (
  over: Partial<CalculationOptions> = {},
): CalculationOptions => ({
  environments: ['prod', 'production'],
  benchmark: '2023',
  aggregation: 'median',
  excludeWeekends: false,
  incidentWindowMs: null,
  details: false,
  ...over,
});
export const deployment = (
  id: string,
  finished: string,
  over: Partial<DeploymentFact> = {},
): DeploymentFact => ({
  id,
  project: 'payments',
  environment: 'prod',
  status: 'SUCCESS',
  rollback: false,
  finishedAt: t(finished),
  ...over,
});
export const incident = (
  id: string,
  created: string,
  resolved: string | null,
  over: Partial<IncidentFact> = {},
): IncidentFact => ({
  id,
  project: 'payments',
  title: id,
  createdAt: t(created),
  resolvedAt: resolved ? t(resolved) : null,
  deploymentRef: null,
  ...over,
});
export const change = (
  sha: string,
  committed: string | null,
  landed: string,
) => ({
  project: 'payments',
  sha,
  committedAt: committed ? t(committed) : null,
  landedAt: t(landed),
});
