import { KubeConfig } from '@kubernetes/client-node';
import type { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A chart directory: file path (relative to the chart) → content. */
export type ChartFiles = Record<string, string>;

/**
 * The real helm command line against a simulated cluster (served over https: helm sends its
 * token only there), with its own kubeconfig, home and chart directories.
 */
export class HelmCli {
  readonly dir = mkdtempSync(join(tmpdir(), 'helm-cli-'));
  private readonly kubeconfig = join(this.dir, 'kubeconfig');

  constructor(readonly binary: string, sim: KubernetesSimulator) {
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
    const { stdout } = await run(this.binary, [...args, '--kubeconfig', this.kubeconfig], {
      env: { PATH: process.env.PATH ?? '', HOME: this.dir, HELM_DRIVER: 'secret' },
      timeout: 60_000,
    });
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
