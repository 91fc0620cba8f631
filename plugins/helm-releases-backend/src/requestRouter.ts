import type express from 'express';
import type { OperationLog } from './database/OperationLog';
import { HelmReleases } from './HelmReleases';
import { createRouter, type RouterOptions } from './router';
import type { HelmReleasesSettings } from './settings';
import type { ReleaseStorages } from './storage/ReleaseStorages';
import type { LoggerService } from '@backstage/backend-plugin-api';

/** What plugin.ts made at start (settings read and checked, migrations run) for the routes. */
export type RequestRouterOptions = Omit<RouterOptions, 'releases'> & {
  storages: ReleaseStorages;
  operations: OperationLog;
  logger: LoggerService;
  settings: HelmReleasesSettings;
};

/**
 * The plugin's router with the release operations only requests use (diff, rollback, upgrade):
 * plugin.ts loads this module with the first request, not at start.
 */
export async function createRequestRouter({
  storages,
  operations,
  logger,
  settings,
  ...options
}: RequestRouterOptions): Promise<express.Router> {
  return createRouter({
    ...options,
    releases: new HelmReleases(storages, operations, logger, settings),
  });
}
