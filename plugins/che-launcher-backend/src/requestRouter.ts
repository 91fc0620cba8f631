import type { CatalogService } from '@backstage/plugin-catalog-node';
import type express from 'express';
import { LaunchStore } from './database/LaunchStore';
import { DevfileValidator } from './devfiles/DevfileValidator';
import {
  DevfileFetcher,
  type DevfileFetcherOptions,
} from './fetch/DevfileFetcher';
import { createRouter, type RouterOptions } from './router';
import { DevfileSources } from './workspaces/DevfileSources';
import { Workspaces, type WorkspacesOptions } from './workspaces/Workspaces';

/** The workspace domain's parts plugin.ts read and checked at start. */
export type WorkspaceSetup = Omit<
  WorkspacesOptions,
  'fetcher' | 'validator' | 'sources' | 'launches'
> & { fetch: DevfileFetcherOptions };

export type RequestRouterOptions = Omit<RouterOptions, 'workspaceService'> & {
  catalog: CatalogService;
  /** The workspace domain's parts, or why it is unavailable (no usable cluster): then 503. */
  workspaceSetup: WorkspaceSetup | string;
};

/**
 * The plugin's router with the workspace domain only requests use (devfile fetching and
 * validation, DevWorkspace creation): plugin.ts loads this module with the first request, not at
 * start.
 */
export async function createRequestRouter({
  catalog,
  workspaceSetup,
  ...options
}: RequestRouterOptions): Promise<express.Router> {
  if (typeof workspaceSetup === 'string')
    return createRouter({ ...options, workspaceService: workspaceSetup });
  const { fetch, ...setup } = workspaceSetup;
  const workspaces = new Workspaces({
    ...setup,
    fetcher: new DevfileFetcher(fetch),
    validator: new DevfileValidator(),
    sources: new DevfileSources(catalog, options.devfiles),
    launches: new LaunchStore(options.db),
  });
  return createRouter({
    ...options,
    workspaceService: {
      workspaces,
      namespaces: setup.namespaces,
      cluster: setup.cluster.name,
    },
  });
}
