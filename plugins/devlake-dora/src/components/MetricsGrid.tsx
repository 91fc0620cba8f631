import Grid from '@material-ui/core/Grid';
import {
  METRIC_NAMES,
  type DoraMetrics,
} from '@fawkes/plugin-devlake-dora-common';
import { MetricTile } from './MetricTile';

/** The four DORA metrics and the rework rate. */
export function MetricsGrid({ metrics }: { metrics: DoraMetrics }) {
  return (
    <Grid container spacing={1}>
      {METRIC_NAMES.map(name => (
        <Grid item xs={12} sm={6} md={4} key={name}>
          <MetricTile name={name} metric={metrics[name]} />
        </Grid>
      ))}
    </Grid>
  );
}
