import { InputError } from '@backstage/errors';
import {
  BENCHMARK_YEARS,
  METRIC_NAMES,
  type Definitions,
} from '@fawkes/plugin-devlake-dora-common';
import type { Aggregation } from './aggregate';
import type { BenchmarkSet } from './benchmarkSets';
import type { Benchmark, BenchmarkYear } from './benchmarks';
import {
  addMonths,
  DAY,
  lengthInDays,
  startOfDay,
  startOfMonth,
  startOfWeek,
} from './calendar';
import {
  DoraCalculator,
  type DoraMetrics,
  type MetricName,
  trendOf,
  type Window,
} from './DoraCalculator';
import type { FrequencyUnit } from './metricOf';
import type { DoraSummarySource } from './summaries';
import { summaryMetrics } from './summaryMetrics';
import {
  TooManyFactsError,
  type DoraFactSource,
  type DoraFacts,
} from './facts';
import type { Period } from './period';

export interface MetricsRequest {
  /** Project keys; undefined: every project. */
  projects?: string[];
  /** A source's project key → the project its facts count for (one component across sources). */
  aliases?: Map<string, string>;
  period: Period;
  environments?: string[];
  /** A report year or the name of a configured set. */
  benchmark?: string;
  aggregation?: Aggregation;
  excludeWeekends?: boolean;
  /** Holidays of this request (each day's 00:00 UTC), beside the configured ones. */
  holidays?: number[];
  definitions?: Definitions;
  countFailedDeployments?: boolean;
  details?: boolean;
}

export interface MetricsDefaults {
  productionEnvironments: string[];
  incidentWindowHours: number | null;
  /** `devlake.holidays`: days (00:00 UTC) out of time in every request. */
  holidays?: number[];
  /** `devlake.definitions`: the definitions a request that names none follows. */
  definitions?: Definitions;
  /** `devlake.benchmarks`: named sets of bands, `benchmark=<name>`. */
  benchmarkSets?: BenchmarkSet[];
}

export type Interval = 'day' | 'week' | 'month';

/** Where a series bucket starts, and where the next one does. */
const BUCKETS: Record<
  Interval,
  { first: (t: number) => number; next: (t: number) => number }
> = {
  day: { first: startOfDay, next: t => t + DAY },
  week: { first: startOfWeek, next: t => t + 7 * DAY },
  month: { first: startOfMonth, next: t => addMonths(t, 1) },
};

/** Says what to narrow when a request would read more facts than `devlake.maxFactRows` allows. */
function tooMany(request: MetricsRequest, limit: number): InputError {
  const scope = request.projects
    ? `${request.projects.length} project(s)`
    : 'every project';
  return new InputError(
    `query: the request would read more than ${limit} deployments, commits, incidents and pull requests (devlake.maxFactRows) for ${scope} ` +
      `from ${request.period.startDate} to ${request.period.endDate} and the period before it; name a project or team (query.project, query.team) ` +
      `or shorten the period (query.startDate/query.endDate, query.timeRange)`,
  );
}

/** Whether a source's project key counts for another project (a component's keys are also its own). */
const renames = (aliases?: Map<string, string>) =>
  [...(aliases ?? [])].some(([key, project]) => key !== project);

/** Facts with each source's project key replaced by the project it counts for. */
function asProjects(
  facts: DoraFacts,
  aliases?: Map<string, string>,
): DoraFacts {
  if (!aliases || aliases.size === 0) return facts;
  const as = <T extends { project: string }>(fact: T): T => {
    const project = aliases.get(fact.project);
    return project === undefined || project === fact.project
      ? fact
      : { ...fact, project };
  };
  return {
    ...facts,
    deployments: facts.deployments.map(as),
    changes: facts.changes.map(as),
    incidents: facts.incidents.map(as),
    pullRequests: facts.pullRequests.map(as),
  };
}

/** Reads the facts for a request and computes the DORA metrics, their trend or their series. */
export class DoraMetricsService {
  /**
   * `summaries`: the same store aggregating in the database, used for figures whenever it can
   * give them (no details, no aliases, no days out of time), so that no fact is read.
   */
  constructor(
    private readonly source: DoraFactSource,
    private readonly defaults: MetricsDefaults,
    private readonly summaries?: DoraSummarySource,
  ) {}

  private summarized(request: MetricsRequest): boolean {
    return (
      this.summaries !== undefined &&
      !request.details &&
      !renames(request.aliases) &&
      !request.excludeWeekends &&
      this.holidaysOf(request).size === 0
    );
  }

  /**
   * The metrics of each window computed in the database; `frequencies` gives each window's
   * deployment frequency unit (default deploys/week).
   */
  private async summarize(
    request: MetricsRequest,
    windows: Window[],
    metrics: readonly MetricName[],
    frequencies?: FrequencyUnit[],
  ): Promise<DoraMetrics[]> {
    const environments = this.environmentsOf(request);
    const range = DoraCalculator.factRange(request.period);
    const benchmark = this.benchmarkOf(request);
    const definitions = this.definitionsOf(request);
    const countFailedDeployments = request.countFailedDeployments ?? false;
    const { incidentsRecorded, windows: figures } =
      await this.summaries!.summaries({
        projects: request.projects,
        environments,
        from: new Date(range.from),
        to: new Date(range.to),
        windows,
        metrics,
        aggregation: request.aggregation ?? 'median',
        definitions,
        recoveryFromDeployment: benchmark.year !== '2021',
        countFailedDeployments,
        incidentWindowMs:
          this.defaults.incidentWindowHours === null
            ? null
            : this.defaults.incidentWindowHours * 3_600_000,
      }).catch(error => {
        throw error instanceof TooManyFactsError
          ? tooMany(request, error.limit)
          : error;
      });
    const context = {
      environments,
      benchmark: { year: benchmark.year, custom: benchmark.custom },
      off: { weekends: false, holidays: new Set<number>() },
      excludeWeekends: false,
    };
    return windows.map((window, i) =>
      summaryMetrics(
        context,
        window,
        figures[i],
        { definitions, countFailedDeployments, incidentsRecorded },
        frequencies?.[i],
      ),
    );
  }

  private environmentsOf(request: MetricsRequest): string[] {
    return (request.environments ?? this.defaults.productionEnvironments).map(
      e => e.toLowerCase(),
    );
  }

  private async calculator(request: MetricsRequest, details: boolean) {
    const environments = this.environmentsOf(request);
    const range = DoraCalculator.factRange(request.period);
    const facts = await this.source
      .facts({
        projects: request.projects,
        aliases: request.aliases,
        from: new Date(range.from),
        to: new Date(range.to),
        environments,
        // Figures alone need no change by name: the database matches them to their deployments.
        resolveDeployments: !details && !renames(request.aliases),
      })
      .catch(error => {
        throw error instanceof TooManyFactsError
          ? tooMany(request, error.limit)
          : error;
      });
    const benchmark = this.benchmarkOf(request);
    const calculator = new DoraCalculator(asProjects(facts, request.aliases), {
      environments,
      benchmark: benchmark.year,
      customBands: benchmark.custom,
      aggregation: request.aggregation ?? 'median',
      excludeWeekends: request.excludeWeekends ?? false,
      holidays: this.holidaysOf(request),
      definitions: this.definitionsOf(request),
      countFailedDeployments: request.countFailedDeployments ?? false,
      incidentWindowMs:
        this.defaults.incidentWindowHours === null
          ? null
          : this.defaults.incidentWindowHours * 3_600_000,
      details,
    });
    return { calculator, environments };
  }

  /** The names `benchmark=` takes: the report years and the configured sets. */
  benchmarkNames(): string[] {
    return [
      ...BENCHMARK_YEARS,
      ...(this.defaults.benchmarkSets ?? []).map(set => set.name),
    ];
  }

  definitionsOf(request: MetricsRequest): Definitions {
    return request.definitions ?? this.defaults.definitions ?? 'dora';
  }

  private benchmarkOf(request: MetricsRequest): Benchmark {
    const name = request.benchmark ?? '2023';
    const set = this.defaults.benchmarkSets?.find(s => s.name === name);
    if (set) return { year: set.year, custom: set.bands };
    return { year: name as BenchmarkYear };
  }

  private holidaysOf(request: MetricsRequest): ReadonlySet<number> {
    return new Set([
      ...(this.defaults.holidays ?? []),
      ...(request.holidays ?? []),
    ]);
  }

  async metrics(request: MetricsRequest): Promise<{
    environments: string[];
    definitions: Definitions;
    metrics: DoraMetrics;
  }> {
    if (this.summarized(request)) {
      const { from, to } = request.period;
      const [current, before] = await this.summarize(
        request,
        [request.period, { from: from - (to - from), to: from }],
        METRIC_NAMES,
      );
      for (const name of METRIC_NAMES)
        current[name].trend = trendOf(current[name].value, before[name].value);
      return {
        environments: this.environmentsOf(request),
        definitions: this.definitionsOf(request),
        metrics: current,
      };
    }
    const { calculator, environments } = await this.calculator(
      request,
      request.details ?? false,
    );
    return {
      environments,
      definitions: this.definitionsOf(request),
      metrics: calculator.metrics(request.period),
    };
  }

  /**
   * One figure per day, ISO week (Monday) or calendar month of the period, without trends.
   * Deployment frequency is per interval (`deploys/day`, `deploys/week`, `deploys/month`): a
   * bucket's deployments, scaled up when the period cuts the bucket short.
   */
  async series(
    request: MetricsRequest,
    metric: MetricName,
    interval: Interval,
  ) {
    const { from, to } = request.period;
    const starts: number[] = [];
    const { first, next } = BUCKETS[interval];
    const off = {
      weekends: request.excludeWeekends ?? false,
      holidays: this.holidaysOf(request),
    };
    for (let t = first(from); t < to; t = next(t)) starts.push(t);
    const buckets = starts.map(start => ({
      window: { from: Math.max(start, from), to: Math.min(next(start), to) },
      frequency: {
        unit: `deploys/${interval}`,
        days: lengthInDays(start, next(start), off),
      },
    }));
    let computed: DoraMetrics[];
    if (this.summarized(request)) {
      computed = await this.summarize(
        request,
        buckets.map(b => b.window),
        [metric],
        buckets.map(b => b.frequency),
      );
    } else {
      const { calculator } = await this.calculator(request, false);
      computed = buckets.map(b =>
        calculator.compute(b.window, false, b.frequency),
      );
    }
    return buckets.map(({ window }, i) => {
      const m = computed[i][metric];
      return {
        start: new Date(window.from).toISOString(),
        end: new Date(window.to).toISOString(),
        value: m.value,
        unit: m.unit,
        count: m.count,
        performance: m.performance,
        ...(m.reason ? { reason: m.reason } : {}),
      };
    });
  }
}
