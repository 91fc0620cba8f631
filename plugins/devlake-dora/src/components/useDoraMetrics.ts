import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { devlakeApiRef } from '../api';
import { startDateOf } from '../period';

/** The metrics of a project or a team over the last `days` days. */
export function useDoraMetrics(
  scope: { project?: string; team?: string },
  days: number,
) {
  const api = useApi(devlakeApiRef);
  return useAsync(
    () =>
      api.getDoraMetrics({
        params: { query: { ...scope, startDate: startDateOf(days) } },
      }),
    [api, scope.project, scope.team, days],
  );
}
