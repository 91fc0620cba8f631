import { KubeConfig } from '@kubernetes/client-node';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  helmBinary,
  localTls,
  startPluginBackend,
  type HelmMajor,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import { helmReleasesPlugin } from '../plugin';

const run = promisify(execFile);

/** A chart template: a one-replica Deployment `<release>-web`, shared by the charts of these tests. */
export const WEB_DEPLOYMENT_TEMPLATE = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ .Release.Name }}-web',
  'spec:',
  '  replicas: {{ .Values.replicas }}',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec: {containers: [{name: web, image: "nginx:1.27"}]}',
  '',
].join('\n');

/** A chart directory: file path (relative to the chart) → content. */
export type ChartFiles = Record<string, string>;

/**
 * The real helm command line against a simulated cluster (served over https: helm sends its
 * token only there), with its own kubeconfig, home and chart directories.
 */
export class HelmCli {
  readonly dir = mkdtempSync(join(tmpdir(), 'helm-cli-'));
  private readonly kubeconfig = join(this.dir, 'kubeconfig');

  constructor(
    readonly binary: string,
    sim: KubernetesSimulator,
    readonly driver: 'secret' | 'configmap' = 'secret',
  ) {
    const config = new KubeConfig();
    config.loadFromOptions(sim.kubeConfigOptions());
    writeFileSync(this.kubeconfig, config.exportConfig(), { mode: 0o600 });
  }

  /** Writes a chart into a fresh directory and returns its path. */
  chart(files: ChartFiles): string {
    const chartDir = mkdtempSync(join(this.dir, 'chart-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(chartDir, path)), { recursive: true });
      writeFileSync(join(chartDir, path), content);
    }
    return chartDir;
  }

  async run(...args: string[]): Promise<string> {
    const { stdout } = await run(
      this.binary,
      [...args, '--kubeconfig', this.kubeconfig],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: this.dir,
          HELM_DRIVER: this.driver,
        },
        timeout: 60_000,
      },
    );
    return stdout;
  }

  /** `helm <args> --output json`, parsed. */
  async json(...args: string[]): Promise<any> {
    return JSON.parse(await this.run(...args, '--output', 'json'));
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface HelmTestbed {
  sim: KubernetesSimulator;
  helm: HelmCli;
  backend: PluginBackend;
}

/**
 * Registers the hooks of a test against the real helm: a simulated cluster over https, helm of
 * this major version on it, `prepare` (helm commands run before the backend starts), then the
 * plugin's backend with the cluster as `local` and the given `helmReleases` config.
 */
export function helmTestbed(options: {
  major: HelmMajor;
  /** Where helm keeps the release (HELM_DRIVER); default secret. */
  driver?: 'secret' | 'configmap';
  knex: () => Promise<Knex>;
  prepare: (helm: HelmCli) => Promise<void>;
  helmReleases?: (helm: HelmCli) => object;
}): HelmTestbed {
  const bed = {
    sim: new KubernetesSimulator({ tls: localTls() }),
  } as HelmTestbed;
  beforeAll(async () => {
    await bed.sim.start();
    bed.helm = new HelmCli(
      await helmBinary(options.major),
      bed.sim,
      options.driver,
    );
    await options.prepare(bed.helm);
    bed.backend = await startPluginBackend({
      features: [helmReleasesPlugin],
      knex: await options.knex(),
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [bed.sim.clusterConfig('local')] },
          ],
        },
        helmReleases: options.helmReleases?.(bed.helm) ?? {},
      },
    });
  }, 300_000);
  afterAll(async () => {
    await bed.backend?.stop();
    await bed.sim.stop();
    bed.helm?.dispose();
  });
  return bed;
}
