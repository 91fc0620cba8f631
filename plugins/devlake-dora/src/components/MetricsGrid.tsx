import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import {
  METRIC_NAMES,
  type DoraMetrics,
  type MetricName,
} from '@fawkes/plugin-devlake-dora-common';
import { MetricTile } from './MetricTile';

/** The four DORA metrics and the rework rate. */
export function MetricsGrid(props: {
  metrics: DoraMetrics;
  /** When given, each figure offers to list the facts behind it. */
  onSelect?: (name: MetricName) => void;
}) {
  const { metrics, onSelect } = props;
  return (
    <Grid container spacing={1}>
      {METRIC_NAMES.map(name => (
        <Grid item xs={12} sm={6} md={4} key={name}>
          <MetricTile name={name} metric={metrics[name]} />
          {onSelect && (
            <Button size="small" onClick={() => onSelect(name)}>
              Show what is behind it
            </Button>
          )}
        </Grid>
      ))}
    </Grid>
  );
}
