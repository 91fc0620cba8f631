import useAsync from 'react-use/esm/useAsync';
import Grid from '@material-ui/core/Grid';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { METRIC_NAMES } from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';
import { startDateOf } from '../period';
import { TrendChart } from './TrendChart';

/** Each metric week by week over the period, from the backend's series route. */
export function TrendCharts(props: {
  scope: { project?: string; team?: string };
  days: number;
}) {
  const { scope, days } = props;
  const api = useApi(devlakeApiRef);
  const { loading, error, value } = useAsync(
    () =>
      Promise.all(
        METRIC_NAMES.map(metric =>
          api.getSeries({
            params: {
              query: {
                ...scope,
                metric,
                interval: 'week',
                startDate: startDateOf(days),
              },
            },
          }),
        ),
      ),
    [api, scope.project, scope.team, days],
  );
  return (
    <InfoCard title="Trends, week by week">
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <Grid container spacing={2}>
          {value.map(series => (
            <Grid item xs={12} sm={6} md={4} key={series.metric}>
              <TrendChart metric={series.metric} points={series.points} />
            </Grid>
          ))}
        </Grid>
      )}
    </InfoCard>
  );
}
