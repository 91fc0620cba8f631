import { useMemo, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  cloudExtractorJobCancelPermission,
  cloudExtractorJobCreatePermission,
  type JobSummary,
} from '@fawkes/plugin-cloud-extractor-common';
import { cloudExtractorApiRef } from '../api';
import { PermittedButton } from './PermittedButton';
import { JobProgressBar } from './JobProgressBar';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString() : '-';

/** Starts an extraction of one provider, or of all of them. */
function TriggerForm(props: { providers: string[]; onStarted: () => void }) {
  const api = useApi(cloudExtractorApiRef);
  const alertApi = useApi(alertApiRef);
  const [provider, setProvider] = useState('');
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const started = await api.triggerExtraction({
        body: provider ? { provider } : {},
      });
      alertApi.post({
        message: `Extraction ${started.job_id} started`,
        severity: 'success',
        display: 'transient',
      });
      props.onStarted();
    } catch (error) {
      alertApi.post({ message: (error as Error).message, severity: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
      <TextField
        id="extraction-provider"
        select
        size="small"
        label="Provider"
        value={provider}
        onChange={e => setProvider(e.target.value)}
        style={{ minWidth: 160 }}
        // The empty value is a choice ("Every provider"): show it, not a blank field.
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
      >
        <MenuItem value="">Every provider</MenuItem>
        {props.providers.map(p => (
          <MenuItem key={p} value={p}>
            {p}
          </MenuItem>
        ))}
      </TextField>
      <PermittedButton
        variant="contained"
        color="primary"
        permission={cloudExtractorJobCreatePermission}
        refusal="You may not start extractions (cloud-extractor.job.create)"
        disabled={busy || props.providers.length === 0}
        onClick={start}
      >
        Start extraction
      </PermittedButton>
    </div>
  );
}

function CancelButton(props: { job: JobSummary; onCancelled: () => void }) {
  const api = useApi(cloudExtractorApiRef);
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);
  if (!['pending', 'running'].includes(props.job.status)) return null;
  const cancel = async () => {
    setBusy(true);
    try {
      const answer = await api.cancelJob({
        params: { path: { job_id: props.job.job_id } },
      });
      alertApi.post({
        message: answer.message,
        severity: 'info',
        display: 'transient',
      });
      props.onCancelled();
    } catch (error) {
      alertApi.post({ message: (error as Error).message, severity: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <PermittedButton
      size="small"
      permission={cloudExtractorJobCancelPermission}
      refusal="You may not cancel extractions (cloud-extractor.job.cancel)"
      disabled={busy}
      onClick={cancel}
    >
      Cancel
    </PermittedButton>
  );
}

/** Recent extraction jobs with live progress; start one, cancel one. */
export function JobsCard(props: { providers: string[] }) {
  const api = useApi(cloudExtractorApiRef);
  const jobs = useAsyncRetry(
    () => api.listJobs({ params: { query: { limit: 10 } } }),
    [api],
  );
  const refresh = useRef(jobs.retry);
  refresh.current = jobs.retry;
  // The same columns on every render: the table would otherwise remount the progress cells,
  // and each remount would open the job's event stream again.
  const columns = useMemo<TableColumn<JobSummary>[]>(() => {
    const reload = () => refresh.current();
    return [
      { title: 'Job', field: 'job_id' },
      { title: 'Provider', render: j => j.provider ?? 'every provider' },
      {
        title: 'Status and progress',
        render: j => (
          <JobProgressBar
            // A new status from the list starts a fresh view of the job.
            key={`${j.job_id}-${j.status}`}
            jobId={j.job_id}
            status={j.status}
            onFinished={reload}
          />
        ),
      },
      { title: 'Resources', field: 'resources_extracted' },
      { title: 'Errors', render: j => j.errors.length },
      { title: 'Started', render: j => when(j.started_at) },
      { title: 'Finished', render: j => when(j.completed_at) },
      {
        title: 'Actions',
        render: j => <CancelButton job={j} onCancelled={reload} />,
      },
    ];
  }, []);
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <TriggerForm providers={props.providers} onStarted={jobs.retry} />
      </div>
      {jobs.loading && !jobs.value && <Progress />}
      {jobs.error && <ResponseErrorPanel error={jobs.error} />}
      {jobs.value && (
        <Table
          title={`Extraction jobs (${jobs.value.total})`}
          columns={columns}
          data={jobs.value.jobs}
          emptyContent={
            <div style={{ padding: 16 }}>
              No extraction has run yet. Start one above.
            </div>
          }
          options={{ search: false, paging: false, padding: 'dense' }}
        />
      )}
    </>
  );
}
