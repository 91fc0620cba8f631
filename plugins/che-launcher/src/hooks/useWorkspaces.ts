import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Workspace } from '@fawkes/plugin-che-launcher-common';
import { cheLauncherApiRef } from '../api';

/** Phases a workspace leaves by itself: while one is shown, the list refreshes. */
const TRANSITIONAL = new Set([
  'Starting',
  'Stopping',
  'Failing',
  'Terminating',
]);
const REFRESH_MS = 2000;

export interface WorkspacesState {
  loading: boolean;
  error?: Error;
  workspaces?: Workspace[];
  /** Reads the list again (after an action). */
  refresh: () => Promise<void>;
}

/**
 * The caller's workspaces, optionally only those `select` keeps. The list follows the cluster:
 * while any workspace is between phases it is read again every two seconds.
 */
export function useWorkspaces(
  select: (workspace: Workspace) => boolean = () => true,
): WorkspacesState {
  const api = useApi(cheLauncherApiRef);
  const [state, setState] = useState<Omit<WorkspacesState, 'refresh'>>({
    loading: true,
  });

  const refresh = useCallback(async () => {
    try {
      const { workspaces } = await api.listWorkspaces({
        params: { query: { limit: 1000 } },
      });
      setState({ loading: false, workspaces });
    } catch (error) {
      setState({ loading: false, error: error as Error });
    }
  }, [api]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  const moving = state.workspaces?.some(w => TRANSITIONAL.has(w.status));
  useEffect(() => {
    if (!moving) return undefined;
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [moving, refresh]);

  return {
    ...state,
    workspaces: state.workspaces?.filter(select),
    refresh,
  };
}
