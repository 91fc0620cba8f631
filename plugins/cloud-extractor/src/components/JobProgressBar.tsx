import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type {
  JobProgress,
  JobStatus,
} from '@fawkes/plugin-cloud-extractor-common';
import { useJobProgress } from './useJobProgress';

function describe(progress?: JobProgress) {
  if (!progress) return '';
  const where = [progress.current_service, progress.current_region]
    .filter(Boolean)
    .join(' in ');
  return `${progress.processed_resources}${
    progress.total_resources ? ` of ${progress.total_resources}` : ''
  } resources${progress.failed_resources ? `, ${progress.failed_resources} failed` : ''}${
    where ? ` (${where})` : ''
  }`;
}

/** A job's status with its live progress: a bar while it runs, the count once it has ended. */
export function JobProgressBar(props: {
  jobId: string;
  status: JobStatus;
  progress?: JobProgress;
  onFinished?: () => void;
}) {
  const { status, progress, error } = useJobProgress(
    props.jobId,
    { status: props.status, progress: props.progress },
    props.onFinished,
  );
  const total = progress?.total_resources ?? 0;
  const done = progress?.processed_resources ?? 0;
  const running = status === 'pending' || status === 'running';
  return (
    <div data-testid={`job-progress-${props.jobId}`} style={{ minWidth: 200 }}>
      <Typography variant="body2">
        <strong>{status}</strong> {describe(progress)}
      </Typography>
      {running && (
        <LinearProgress
          aria-label={`progress of ${props.jobId}`}
          variant={total > 0 ? 'determinate' : 'indeterminate'}
          value={total > 0 ? Math.min(100, (done / total) * 100) : undefined}
        />
      )}
      {error && (
        <Typography variant="caption" color="error">
          Live progress unavailable: {error.message}
        </Typography>
      )}
    </div>
  );
}
