import {
  ConflictError,
  InputError,
  NotImplementedError,
} from '@backstage/errors';
import { BadGatewayError } from '@fawkes/backend-http';
import type { KubernetesCluster } from '@fawkes/kubernetes-clusters';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, isAbsolute, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import {
  diffReleases,
  type ReleaseDiff,
  type ResourceChange,
} from '../diff/releaseDiff';
import type { ClusterResources } from '../rollback/ClusterResources';
import type { ChartRepositories } from './ChartRepositories';
import { diffAgainstLive } from './liveDiff';
import {
  isPending,
  summarise,
  type Chart,
  type Release,
} from '../release/release';
import { latestRevision } from '../release/readableHistory';
import type { ReleaseReader } from '../release/ReleaseReader';
import type { StorageDriverName } from '../storage/ReleaseStorage';

/**
 * How the given values combine with the release's, as Helm's flags of the same names
 * (pkg/action/upgrade.go): `reset` uses only the given values over the new chart's defaults;
 * `reuse` merges the given values over the previous user values and keeps the previous chart's
 * default values; `resetThenReuse` merges them the same way over the new chart's defaults.
 * Without one, the previous user values are kept when no values are given, else replaced.
 */
export type ValuesMode = 'reuse' | 'reset' | 'resetThenReuse';

/** Another chart version, from a repository of `helmReleases.chartRepositories`. */
export interface ChartReference {
  repository: string;
  /** Default: the name of the release's current chart. */
  name?: string;
  version: string;
}

export interface UpgradeRequest {
  namespace: string;
  name: string;
  storage: StorageDriverName;
  /** values.yaml text. */
  values: string;
  valuesMode?: ValuesMode;
  /** Absent: the release's stored chart, re-rendered. */
  chart?: ChartReference;
  dryRun: boolean;
}

export interface UpgradeOptions {
  helmBinary?: string;
  maxHistory: number;
  timeoutMs: number;
}

export interface UpgradeOutcome {
  release: Release;
  diff: ReleaseDiff;
  dryRun: boolean;
  /** A dry run's objects against the objects live on the cluster now. */
  live?: ResourceChange[];
}

/** The user values of an upgrade: YAML whose top level is a mapping (or empty). */
export function parseValues(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new InputError(
      `values must be YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new InputError(
      'values must be a YAML mapping (key: value) at the top level',
    );
  return value as Record<string, unknown>;
}

/**
 * The subcharts a template path was rendered from: `<chart>/charts/<sub>/charts/<subsub>/templates/…`
 * gives `sub`, `subsub`; a path of the chart's own templates gives none.
 */
export function subchartsInPath(path: string): string[] {
  const segments = path.trim().split('/');
  const subcharts: string[] = [];
  for (let i = 1; segments[i] === 'charts' && i + 2 < segments.length; i += 2)
    subcharts.push(segments[i + 1]);
  return subcharts;
}

const SOURCE_LINE = /^# Source: (.+)$/gm;

/**
 * The subcharts a stored release shows: the chart's declared dependencies, its lock's, and the
 * subchart templates its manifest and hooks were rendered from (Helm's `# Source:` lines and hook paths).
 */
function subchartsOf(
  release: Pick<Release, 'chart' | 'manifest' | 'hooks'>,
): string[] {
  const names = new Set<string>();
  const lock = release.chart?.lock as { dependencies?: unknown } | undefined;
  for (const declared of [
    release.chart?.metadata?.dependencies,
    lock?.dependencies,
  ]) {
    if (!Array.isArray(declared)) continue;
    for (const dependency of declared)
      names.add(
        typeof dependency?.name === 'string' && dependency.name
          ? dependency.name
          : 'an unnamed dependency',
      );
  }
  const paths = (release.hooks ?? []).map(hook => hook.path ?? '');
  for (const text of [
    release.manifest ?? '',
    ...(release.hooks ?? []).map(hook => hook.manifest ?? ''),
  ]) {
    for (const match of text.matchAll(SOURCE_LINE)) paths.push(match[1]);
  }
  for (const path of paths)
    for (const name of subchartsInPath(path)) names.add(name);
  return [...names];
}

/** Subcharts are not stored with a release (helm#8501): re-rendering the stored chart would drop their objects. */
export function dependencyReason(
  release: Pick<Release, 'chart' | 'manifest' | 'hooks'>,
): string | undefined {
  const subcharts = subchartsOf(release);
  if (subcharts.length === 0) return undefined;
  return `chart "${release.chart?.metadata?.name}" has dependencies (${subcharts.join(', ')}): subcharts whose templates Helm does not store with the release; upgrading from the stored chart would delete their resources. Upgrade it with helm and the chart's source instead.`;
}

const VALUES_FLAGS: Record<ValuesMode, string> = {
  reuse: '--reuse-values',
  reset: '--reset-values',
  resetThenReuse: '--reset-then-reuse-values',
};

/** The command line: the chart (a directory or a .tgz), the values and how they combine, Helm's JSON output. */
export function helmUpgradeArguments(o: {
  name: string;
  namespace: string;
  chartDir: string;
  valuesMode?: ValuesMode;
  valuesFile: string;
  kubeconfigFile: string;
  context: string;
  maxHistory: number;
  dryRun: boolean;
}): string[] {
  return [
    'upgrade',
    o.name,
    o.chartDir,
    '--namespace',
    o.namespace,
    '--kubeconfig',
    o.kubeconfigFile,
    '--kube-context',
    o.context,
    '--values',
    o.valuesFile,
    ...(o.valuesMode ? [VALUES_FLAGS[o.valuesMode]] : []),
    '--history-max',
    String(o.maxHistory),
    '--output',
    'json',
    ...(o.dryRun ? ['--dry-run'] : []),
  ];
}

/** `helm upgrade --output json` prints the release it wrote (or would write). */
export function parseHelmOutput(stdout: string): Release {
  const start = stdout.indexOf('{');
  if (start === -1) throw new Error('helm printed no release JSON');
  const release = JSON.parse(stdout.slice(start));
  if (typeof release?.name !== 'string' || typeof release?.version !== 'number')
    throw new Error('helm printed JSON that is not a release');
  return release;
}

/** Writes a stored chart back to a directory Helm can load: Chart.yaml, values, templates, files. */
export async function writeChart(chart: Chart, dir: string): Promise<void> {
  await writeFile(join(dir, 'Chart.yaml'), stringify(chart.metadata ?? {}));
  await writeFile(join(dir, 'values.yaml'), stringify(chart.values ?? {}));
  if (typeof chart.schema === 'string' && chart.schema)
    await writeFile(
      join(dir, 'values.schema.json'),
      Buffer.from(chart.schema, 'base64'),
    );
  for (const file of [...(chart.templates ?? []), ...(chart.files ?? [])]) {
    const relative = normalize(file.name);
    if (isAbsolute(relative) || relative.split(sep).includes('..'))
      throw new Error(
        `chart file name "${file.name}" leaves the chart directory`,
      );
    const path = join(dir, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, Buffer.from(file.data ?? '', 'base64'));
  }
}

/**
 * `helm upgrade` of a release with new values. Rendering needs Helm's Go template engine, so this
 * runs the configured `helm` binary on the release's stored chart; without one it answers 501.
 */
export async function upgradeRelease(
  request: UpgradeRequest,
  deps: {
    reader: ReleaseReader;
    cluster: KubernetesCluster;
    resources: Pick<ClusterResources, 'place' | 'readLiveJson'>;
    charts: ChartRepositories;
    options: UpgradeOptions;
  },
): Promise<UpgradeOutcome> {
  const values = parseValues(request.values);
  // The request's own mistakes first (400), before what this backend cannot do (501).
  if (request.chart) deps.charts.configured(request.chart.repository);
  if (request.storage === 'memory') {
    throw new InputError(
      'storage "memory" cannot be upgraded: the helm binary runs in its own process and would not see this backend\'s memory store',
    );
  }
  const revisions = await deps.reader.history(request.namespace, request.name);
  const latest = latestRevision(request.name, revisions, 'upgraded');
  const history = revisions.value;
  if (isPending(String(latest.info.status))) {
    throw new ConflictError(
      `Another operation (install/upgrade/rollback) is in progress on release "${request.name}": revision ${latest.version} is ${latest.info.status}`,
    );
  }
  const current =
    history.filter(r => r.info.status === 'deployed').at(-1) ?? latest;
  // A packaged chart from a repository carries its subcharts; only the stored one lacks them.
  const reason = request.chart ? undefined : dependencyReason(current);
  if (reason)
    throw new ConflictError(
      `Cannot upgrade release "${request.name}": ${reason}`,
    );
  if (!deps.options.helmBinary) {
    throw new NotImplementedError(
      "Upgrades render the chart with Helm: set helmReleases.helmBinary to the path of a helm 3 or 4 binary in the backend's app-config to enable them",
    );
  }

  const dir = await mkdtemp(join(tmpdir(), 'helm-upgrade-'));
  try {
    let chartDir = join(dir, 'chart');
    if (request.chart) {
      const name =
        request.chart.name ?? String(current.chart?.metadata?.name ?? '');
      chartDir = join(dir, 'chart.tgz');
      await writeFile(
        chartDir,
        await deps.charts.fetch(
          request.chart.repository,
          name,
          request.chart.version,
        ),
      );
    } else {
      await mkdir(chartDir);
      await writeChart(current.chart ?? {}, chartDir);
    }
    const valuesFile = join(dir, 'values.yaml');
    await writeFile(valuesFile, stringify(values), { mode: 0o600 });
    const kubeconfigFile = join(dir, 'kubeconfig');
    await writeFile(kubeconfigFile, deps.cluster.kubeConfig.exportConfig(), {
      mode: 0o600,
    });
    const args = helmUpgradeArguments({
      name: request.name,
      namespace: request.namespace,
      chartDir,
      valuesMode: request.valuesMode,
      valuesFile,
      kubeconfigFile,
      context: deps.cluster.kubeConfig.getCurrentContext(),
      maxHistory: deps.options.maxHistory,
      dryRun: request.dryRun,
    });
    const { code, stdout, stderr } = await run(
      deps.options.helmBinary,
      args,
      { HELM_DRIVER: request.storage },
      deps.options.timeoutMs,
    );
    if (code !== 0) {
      const message =
        stderr.replaceAll(dir, '<tmp>').trim().slice(0, 2000) ||
        `helm exited with code ${code}`;
      if (/another operation .* in progress/i.test(message))
        throw new ConflictError(message);
      throw new BadGatewayError(`helm upgrade failed: ${message}`);
    }
    const upgraded = parseHelmOutput(stdout);
    return {
      release: summarise(upgraded),
      diff: diffReleases(current, upgraded),
      dryRun: request.dryRun,
      ...(request.dryRun
        ? { live: await diffAgainstLive(current, upgraded, deps.resources) }
        : {}),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(
  binary: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', chunk => out.push(chunk));
    child.stderr.on('data', chunk => err.push(chunk));
    child.on('error', error =>
      reject(
        new BadGatewayError(
          `helm could not be run (${binary}): ${error.message}`,
        ),
      ),
    );
    child.on('close', code =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
