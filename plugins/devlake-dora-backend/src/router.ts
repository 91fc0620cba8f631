import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  authorizeOrThrow,
  healthHandler,
  parseInput,
} from '@fawkes/backend-http';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { auditedRead } from './audit/auditedRead';
import type { DeploymentHistory } from './database/DeploymentHistory';
import { environmentNames } from './history/environmentNames';
import { AGGREGATIONS } from './metrics/aggregate';
import { BENCHMARK_YEARS } from './metrics/benchmarks';
import { METRIC_NAMES, type MetricName } from './metrics/DoraCalculator';
import type {
  DoraMetricsService,
  MetricsRequest,
} from './metrics/DoraMetricsService';
import {
  periodFromDates,
  periodFromTimeRange,
  type Period,
} from './metrics/period';
import { devlakeMetricsReadPermission } from './permissions';
import type { ProjectResolver } from './projects/ProjectResolver';
import { version } from '../package.json';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  history: DeploymentHistory;
  metrics: DoraMetricsService;
  projects: ProjectResolver;
  /** What `environment=prod` of the history means (`devlake.productionEnvironments`). */
  productionEnvironments: string[];
  /** Overridable clock for tests of default periods. */
  now?: () => number;
}

const flag = (field: string) =>
  z
    .enum(['true', 'false'], { error: `must be true or false (${field})` })
    .transform(v => v === 'true')
    .optional();

const optionsQuery = {
  project: z.string().min(1, 'must not be empty').max(255).optional(),
  team: z.string().min(1, 'must not be empty').max(255).optional(),
  environments: z
    .string()
    .transform(v =>
      v
        .split(',')
        .map(e => e.trim())
        .filter(Boolean),
    )
    .refine(
      list => list.length > 0 && list.length <= 20,
      'must list 1 to 20 environments, comma-separated',
    )
    .optional(),
  benchmark: z
    .enum(BENCHMARK_YEARS, {
      error: `must be one of ${BENCHMARK_YEARS.join(', ')}`,
    })
    .optional(),
  aggregation: z
    .enum(AGGREGATIONS, { error: `must be one of ${AGGREGATIONS.join(', ')}` })
    .optional(),
  excludeWeekends: flag('excludeWeekends'),
  countFailedDeployments: flag('countFailedDeployments'),
  details: flag('details'),
};

const doraMetricsQuery = z.object({
  ...optionsQuery,
  startDate: z.string().optional(),
  endDate: z.string().optional(),
});
const seedMetricsQuery = z.object({
  ...optionsQuery,
  timeRange: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
});
const seriesQuery = seedMetricsQuery.extend({
  metric: z.enum(METRIC_NAMES, {
    error: `is required: one of ${METRIC_NAMES.join(', ')}`,
  }),
  interval: z
    .enum(['day', 'week', 'month'], { error: 'must be day, week or month' })
    .default('week'),
});

/** A query parameter sent twice arrives as a list: say so rather than "expected string". */
const once = (expected: string) => (issue: { input?: unknown }) =>
  Array.isArray(issue.input) ? 'must be given once' : expected;

const deploymentHistoryQuery = z.object({
  service: z
    .string({
      error: issue =>
        issue.input === undefined
          ? 'is required: the service (project) name'
          : once('must be a string')(issue),
    })
    .min(1, 'must not be empty'),
  environment: z.string().min(1).optional(),
  // Digits only: Number() would also read 1e2 or 0x10.
  limit: z
    .preprocess(
      v => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
      z.number({ error: once('must be a whole number from 1 to 100') }),
    )
    .pipe(
      z.number().min(1, 'must be at least 1').max(100, 'must be at most 100'),
    )
    .default(20),
  cursor: z.string().min(1).optional(),
});

/** Seed 000's single-metric routes and the metric each answers. */
const SINGLE_METRIC_ROUTES: Array<[string, MetricName]> = [
  ['/dora/deployment-frequency', 'deploymentFrequency'],
  ['/dora/lead-time', 'leadTimeForChanges'],
  ['/dora/change-failure-rate', 'changeFailureRate'],
  ['/dora/mttr', 'timeToRestoreService'],
];

/** What both all-metrics routes echo besides the scope and period: the settings the figures were computed with. */
function settingsOf(
  request: MetricsRequest,
  result: Awaited<ReturnType<DoraMetricsService['metrics']>>,
) {
  return {
    benchmark: request.benchmark ?? '2023',
    aggregation: request.aggregation ?? 'median',
    environments: result.environments,
    metrics: result.metrics,
  };
}

/** HTTP only for the read routes: parse and validate, call the domain, answer. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auditor, permissions, history, metrics, projects } =
    options;
  const now = options.now ?? Date.now;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get(
    '/health',
    healthHandler({ version, check: () => history.ping() }),
  );

  /** Authenticates, validates, authorizes and resolves project/team into a metrics request. */
  async function metricsRequest(
    req: express.Request,
    query: z.infer<typeof seedMetricsQuery>,
    period: Period,
  ): Promise<MetricsRequest> {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await authorizeOrThrow(
      permissions,
      credentials,
      devlakeMetricsReadPermission,
    );
    return {
      projects: await projects.resolve(
        { project: query.project, team: query.team },
        credentials,
      ),
      period,
      environments: query.environments,
      benchmark: query.benchmark,
      aggregation: query.aggregation,
      excludeWeekends: query.excludeWeekends,
      countFailedDeployments: query.countFailedDeployments,
      details: query.details,
    };
  }

  /** Seed 000's timeRange, or seed 001's startDate/endDate; not both, so no value is silently ignored. */
  function seedPeriod(
    query: z.infer<typeof seedMetricsQuery>,
    fallback?: string,
  ) {
    const dates = query.startDate !== undefined || query.endDate !== undefined;
    if (query.timeRange !== undefined && dates)
      throw new InputError(
        'query.timeRange: give either timeRange or startDate/endDate, not both',
      );
    return dates
      ? periodFromDates(query.startDate, query.endDate, now())
      : periodFromTimeRange(query.timeRange ?? fallback, now());
  }

  /** What a metrics read records in the audit log: the scope asked for. */
  const scopeOf = (query: { project?: string; team?: string }) => ({
    project: query.project ?? null,
    team: query.team ?? null,
  });

  router.get(
    '/dora-metrics',
    auditedRead(auditor, 'metrics-fetch', 'all', async req => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const query = parseInput(doraMetricsQuery, req.query, 'query');
      const period = periodFromDates(query.startDate, query.endDate, now());
      const request = await metricsRequest(req, query, period);
      const result = await metrics.metrics(request);
      return {
        body: {
          ...scopeOf(query),
          period: { startDate: period.startDate, endDate: period.endDate },
          ...settingsOf(request, result),
        },
        audit: scopeOf(query),
      };
    }),
  );

  router.get(
    '/dora/metrics',
    auditedRead(auditor, 'metrics-fetch', 'all', async req => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const query = parseInput(seedMetricsQuery, req.query, 'query');
      const period = seedPeriod(query);
      const request = await metricsRequest(req, query, period);
      const result = await metrics.metrics(request);
      return {
        body: {
          ...scopeOf(query),
          timeRange:
            query.timeRange ??
            (query.startDate || query.endDate ? null : 'last30days'),
          period: { startDate: period.startDate, endDate: period.endDate },
          ...settingsOf(request, result),
        },
        audit: scopeOf(query),
      };
    }),
  );

  for (const [path, name] of SINGLE_METRIC_ROUTES) {
    router.get(
      path,
      auditedRead(auditor, 'metrics-fetch', 'by-metric', async req => {
        await httpAuth.credentials(req, { allow: ['user', 'service'] });
        const query = parseInput(seedMetricsQuery, req.query, 'query');
        const period = seedPeriod(query);
        const result = await metrics.metrics(
          await metricsRequest(req, query, period),
        );
        return {
          body: {
            ...scopeOf(query),
            period: { startDate: period.startDate, endDate: period.endDate },
            metric: name,
            ...result.metrics[name],
          },
          audit: { ...scopeOf(query), metric: name },
        };
      }),
    );
  }

  router.get(
    '/dora/series',
    auditedRead(auditor, 'metrics-fetch', 'series', async req => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const query = parseInput(seriesQuery, req.query, 'query');
      const period = seedPeriod(query, 'last90days');
      const request = await metricsRequest(req, query, period);
      const points = await metrics.series(
        request,
        query.metric,
        query.interval,
      );
      return {
        body: {
          ...scopeOf(query),
          metric: query.metric,
          interval: query.interval,
          period: { startDate: period.startDate, endDate: period.endDate },
          points,
        },
        audit: { ...scopeOf(query), metric: query.metric },
      };
    }),
  );

  router.get(
    '/deployment-history',
    auditedRead(auditor, 'deployment-history-fetch', undefined, async req => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const query = parseInput(deploymentHistoryQuery, req.query, 'query');
      await authorizeOrThrow(
        permissions,
        credentials,
        devlakeMetricsReadPermission,
      );
      const services = (await projects.resolve(
        { project: query.service },
        credentials,
      ))!;
      const environments = query.environment
        ? environmentNames(query.environment, options.productionEnvironments)
        : undefined;
      const page = await history.page({
        limit: query.limit,
        cursor: query.cursor,
        services,
        environments,
      });
      return {
        body: {
          service: query.service,
          deployments: page.deployments,
          total: page.total,
          nextCursor: page.nextCursor,
        },
        audit: {
          service: query.service,
          environment: query.environment ?? null,
        },
      };
    }),
  );

  return router;
}
