import {
  METRIC_NAMES,
  type BenchmarkBands,
  type Definitions,
  type MetricName,
} from '@fawkes/plugin-devlake-dora-common';
import { aggregate, type Aggregation } from './aggregate';
import { firstOpenIncidents } from './openIncidents';
import type { Benchmark, BenchmarkYear } from './benchmarks';
import {
  changeFailureMetric,
  frequencyMetric,
  type FrequencyUnit,
  iso,
  leadTimeMetric,
  type MetricContext,
  pullRequestBreakdown,
  withDetails,
  restoreMetric,
  reworkMetric,
  round,
  type Window,
} from './metricOf';
import { HOUR, elapsed, isOff, type OffDays, startOfDay } from './calendar';
import type { Metric, Trend } from './metric';
import type {
  ChangeFact,
  DeploymentFact,
  DeploymentRef,
  DoraFacts,
  IncidentFact,
  PullRequestFact,
} from './facts';

export interface DoraMetrics {
  deploymentFrequency: Metric;
  leadTimeForChanges: Metric;
  changeFailureRate: Metric;
  timeToRestoreService: Metric;
  deploymentReworkRate: Metric;
}

export type { MetricName };

export interface CalculationOptions {
  /** Lower-case environment names whose deployments count. */
  environments: string[];
  benchmark: BenchmarkYear;
  aggregation: Aggregation;
  excludeWeekends: boolean;
  /** Days (00:00 UTC) taken out of time like weekends. */
  holidays?: ReadonlySet<number>;
  /** Configured bands instead of the `benchmark` report's (whose definitions still apply). */
  customBands?: BenchmarkBands;
  /**
   * `dora` (default): this plugin's definitions. `devlake`: DevLake's dashboards' — change failure
   * rate from incidents only (no rollbacks), lead time per pull request (`pr_cycle_time`).
   */
  definitions?: Definitions;
  /**
   * Incidents without an explicit link go first to the deployment started last at or before them
   * that finished at most this long before them (or after them: a rollout in progress), else still
   * to the last one finished before them; null: straight to that last earlier one.
   */
  incidentWindowMs: number | null;
  /** Failed production deployments join the change failure rate (DevLake counts successful ones only). */
  countFailedDeployments?: boolean;
  details: boolean;
}

/** How an incident found its deployment. */
export type IncidentLinkBasis = 'explicit' | 'window' | 'last earlier';

export type { Definitions };

interface IncidentLink {
  deployment: DeploymentFact;
  linkedBy: IncidentLinkBasis;
}

export type { FrequencyUnit, Window };

const MINUTE = 60_000;
const inWindow = (t: number, w: Window) => t >= w.from && t < w.to;

/** Relative change of more than 5 % either way is a trend; less is stable. */
export function trendOf(
  current: number | null,
  previous: number | null,
): Trend | null {
  if (current === null || previous === null) return null;
  if (previous === 0) return current === 0 ? 'stable' : 'increasing';
  const change = (current - previous) / Math.abs(previous);
  if (change > 0.05) return 'increasing';
  if (change < -0.05) return 'decreasing';
  return 'stable';
}

/** First index in a sorted array whose value is >= t (> t when `after`). */
function lowerBound(sorted: number[], t: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t || (after && sorted[mid] === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** When a deployment started: its finish time when the start is unknown or (bad data) later. */
const startOf = (d: DeploymentFact) =>
  Math.min(d.startedAt ?? d.finishedAt, d.finishedAt);

/** One project's production deployments in time order, with lookups by time. */
class ProjectTimeline {
  readonly successful: DeploymentFact[] = [];
  private readonly successTimes: number[] = [];
  /** The successful deployments by start (then finish) time, built on first use. */
  private byStart?: {
    deployments: DeploymentFact[];
    starts: number[];
    longest: number;
  };

  add(d: DeploymentFact) {
    if (d.status !== 'SUCCESS') return;
    this.successful.push(d);
    this.successTimes.push(d.finishedAt);
    this.byStart = undefined;
  }

  /** The first successful deployment finished at or after t. */
  firstAtOrAfter(t: number): DeploymentFact | undefined {
    return this.successful[lowerBound(this.successTimes, t)];
  }

  /** The last successful deployment finished strictly before t. */
  lastBefore(t: number): DeploymentFact | undefined {
    return this.successful[lowerBound(this.successTimes, t) - 1];
  }

  /**
   * The successful deployment started last at or before t that finished no earlier than `from`:
   * one finished in [from, t] or still rolling out at t.
   */
  lastStartedSpanning(t: number, from: number): DeploymentFact | undefined {
    if (!this.byStart) {
      const deployments = [...this.successful].sort(
        (a, b) => startOf(a) - startOf(b) || a.finishedAt - b.finishedAt,
      );
      const starts = deployments.map(startOf);
      this.byStart = {
        deployments,
        starts,
        longest: deployments.reduce(
          (max, d, i) => Math.max(max, d.finishedAt - starts[i]),
          0,
        ),
      };
    }
    const { deployments, starts, longest } = this.byStart;
    // Walking back by start: nothing started before `from - longest` can have finished at `from` or later.
    for (
      let i = lowerBound(starts, t, true) - 1;
      i >= 0 && starts[i] >= from - longest;
      i--
    ) {
      if (deployments[i].finishedAt >= from) return deployments[i];
    }
    return undefined;
  }
}

/**
 * The DORA metrics of a set of facts over a window, DevLake-faithful by default. Facts must cover
 * the window and, for trends, the previous window of the same length (see `factRange`).
 */
export class DoraCalculator {
  private readonly production: DeploymentFact[];
  private readonly timelines = new Map<string, ProjectTimeline>();
  private readonly byId = new Map<string, DeploymentFact>();
  private readonly incidentLinks = new Map<
    IncidentFact,
    IncidentLink | undefined
  >();
  private readonly changesByKey = new Map<string, ChangeFact>();
  /** Deployments made failures by a later rollback. */
  private readonly rolledBack = new Set<DeploymentFact>();
  private incidentsByProject?: Map<string, IncidentFact[]>;
  /** The days out of time: weekends when asked, and holidays. */
  private readonly off: OffDays;
  private readonly benchmark: Benchmark;
  private readonly context: MetricContext;

  constructor(
    private readonly facts: DoraFacts,
    private readonly options: CalculationOptions,
  ) {
    this.off = {
      weekends: options.excludeWeekends,
      holidays: options.holidays ?? new Set(),
    };
    this.benchmark = { year: options.benchmark, custom: options.customBands };
    this.context = {
      environments: options.environments,
      benchmark: this.benchmark,
      off: this.off,
      excludeWeekends: options.excludeWeekends,
    };
    const environments = new Set(
      options.environments.map(e => e.toLowerCase()),
    );
    this.production = facts.deployments
      .filter(
        d =>
          environments.has(d.environment.toLowerCase()) &&
          (d.status === 'SUCCESS' || d.status === 'FAILURE'),
      )
      .sort((a, b) => a.finishedAt - b.finishedAt);
    const lastSuccess = new Map<string, DeploymentFact>();
    for (const d of this.production) {
      this.timelineOf(d.project).add(d);
      this.byId.set(`${d.project}\u0000${d.id}`, d);
      const key = `${d.project}\u0000${d.environment.toLowerCase()}`;
      if (d.rollback && d.status === 'SUCCESS') {
        const previous = lastSuccess.get(key);
        if (previous) this.rolledBack.add(previous);
      }
      if (d.status === 'SUCCESS') lastSuccess.set(key, d);
    }
    for (const incident of facts.incidents)
      this.incidentLinks.set(incident, this.linkIncident(incident));
    for (const change of facts.changes)
      this.changesByKey.set(`${change.project}\u0000${change.sha}`, change);
  }

  /** The range facts must cover to compute a window and its trend. */
  static factRange(window: Window): Window {
    return { from: window.from - (window.to - window.from), to: window.to };
  }

  metrics(window: Window): DoraMetrics {
    const previous = {
      from: window.from - (window.to - window.from),
      to: window.from,
    };
    const current = this.compute(window, this.options.details);
    const before = this.compute(previous, false);
    for (const name of METRIC_NAMES)
      current[name].trend = trendOf(current[name].value, before[name].value);
    return current;
  }

  /** The metrics of a window with no trend (for series); deployment frequency per `frequency` (default a week). */
  compute(
    window: Window,
    details: boolean,
    frequency?: FrequencyUnit,
  ): DoraMetrics {
    return {
      deploymentFrequency: this.deploymentFrequency(window, details, frequency),
      leadTimeForChanges:
        this.options.definitions === 'devlake'
          ? this.prCycleTime(window, details)
          : this.leadTime(window, details),
      changeFailureRate: this.changeFailureRate(window, details),
      timeToRestoreService: this.timeToRestore(window, details),
      deploymentReworkRate: this.reworkRate(window, details),
    };
  }

  private incidentsOf(project: string): IncidentFact[] {
    if (!this.incidentsByProject) {
      this.incidentsByProject = new Map();
      for (const i of this.facts.incidents) {
        const list = this.incidentsByProject.get(i.project);
        if (list) list.push(i);
        else this.incidentsByProject.set(i.project, [i]);
      }
    }
    return this.incidentsByProject.get(project) ?? [];
  }

  /** For each deployment, the first incident of its project (in fact order) open when it finished. */
  private openIncidentsAt(
    deployments: DeploymentFact[],
  ): Map<DeploymentFact, IncidentFact | undefined> {
    const byProject = new Map<string, DeploymentFact[]>();
    for (const d of deployments) {
      const list = byProject.get(d.project);
      if (list) list.push(d);
      else byProject.set(d.project, [d]);
    }
    const result = new Map<DeploymentFact, IncidentFact | undefined>();
    for (const [project, list] of byProject) {
      const sorted = [...list].sort((a, b) => a.finishedAt - b.finishedAt);
      const open = firstOpenIncidents(
        this.incidentsOf(project),
        sorted.map(d => d.finishedAt),
      );
      sorted.forEach((d, i) => result.set(d, open[i]));
    }
    return result;
  }

  private timelineOf(project: string): ProjectTimeline {
    let timeline = this.timelines.get(project);
    if (!timeline) {
      timeline = new ProjectTimeline();
      this.timelines.set(project, timeline);
    }
    return timeline;
  }

  /**
   * The order: the explicit link; else, when a window is configured, the successful
   * production deployment started last at or before the incident opened and finished no earlier
   * than the window before it (which includes a rollout still in progress when the incident
   * opened); else the last one finished before the incident.
   */
  private linkIncident(incident: IncidentFact): IncidentLink | undefined {
    if (incident.deploymentRef) {
      const explicit = this.byId.get(
        `${incident.project}\u0000${incident.deploymentRef}`,
      );
      if (explicit) return { deployment: explicit, linkedBy: 'explicit' };
    }
    const timeline = this.timelines.get(incident.project);
    const { incidentWindowMs } = this.options;
    if (timeline && incidentWindowMs !== null) {
      const inWindowDeployment = timeline.lastStartedSpanning(
        incident.createdAt,
        incident.createdAt - incidentWindowMs,
      );
      if (inWindowDeployment)
        return { deployment: inWindowDeployment, linkedBy: 'window' };
    }
    const earlier = timeline?.lastBefore(incident.createdAt);
    return earlier
      ? { deployment: earlier, linkedBy: 'last earlier' }
      : undefined;
  }

  /**
   * The deployment a change reached: the first successful production deployment that lists it
   * when ingestion linked it to one, else the first finished at or after it landed.
   */
  private deploymentOf(
    change: ChangeFact,
  ): { deployment: DeploymentRef; matchedBy: 'link' | 'time' } | undefined {
    if (change.deployment)
      return { deployment: change.deployment, matchedBy: 'link' };
    const deployment = this.timelines
      .get(change.project)
      ?.firstAtOrAfter(change.landedAt);
    return deployment ? { deployment, matchedBy: 'time' } : undefined;
  }

  /** Whether t is in time (not on a weekend excluded or a holiday). */
  private weekday = (t: number) => !isOff(this.off, t);

  private successfulIn(window: Window): DeploymentFact[] {
    return this.production.filter(
      d =>
        d.status === 'SUCCESS' &&
        inWindow(d.finishedAt, window) &&
        this.weekday(d.finishedAt),
    );
  }

  private deploymentFrequency(
    window: Window,
    details: boolean,
    frequency?: FrequencyUnit,
  ): Metric {
    const deployments = this.successfulIn(window);
    return frequencyMetric(
      this.context,
      window,
      deployments.length,
      new Set(deployments.map(d => startOfDay(d.finishedAt))),
      frequency,
      details
        ? deployments.map(d => ({
            id: d.id,
            project: d.project,
            environment: d.environment,
            finishedAt: iso(d.finishedAt),
          }))
        : undefined,
    );
  }

  private leadTime(window: Window, details: boolean): Metric {
    const samples: number[] = [];
    const rows: unknown[] = [];
    for (const change of this.facts.changes) {
      if (change.committedAt === null) continue;
      const reached = this.deploymentOf(change);
      if (!reached) continue;
      const { deployment, matchedBy } = reached;
      if (
        !inWindow(deployment.finishedAt, window) ||
        !this.weekday(deployment.finishedAt)
      )
        continue;
      // A commit dated after its deployment has a wrong clock; DevLake drops negative spans too.
      if (deployment.finishedAt < change.committedAt) continue;
      const ms = elapsed(change.committedAt, deployment.finishedAt, this.off);
      samples.push(ms);
      if (details) {
        rows.push({
          sha: change.sha,
          project: change.project,
          committedAt: iso(change.committedAt),
          deploymentId: deployment.id,
          deployedAt: iso(deployment.finishedAt),
          matchedBy,
          hours: round(ms / HOUR),
        });
      }
    }
    const value = aggregate(samples, this.options.aggregation);
    return leadTimeMetric(
      this.context,
      window,
      { value, count: samples.length },
      {
        ...(value === null ? {} : this.pullRequestBreakdown(window)),
        ...withDetails(details ? rows : undefined),
      },
    );
  }

  /**
   * A merged PR's deployment: its merge commit's (as DevLake matches `merge_commit_sha`) when that
   * is known, else the first finished at or after the merge.
   */
  private deploymentOfPullRequest(
    pr: PullRequestFact,
  ): DeploymentRef | undefined {
    // Matched by the source already (in the database).
    if (pr.deployment !== undefined) return pr.deployment ?? undefined;
    const mergeCommit = pr.mergeCommitSha
      ? this.changesByKey.get(`${pr.project}\u0000${pr.mergeCommitSha}`)
      : undefined;
    return (
      (mergeCommit && this.deploymentOf(mergeCommit)?.deployment) ??
      this.timelines.get(pr.project)?.firstAtOrAfter(pr.mergedAt)
    );
  }

  /** A PR's deployment when it finished in the window (on a day in time). */
  private pullRequestDeployedIn(
    pr: PullRequestFact,
    window: Window,
  ): DeploymentRef | undefined {
    const deployment = this.deploymentOfPullRequest(pr);
    return deployment &&
      inWindow(deployment.finishedAt, window) &&
      this.weekday(deployment.finishedAt)
      ? deployment
      : undefined;
  }

  /**
   * DevLake's lead time (`definitions=devlake`): per merged pull request whose deployment finished
   * in the window, its `pr_cycle_time` — from the PR's first commit to that deployment's finish,
   * in whole minutes rounded up (DevLake's `ceil`), a negative span left out. The webhooks carry no
   * PR's commits, so the first commit is unknown and the cycle starts when the PR was opened.
   * Commits without a PR do not count, as in DevLake.
   */
  private prCycleTime(window: Window, details: boolean): Metric {
    const samples: number[] = [];
    const rows: unknown[] = [];
    for (const pr of this.facts.pullRequests) {
      const deployment = this.pullRequestDeployedIn(pr, window);
      if (!deployment || deployment.finishedAt < pr.createdAt) continue;
      const ms =
        Math.ceil(
          elapsed(pr.createdAt, deployment.finishedAt, this.off) / MINUTE,
        ) * MINUTE;
      samples.push(ms);
      if (details)
        rows.push({
          repository: pr.repository,
          number: pr.number,
          project: pr.project,
          createdAt: iso(pr.createdAt),
          mergedAt: iso(pr.mergedAt),
          deploymentId: deployment.id,
          deployedAt: iso(deployment.finishedAt),
          hours: round(ms / HOUR),
        });
    }
    return leadTimeMetric(
      this.context,
      window,
      {
        value: aggregate(samples, this.options.aggregation),
        count: samples.length,
      },
      withDetails(details ? rows : undefined),
      true,
    );
  }

  /**
   * DevLake's PR-based view when PRs are known: merged → deployed and opened → merged. The PR's
   * deployment is its merge commit's (as DevLake matches `merge_commit_sha`) when that is known,
   * else the first finished at or after the merge.
   */
  private pullRequestBreakdown(window: Window): Record<string, unknown> {
    const review: number[] = [];
    const deploy: number[] = [];
    for (const pr of this.facts.pullRequests) {
      const deployment = this.pullRequestDeployedIn(pr, window);
      if (!deployment) continue;
      if (deployment.finishedAt < pr.mergedAt) continue;
      review.push(elapsed(pr.createdAt, pr.mergedAt, this.off));
      deploy.push(elapsed(pr.mergedAt, deployment.finishedAt, this.off));
    }
    return pullRequestBreakdown(
      review.length,
      aggregate(review, this.options.aggregation),
      aggregate(deploy, this.options.aggregation),
    );
  }

  /**
   * DevLake's basis: the successful production deployments finished in the window, each failed
   * when an incident is linked to it (whenever the incident opened) or a later rollback undid it
   * (counted once). With `countFailedDeployments`, failed production deployments join both sides.
   * Once incidents are collected for the projects, a window without any is a real 0 % (as DevLake
   * computes it); only when none is recorded at all, and there is no rollback or counted failed
   * deployment, nothing says whether a deployment failed: null (DevLake's "No Incidents" N/A).
   */
  private changeFailureRate(window: Window, details: boolean): Metric {
    const countFailed = this.options.countFailedDeployments ?? false;
    const deployments = this.production.filter(
      d =>
        (d.status === 'SUCCESS' || countFailed) &&
        inWindow(d.finishedAt, window) &&
        this.weekday(d.finishedAt),
    );
    const incidentsByDeployment = new Map<DeploymentFact, IncidentFact[]>();
    for (const incident of this.facts.incidents) {
      const linked = this.incidentLinks.get(incident)?.deployment;
      if (!linked) continue;
      const list = incidentsByDeployment.get(linked);
      if (list) list.push(incident);
      else incidentsByDeployment.set(linked, [incident]);
    }
    const rows = deployments.map(d => {
      const reasons: string[] = [];
      if (d.status === 'FAILURE') reasons.push('failed');
      // DevLake's dashboards count incidents only.
      if (this.options.definitions !== 'devlake' && this.rolledBack.has(d))
        reasons.push('rolled back');
      const incidents = incidentsByDeployment.get(d) ?? [];
      if (incidents.length > 0) reasons.push('incident');
      return { deployment: d, reasons, incidents };
    });
    return changeFailureMetric(
      this.context,
      window,
      {
        count: deployments.length,
        failed: rows.filter(r => r.reasons.length > 0).length,
        incidentsRecorded:
          this.facts.incidentsRecorded ?? this.facts.incidents.length > 0,
        anyRolledBack: rows.some(r => r.reasons.includes('rolled back')),
        anyFailedStatus: rows.some(r => r.reasons.includes('failed')),
        countFailed,
      },
      details
        ? () =>
            rows.map(r => ({
              id: r.deployment.id,
              project: r.deployment.project,
              status: r.deployment.status,
              finishedAt: iso(r.deployment.finishedAt),
              failed: r.reasons.length > 0,
              reasons: r.reasons,
              incidents: r.incidents.map(i => i.id),
            }))
        : undefined,
    );
  }

  /**
   * 2021: time to restore service, incident opened → resolved, for incidents resolved in the window.
   * 2023 and 2024: failed deployment recovery time, deployment finished → incident resolved, for
   * incidents resolved in the window and linked to a deployment finished in it (DevLake joins the
   * incidents to the window's deployments): an incident of a deployment before the window counts in
   * neither window.
   */
  private timeToRestore(window: Window, details: boolean): Metric {
    const fromDeployment = this.options.benchmark !== '2021';
    const rows: Array<{
      incident: IncidentFact;
      link?: IncidentLink;
      ms: number;
    }> = [];
    for (const incident of this.facts.incidents) {
      if (
        incident.resolvedAt === null ||
        !inWindow(incident.resolvedAt, window)
      )
        continue;
      const link = this.incidentLinks.get(incident);
      if (
        fromDeployment &&
        !(link && inWindow(link.deployment.finishedAt, window))
      )
        continue;
      const start = fromDeployment
        ? link!.deployment.finishedAt
        : incident.createdAt;
      if (incident.resolvedAt < start) continue;
      rows.push({
        incident,
        link,
        ms: elapsed(start, incident.resolvedAt, this.off),
      });
    }
    return restoreMetric(
      this.context,
      window,
      {
        value: aggregate(
          rows.map(r => r.ms),
          this.options.aggregation,
        ),
        count: rows.length,
      },
      details
        ? rows.map(r => ({
            id: r.incident.id,
            project: r.incident.project,
            title: r.incident.title,
            createdAt: iso(r.incident.createdAt),
            resolvedAt: iso(r.incident.resolvedAt!),
            deploymentId: r.link?.deployment.id ?? null,
            linkedBy: r.link?.linkedBy ?? null,
            hours: round(r.ms / HOUR),
          }))
        : undefined,
    );
  }

  /** Share of successful deployments that were unplanned: rollbacks, or made while an incident was open. */
  private reworkRate(window: Window, details: boolean): Metric {
    const deployments = this.successfulIn(window);
    const openAt = this.openIncidentsAt(deployments);
    const rows = deployments.map(d => {
      if (d.rollback) return { deployment: d, reason: 'rollback' };
      const open = openAt.get(d);
      return {
        deployment: d,
        reason: open ? `during incident ${open.id}` : null,
      };
    });
    return reworkMetric(
      this.context,
      window,
      deployments.length,
      rows.filter(r => r.reason !== null).length,
      details
        ? () =>
            rows.map(r => ({
              id: r.deployment.id,
              project: r.deployment.project,
              finishedAt: iso(r.deployment.finishedAt),
              rework: r.reason !== null,
              reason: r.reason,
            }))
        : undefined,
    );
  }
}
