import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  METRIC_NAMES,
  type Deployment,
  type DevlakeClient,
  type DoraMetrics,
  type Metric,
  type MetricName,
  type MetricsAnswer,
  type SeriesAnswer,
} from '@fawkes/plugin-devlake-dora-common';
import { DEVLAKE_PROJECT_ANNOTATION } from '../annotations';

const metric = (
  value: number | null,
  unit: string,
  extra: Partial<Metric> = {},
): Metric => ({
  value,
  unit,
  trend: null,
  performance: null,
  count: 3,
  ...extra,
});

/** A project with figures for the four metrics and none for the rework rate. */
export const metrics: DoraMetrics = {
  deploymentFrequency: metric(1.2, 'deployments/day', {
    performance: 'elite',
    trend: 'increasing',
    details: [
      {
        id: 'deploy-7',
        environment: 'prod',
        finishedAt: '2026-11-20T10:00:00Z',
      },
    ],
  }),
  leadTimeForChanges: metric(20.5, 'hours', {
    performance: 'high',
    trend: 'decreasing',
    details: [{ sha: 'abc1234', deploymentId: 'deploy-7', hours: 20.5 }],
  }),
  changeFailureRate: metric(12, 'percent', { performance: 'medium' }),
  timeToRestoreService: metric(5, 'hours', {
    performance: 'high',
    details: [{ id: 'INC-9', title: 'Payments degraded', hours: 5 }],
  }),
  deploymentReworkRate: metric(null, 'percent', { reason: 'no rework seen' }),
};

const emptyBecause: Record<MetricName, string> = {
  deploymentFrequency: 'no deployment in the period',
  leadTimeForChanges: 'no deployed change in the period',
  changeFailureRate: 'no deployment in the period',
  timeToRestoreService: 'no incident in the period',
  deploymentReworkRate: 'no deployment in the period',
};

/** A project DevLake has seen nothing of in the period: every figure null, with its reason. */
export const noMetrics = Object.fromEntries(
  METRIC_NAMES.map(name => [
    name,
    metric(null, metrics[name].unit, { count: 0, reason: emptyBecause[name] }),
  ]),
) as DoraMetrics;

export const answer = (
  overrides: Partial<MetricsAnswer> = {},
): MetricsAnswer => ({
  project: 'payments',
  team: null,
  period: { startDate: '2026-09-01', endDate: '2026-11-30' },
  benchmark: '2024',
  aggregation: 'median',
  definitions: 'dora',
  environments: ['prod'],
  metrics,
  ...overrides,
});

/** A weekly series; a null value is a week without data. */
export const series = (
  name: MetricName,
  values: Array<number | null>,
): SeriesAnswer => ({
  project: 'payments',
  team: null,
  metric: name,
  interval: 'week',
  period: { startDate: '2026-09-01', endDate: '2026-11-30' },
  points: values.map((value, i) => ({
    start: `2026-09-${String(1 + i * 7).padStart(2, '0')}T00:00:00.000Z`,
    end: `2026-09-${String(8 + i * 7).padStart(2, '0')}T00:00:00.000Z`,
    value,
    unit: 'hours',
    count: value === null ? 0 : 2,
    performance: value === null ? null : 'high',
  })),
});

export const deployment: Deployment = {
  id: 'd1',
  version: '1.4.0',
  environment: 'prod',
  status: 'SUCCESS',
  startTime: null,
  endTime: '2026-11-20T10:00:00Z',
  duration: 300,
  triggeredBy: null,
  commit: { sha: 'abcdef1234567', message: 'fix rounding', author: null },
};

/** A failed backend answer, as the generated client throws it. */
export async function responseError(status: number, message: string) {
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: 'Error',
    url: 'http://backend/api/devlake/dora/metrics',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: { name: status === 403 ? 'NotAllowedError' : 'Error', message },
        request: { method: 'GET', url: '/dora/metrics' },
        response: { statusCode: status },
      }),
  } as any);
}

/**
 * The client's methods the components call, as jest mocks: the figures above, a series with a
 * gap per metric (none at all for the rework rate), one deployment.
 */
export function fakeDevlakeApi() {
  return {
    getDoraMetrics: jest.fn(async (_init?: any) => answer()),
    getSeries: jest.fn(async (init: any) =>
      init.params.query.metric === 'deploymentReworkRate'
        ? series('deploymentReworkRate', [null, null])
        : series(init.params.query.metric, [3, null, 5, 4]),
    ),
    getDeploymentHistory: jest.fn(async (_init?: any) => ({
      service: 'payments',
      total: 1,
      nextCursor: null as string | null,
      deployments: [deployment],
    })),
  } satisfies Partial<Record<keyof DevlakeClient, unknown>>;
}

export const entity = (annotations: Record<string, string> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payment-service', annotations },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
});

/** A component with the project annotation. */
export const annotated = entity({ [DEVLAKE_PROJECT_ANNOTATION]: 'payments' });
