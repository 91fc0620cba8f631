import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Context, Release } from '@fawkes/plugin-helm-releases-common';
import { helmReleasesApiRef } from '../api';
import type { HelmTarget } from '../annotations';

/** One cluster's answer: its releases of the entity, or why they could not be read. */
export interface ClusterReleases {
  cluster: Context;
  releases?: Release[];
  error?: Error;
}

export interface ClusterReleasesState {
  loading: boolean;
  /** Listing the clusters failed (nothing else could be read). */
  error?: Error;
  clusters?: ClusterReleases[];
  refresh: () => Promise<void>;
}

/**
 * The entity's releases on each configured cluster (or the one it names). A cluster that fails
 * is shown with its error beside the others, which still answer.
 */
export function useClusterReleases(target: HelmTarget): ClusterReleasesState {
  const api = useApi(helmReleasesApiRef);
  const [state, setState] = useState<Omit<ClusterReleasesState, 'refresh'>>({
    loading: true,
  });
  const { namespace, cluster } = target;
  const names = target.releases.join(',');

  const refresh = useCallback(async () => {
    try {
      const contexts = (await api.listContexts()).filter(
        c => !cluster || c.name === cluster,
      );
      const wanted = new Set(names.split(','));
      const clusters = await Promise.all(
        contexts.map(async (context): Promise<ClusterReleases> => {
          try {
            const releases = await api.listReleases({
              params: {
                query: { namespace, context: context.name, summary: 'true' },
              },
            });
            return {
              cluster: context,
              releases: releases.filter(r => wanted.has(r.name)),
            };
          } catch (error) {
            return { cluster: context, error: error as Error };
          }
        }),
      );
      setState({ loading: false, clusters });
    } catch (error) {
      setState({ loading: false, error: error as Error });
    }
  }, [api, namespace, cluster, names]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  return { ...state, refresh };
}
