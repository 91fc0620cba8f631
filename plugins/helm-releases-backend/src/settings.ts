import type { Config } from '@backstage/config';
import {
  ChartRepositories,
  readChartRepositories,
} from './upgrade/ChartRepositories';
import type { UpgradeOptions } from './upgrade/helmUpgrade';

/** What `helmReleases.*` configures, read and checked at start. */
export interface HelmReleasesSettings {
  maxHistory: number;
  hookTimeoutMs: number;
  upgrade: UpgradeOptions;
  charts: ChartRepositories;
}

/** A timeout in seconds as whole milliseconds; refused at start when not positive (Node's spawn throws on those at run time). */
function timeoutMs(config: Config, key: string): number {
  const seconds = config.getOptionalNumber(key) ?? 300;
  const ms = Math.round(seconds * 1000);
  if (!(ms >= 1))
    throw new Error(
      `${key} must be a positive number of seconds, got ${seconds}`,
    );
  return ms;
}

export function readSettings(config: Config): HelmReleasesSettings {
  const maxHistory = config.getOptionalNumber('helmReleases.maxHistory') ?? 10;
  if (!Number.isInteger(maxHistory) || maxHistory < 0)
    throw new Error(
      'helmReleases.maxHistory must be a whole number, 0 for unlimited',
    );
  return {
    maxHistory,
    hookTimeoutMs: timeoutMs(config, 'helmReleases.hookTimeoutSeconds'),
    upgrade: {
      helmBinary: config.getOptionalString('helmReleases.helmBinary'),
      maxHistory,
      timeoutMs: timeoutMs(config, 'helmReleases.upgradeTimeoutSeconds'),
    },
    charts: new ChartRepositories(readChartRepositories(config)),
  };
}
