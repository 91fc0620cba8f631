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
  runRoute,
  type AuditMeta,
  type RouteCall,
} from '@fawkes/backend-http';
import {
  AGGREGATIONS,
  DEFINITIONS,
  METRIC_NAMES,
  devlakeMetricsReadPermission,
  type MetricName,
} from '@fawkes/plugin-devlake-dora-common';
import type express from 'express';
import { z } from 'zod';
import type { DeploymentHistory } from './database/DeploymentHistory';
import { environmentNames } from './history/environmentNames';
import { typeError } from './ingestion/schemas';
import { parseHolidays } from './metrics/holidays';
import type {
  DoraMetricsService,
  MetricsRequest,
} from './metrics/DoraMetricsService';
import {
  periodFromDates,
  periodFromTimeRange,
  type Period,
} from './metrics/period';
import type { ProjectResolver } from './projects/ProjectResolver';
import { version } from '../package.json';

export interface ReadRouteOptions {
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

/** A query parameter sent twice arrives as a list: say so rather than "expected string". */
const once = (expected: string) => (issue: { input?: unknown }) =>
  Array.isArray(issue.input) ? 'must be given once' : expected;

/**
 * A read route's query, refused when a parameter is given twice (a list: each is taken once, and
 * a list would otherwise read as a wrong type or, for an enum, a wrong value) or holds a NUL
 * character (PostgreSQL cannot compare text holding one).
 */
function plainQuery(query: express.Request['query']): unknown {
  const problems = Object.entries(query).flatMap(([key, value]) => {
    if (Array.isArray(value)) return [`query.${key}: must be given once`];
    if (typeof value === 'string' && value.includes('\u0000'))
      return [`query.${key}: must not contain a NUL character (%00)`];
    return [];
  });
  if (problems.length > 0)
    throw new InputError(`Invalid request query: ${problems.join('; ')}`);
  return query;
}

/** The metrics routes' query schemas; `benchmark` takes the report years and the configured sets. */
function metricsQueries(benchmarks: string[]) {
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
      .enum(benchmarks as [string, ...string[]], {
        error: `must be one of ${benchmarks.join(', ')}`,
      })
      .optional(),
    aggregation: z
      .enum(AGGREGATIONS, {
        error: `must be one of ${AGGREGATIONS.join(', ')}`,
      })
      .optional(),
    definitions: z
      .enum(DEFINITIONS, { error: `must be one of ${DEFINITIONS.join(', ')}` })
      .optional(),
    holidays: z
      .string({ error: once('must be dates as YYYY-MM-DD, comma-separated') })
      .max(4000, 'must be at most 4000 characters')
      .transform(v => parseHolidays(v.split(','), 'query.holidays'))
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
      error: typeError(
        `one of ${METRIC_NAMES.join(', ')}`,
        `is required: one of ${METRIC_NAMES.join(', ')}`,
      ),
    }),
    interval: z
      .enum(['day', 'week', 'month'], { error: 'must be day, week or month' })
      .default('week'),
  });
  return { doraMetricsQuery, seedMetricsQuery, seriesQuery };
}

type MetricsQuery = z.infer<
  ReturnType<typeof metricsQueries>['seedMetricsQuery']
>;

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
    definitions: result.definitions,
    environments: result.environments,
    metrics: result.metrics,
  };
}

/** What a read answers and what its audit event records: the scope that was read. */
interface ReadAnswer {
  body: unknown;
  audit: AuditMeta;
}

/** The read routes: parse and validate, call the domain, answer. */
export function addReadRoutes(
  router: express.Router,
  options: ReadRouteOptions,
): void {
  const { httpAuth, auditor, permissions, history, metrics, projects } =
    options;
  const services = { httpAuth, auditor, permissions };
  const now = options.now ?? Date.now;
  const { doraMetricsQuery, seedMetricsQuery, seriesQuery } = metricsQueries(
    metrics.benchmarkNames(),
  );

  /**
   * A read in Backstage's audit log at severity low, as the catalog audits its reads: who read
   * which project's figures.
   */
  function read(
    path: string,
    eventId: string,
    queryType: string | undefined,
    handle: (req: express.Request, call: RouteCall) => Promise<ReadAnswer>,
  ) {
    router.get(path, async (req, res) => {
      const answer = await runRoute(
        services,
        req,
        {
          audit: {
            eventId,
            severityLevel: 'low',
            meta: queryType ? { queryType } : {},
          },
          resultMeta: (result: ReadAnswer) => result.audit,
        },
        call => handle(req, call),
      );
      res.json(answer.body);
    });
  }

  router.get(
    '/health',
    healthHandler({ version, check: () => history.ping() }),
  );

  /** Authorizes, and resolves project/team into a metrics request. */
  async function metricsRequest(
    { credentials }: RouteCall,
    query: MetricsQuery,
    period: Period,
  ): Promise<MetricsRequest> {
    await authorizeOrThrow(
      permissions,
      credentials,
      devlakeMetricsReadPermission,
    );
    const scope = await projects.scope(
      { project: query.project, team: query.team },
      credentials,
    );
    return {
      projects: scope?.keys,
      aliases: scope?.aliases,
      period,
      environments: query.environments,
      benchmark: query.benchmark,
      aggregation: query.aggregation,
      definitions: query.definitions,
      holidays: query.holidays,
      excludeWeekends: query.excludeWeekends,
      countFailedDeployments: query.countFailedDeployments,
      details: query.details,
    };
  }

  /** Seed 000's timeRange, or seed 001's startDate/endDate; not both, so no value is silently ignored. */
  function seedPeriod(query: MetricsQuery, fallback?: string) {
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

  read('/dora-metrics', 'metrics-fetch', 'all', async (req, call) => {
    const query = parseInput(doraMetricsQuery, plainQuery(req.query), 'query');
    const period = periodFromDates(query.startDate, query.endDate, now());
    const request = await metricsRequest(call, query, period);
    const result = await metrics.metrics(request);
    return {
      body: {
        ...scopeOf(query),
        period: { startDate: period.startDate, endDate: period.endDate },
        ...settingsOf(request, result),
      },
      audit: scopeOf(query),
    };
  });

  read('/dora/metrics', 'metrics-fetch', 'all', async (req, call) => {
    const query = parseInput(seedMetricsQuery, plainQuery(req.query), 'query');
    const period = seedPeriod(query);
    const request = await metricsRequest(call, query, period);
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
  });

  for (const [path, name] of SINGLE_METRIC_ROUTES) {
    read(path, 'metrics-fetch', 'by-metric', async (req, call) => {
      const query = parseInput(
        seedMetricsQuery,
        plainQuery(req.query),
        'query',
      );
      const period = seedPeriod(query);
      const result = await metrics.metrics(
        await metricsRequest(call, query, period),
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
    });
  }

  read('/dora/series', 'metrics-fetch', 'series', async (req, call) => {
    const query = parseInput(seriesQuery, plainQuery(req.query), 'query');
    const period = seedPeriod(query, 'last90days');
    const request = await metricsRequest(call, query, period);
    const points = await metrics.series(request, query.metric, query.interval);
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
  });

  read(
    '/deployment-history',
    'deployment-history-fetch',
    undefined,
    async (req, { credentials }) => {
      const query = parseInput(
        deploymentHistoryQuery,
        plainQuery(req.query),
        'query',
      );
      await authorizeOrThrow(
        permissions,
        credentials,
        devlakeMetricsReadPermission,
      );
      const projectKeys = (await projects.resolve(
        { project: query.service },
        credentials,
      ))!;
      const environments = query.environment
        ? environmentNames(query.environment, options.productionEnvironments)
        : undefined;
      const page = await history.page({
        limit: query.limit,
        cursor: query.cursor,
        services: projectKeys,
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
    },
  );
}
