import type { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** One DORA figure: its value (null with a `reason` when there is no data), unit, trend and band. */
export type Metric = Schemas['Metric'];
/** The five metrics of a period. */
export type DoraMetrics = Schemas['DoraMetrics'];
export type MetricsPeriod = Schemas['Period'];
/** `GET /dora-metrics` (seed 001). */
export type MetricsAnswer = Schemas['MetricsAnswer'];
/** `GET /dora/metrics` (seed 000). */
export type SeedMetricsAnswer = Schemas['SeedMetricsAnswer'];
/** `GET /dora/deployment-frequency`, `/dora/lead-time`, `/dora/change-failure-rate`, `/dora/mttr`. */
export type SingleMetricAnswer = Schemas['SingleMetricAnswer'];
export type SeriesPoint = Schemas['SeriesPoint'];
export type SeriesAnswer = Schemas['SeriesAnswer'];
/** A deployment of `GET /deployment-history`. */
export type Deployment = Schemas['Deployment'];
export type DeploymentHistoryPage = Schemas['DeploymentHistory'];
/** What a webhook delivery wrote. */
export type StoredCounts = Schemas['Stored']['stored'];
