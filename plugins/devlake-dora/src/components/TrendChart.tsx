import Typography from '@material-ui/core/Typography';
import type {
  MetricName,
  SeriesPoint,
} from '@fawkes/plugin-devlake-dora-common';
import { METRIC_LABELS, TIER_COLOURS } from './MetricTile';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = { left: 36, right: 8, top: 8, bottom: 20 };

const day = (iso: string) => iso.slice(5, 10);

/**
 * One metric over time: a point per interval, a gap where an interval has no data, each point
 * coloured by its tier. Plain SVG: a few dozen points need no charting library.
 */
export function TrendChart(props: {
  metric: MetricName;
  points: SeriesPoint[];
}) {
  const { metric, points } = props;
  const values = points
    .map(p => p.value)
    .filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left +
    (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  // Consecutive points with data form one segment.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i)},${y(p.value)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const unit =
    points.find(p => p.value !== null)?.unit ?? points[0]?.unit ?? '';
  return (
    <figure style={{ margin: 0 }} data-testid={`trend-${metric}`}>
      <Typography variant="subtitle2" component="figcaption">
        {METRIC_LABELS[metric]} ({unit})
      </Typography>
      {values.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No data in this period
        </Typography>
      ) : (
        <svg
          width="100%"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={`${METRIC_LABELS[metric]} over time`}
        >
          <line
            x1={PAD.left}
            y1={PAD.top + innerH}
            x2={WIDTH - PAD.right}
            y2={PAD.top + innerH}
            stroke="#999"
          />
          <text x={PAD.left - 4} y={PAD.top + 8} fontSize={10} textAnchor="end">
            {Number.isInteger(max) ? max : max.toFixed(1)}
          </text>
          <text
            x={PAD.left - 4}
            y={PAD.top + innerH}
            fontSize={10}
            textAnchor="end"
          >
            0
          </text>
          {points.length > 0 && (
            <>
              <text x={PAD.left} y={HEIGHT - 4} fontSize={10}>
                {day(points[0].start)}
              </text>
              <text
                x={WIDTH - PAD.right}
                y={HEIGHT - 4}
                fontSize={10}
                textAnchor="end"
              >
                {day(points[points.length - 1].start)}
              </text>
            </>
          )}
          {segments.map(s => (
            <polyline
              key={s}
              points={s}
              fill="none"
              stroke="#2f81f7"
              strokeWidth={2}
            />
          ))}
          {points.map((p, i) =>
            p.value === null ? null : (
              <circle
                key={p.start}
                cx={x(i)}
                cy={y(p.value)}
                r={3}
                fill={p.performance ? TIER_COLOURS[p.performance] : '#2f81f7'}
              >
                <title>{`${day(p.start)}: ${p.value} ${p.unit}${p.performance ? ` (${p.performance})` : ''}`}</title>
              </circle>
            ),
          )}
        </svg>
      )}
    </figure>
  );
}
