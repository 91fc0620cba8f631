import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type {
  Metric,
  MetricName,
  Performance,
} from '@fawkes/plugin-devlake-dora-common';

export const METRIC_LABELS: Record<MetricName, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTimeForChanges: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  timeToRestoreService: 'Time to restore service',
  deploymentReworkRate: 'Deployment rework rate',
};

/** DORA's usual tier colours: elite green through low red. */
export const TIER_COLOURS: Record<Performance, string> = {
  elite: '#1b873f',
  high: '#2f81f7',
  medium: '#d4a72c',
  low: '#cf222e',
};

/** More deployments is better; for every other metric less is. */
function trendIsGood(name: MetricName, trend: 'increasing' | 'decreasing') {
  return name === 'deploymentFrequency'
    ? trend === 'increasing'
    : trend === 'decreasing';
}

const ARROWS = { increasing: '↑', decreasing: '↓', stable: '→' } as const;

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** One metric: value and unit, its tier as a coloured chip, and where it is heading. */
export function MetricTile(props: { name: MetricName; metric: Metric }) {
  const { name, metric } = props;
  const trend = metric.trend;
  const arrow = trend ? ARROWS[trend] : '';
  let trendColour = 'inherit';
  if (trend && trend !== 'stable') {
    trendColour = trendIsGood(name, trend)
      ? TIER_COLOURS.elite
      : TIER_COLOURS.low;
  }
  return (
    <div style={{ padding: 8 }} data-testid={`metric-${name}`}>
      <Typography variant="subtitle2">{METRIC_LABELS[name]}</Typography>
      {metric.value === null ? (
        <Typography variant="body2" color="textSecondary">
          No data{metric.reason ? `: ${metric.reason}` : ''}
        </Typography>
      ) : (
        <Typography variant="h5">
          {format(metric.value)}{' '}
          <Typography component="span" variant="body2">
            {metric.unit}
          </Typography>{' '}
          {trend && (
            <span
              style={{ color: trendColour }}
              title={`Trend: ${trend}`}
              aria-label={`trend ${trend}`}
            >
              {arrow}
            </span>
          )}
        </Typography>
      )}
      {metric.performance && (
        <Chip
          size="small"
          label={metric.performance}
          style={{
            backgroundColor: TIER_COLOURS[metric.performance],
            color: '#fff',
          }}
        />
      )}
    </div>
  );
}
