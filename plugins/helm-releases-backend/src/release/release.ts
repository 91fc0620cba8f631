/** The statuses Helm gives a release revision (pkg/release/status.go). */
export const RELEASE_STATUSES = [
  'unknown',
  'deployed',
  'uninstalled',
  'superseded',
  'failed',
  'uninstalling',
  'pending-install',
  'pending-upgrade',
  'pending-rollback',
] as const;

export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export interface ReleaseInfo {
  first_deployed?: string;
  last_deployed?: string;
  deleted?: string;
  description?: string;
  status: ReleaseStatus | string;
  notes?: string;
  [extra: string]: unknown;
}

export interface ChartFile {
  name: string;
  /** base64, as Go marshals []byte */
  data: string;
}

export interface Chart {
  metadata?: Record<string, any>;
  lock?: unknown;
  templates?: ChartFile[] | null;
  values?: Record<string, unknown> | null;
  schema?: string | null;
  files?: ChartFile[] | null;
  [extra: string]: unknown;
}

export interface Hook {
  name: string;
  kind: string;
  path: string;
  manifest: string;
  events?: string[];
  last_run?: { started_at?: string; completed_at?: string; phase?: string };
  weight?: number;
  delete_policies?: string[];
  [extra: string]: unknown;
}

/** A release revision exactly as Helm marshals it to JSON; unknown fields are kept as they are. */
export interface Release {
  name: string;
  namespace: string;
  version: number;
  info: ReleaseInfo;
  chart?: Chart;
  config?: Record<string, unknown> | null;
  manifest?: string;
  hooks?: Hook[] | null;
  labels?: Record<string, string> | null;
  [extra: string]: unknown;
}

export const isPending = (status: string | undefined) =>
  typeof status === 'string' && status.startsWith('pending-');

/** Helm's release name rule (pkg/chartutil ValidateReleaseName): DNS-1123 subdomain of at most 53 characters. */
export const RELEASE_NAME =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const MAX_RELEASE_NAME_LENGTH = 53;

/** What `summary=true` keeps: everything except the chart's templates and files and the manifest. */
export function summarise(release: Release): Release {
  const { manifest: _manifest, chart, ...rest } = release;
  if (!chart) return rest as Release;
  const { templates: _templates, files: _files, ...chartRest } = chart;
  return { ...rest, chart: chartRest } as Release;
}
