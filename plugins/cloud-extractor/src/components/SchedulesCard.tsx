import { useState } from 'react';
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
  cloudExtractorScheduleCreatePermission,
  cloudExtractorScheduleDeletePermission,
  cloudExtractorScheduleUpdatePermission,
  type Schedule,
} from '@fawkes/plugin-cloud-extractor-common';
import { cloudExtractorApiRef } from '../api';
import { PermittedButton } from './PermittedButton';

/** Runs a call, reports its error as an alert, then refreshes. */
function useAction(refresh: () => void) {
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      refresh();
      return true;
    } catch (error) {
      alertApi.post({ message: (error as Error).message, severity: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

function CreateScheduleForm(props: {
  providers: string[];
  onCreated: () => void;
}) {
  const api = useApi(cloudExtractorApiRef);
  const [name, setName] = useState('');
  const [cron, setCron] = useState('@daily');
  const [provider, setProvider] = useState('');
  const { busy, run } = useAction(props.onCreated);
  const create = async () => {
    const created = await run(() =>
      api.createSchedule({
        body: {
          name,
          cron_expression: cron,
          ...(provider ? { provider } : {}),
        },
      }),
    );
    if (created) setName('');
  };
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 16 }}
    >
      <TextField
        id="schedule-name"
        size="small"
        label="Schedule name"
        value={name}
        onChange={e => setName(e.target.value)}
      />
      <TextField
        id="schedule-cron"
        size="small"
        label="Cron expression"
        helperText="5 fields, or @hourly, @daily…"
        value={cron}
        onChange={e => setCron(e.target.value)}
      />
      <TextField
        id="schedule-provider"
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
        variant="outlined"
        color="primary"
        permission={cloudExtractorScheduleCreatePermission}
        refusal="You may not create schedules (cloud-extractor.schedule.create)"
        disabled={busy || !name.trim() || !cron.trim()}
        onClick={create}
      >
        Create schedule
      </PermittedButton>
    </div>
  );
}

function ScheduleActions(props: { schedule: Schedule; onChanged: () => void }) {
  const { schedule } = props;
  const api = useApi(cloudExtractorApiRef);
  const { busy, run } = useAction(props.onChanged);
  const path = { params: { path: { schedule_id: schedule.schedule_id } } };
  // PUT replaces every field: send the schedule as it is, with `enabled` flipped.
  const toggle = () =>
    run(() =>
      api.updateSchedule({
        ...path,
        body: {
          name: schedule.name,
          cron_expression: schedule.cron_expression,
          enabled: !schedule.enabled,
          provider: schedule.provider,
          services: schedule.services,
          regions: schedule.regions,
          filters: schedule.filters,
          batch_size: schedule.batch_size,
        },
      }),
    );
  return (
    <>
      <PermittedButton
        size="small"
        permission={cloudExtractorScheduleUpdatePermission}
        refusal="You may not change schedules (cloud-extractor.schedule.update)"
        disabled={busy}
        onClick={toggle}
      >
        {schedule.enabled ? 'Pause' : 'Resume'}
      </PermittedButton>
      <PermittedButton
        size="small"
        permission={cloudExtractorScheduleDeletePermission}
        refusal="You may not delete schedules (cloud-extractor.schedule.delete)"
        disabled={busy}
        onClick={() => run(() => api.deleteSchedule(path))}
      >
        Delete
      </PermittedButton>
    </>
  );
}

/** Extraction schedules: create, pause or resume, delete. */
export function SchedulesCard(props: { providers: string[] }) {
  const api = useApi(cloudExtractorApiRef);
  const schedules = useAsyncRetry(() => api.listSchedules(), [api]);
  const columns: TableColumn<Schedule>[] = [
    { title: 'Name', field: 'name' },
    { title: 'Cron', field: 'cron_expression' },
    { title: 'Provider', render: s => s.provider ?? 'every provider' },
    { title: 'Status', field: 'status' },
    {
      title: 'Next run',
      render: s => (s.next_run ? new Date(s.next_run).toLocaleString() : '-'),
    },
    { title: 'Last job', render: s => s.last_job_id ?? '-' },
    {
      title: 'Actions',
      render: s => <ScheduleActions schedule={s} onChanged={schedules.retry} />,
    },
  ];
  return (
    <>
      <CreateScheduleForm
        providers={props.providers}
        onCreated={schedules.retry}
      />
      {schedules.loading && !schedules.value && <Progress />}
      {schedules.error && <ResponseErrorPanel error={schedules.error} />}
      {schedules.value && (
        <Table
          title={`Schedules (${schedules.value.total})`}
          columns={columns}
          data={schedules.value.schedules}
          emptyContent={<div style={{ padding: 16 }}>No schedule yet.</div>}
          options={{ search: false, paging: false, padding: 'dense' }}
        />
      )}
    </>
  );
}
