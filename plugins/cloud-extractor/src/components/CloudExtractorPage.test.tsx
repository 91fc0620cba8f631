import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { cloudExtractorApiRef } from '../api';
import {
  fakeCloudApi,
  job,
  responseError,
  schedule,
} from '../__testUtils__/fakeApi';
import { CloudExtractorPage } from './CloudExtractorPage';

const render = (api: ReturnType<typeof fakeCloudApi>) =>
  renderInTestApp(<CloudExtractorPage />, {
    apis: [[cloudExtractorApiRef, api]],
  });

const progress = (processed: number, total: number) => ({
  total_resources: total,
  processed_resources: processed,
  failed_resources: 0,
  current_service: 'ec2',
  current_region: 'us-east-1',
});

describe('CloudExtractorPage', () => {
  it('shows progress while the providers load', async () => {
    const api = fakeCloudApi();
    api.listProviders.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('lists the providers and services, the jobs and the schedules', async () => {
    await render(fakeCloudApi({ schedules: [schedule()], jobs: [job()] }));
    expect(await screen.findByText('EC2 instances')).toBeVisible();
    expect(screen.getByText('Providers and services (1)')).toBeVisible();
    expect(screen.getByText('Extraction jobs (1)')).toBeVisible();
    expect(
      within(screen.getByTestId('job-progress-job_1')).getByText('completed'),
    ).toBeVisible();
    expect(screen.getByText('nightly')).toBeVisible();
    expect(screen.getByText('0 2 * * *')).toBeVisible();
  });

  it('says that both pickers start on every provider, rather than showing an empty field', async () => {
    await render(fakeCloudApi());
    const pickers = await screen.findAllByLabelText('Provider');
    expect(pickers).toHaveLength(2);
    for (const picker of pickers)
      expect(picker).toHaveTextContent('Every provider');
  });

  it('wraps the new schedule form on a phone instead of squeezing its fields', async () => {
    await render(fakeCloudApi());
    const name = await screen.findByLabelText('Schedule name');
    const form = name.closest('.MuiFormControl-root')!.parentElement!;
    expect(form).toHaveStyle({ flexWrap: 'wrap' });
  });

  it("follows a running job's events until it completes, then refreshes the list", async () => {
    const api = fakeCloudApi({
      jobs: [job({ status: 'running', completed_at: null })],
      events: {
        job_1: [
          {
            type: 'progress',
            data: { status: 'running', progress: progress(3, 10) },
          },
          {
            type: 'progress',
            data: { status: 'running', progress: progress(10, 10) },
          },
          {
            type: 'status',
            data: { status: 'completed', progress: progress(10, 10) },
          },
        ],
      },
    });
    await render(api);
    // The bar is replaced once the list has the job's new status: query it afresh.
    await waitFor(() =>
      expect(
        within(screen.getByTestId('job-progress-job_1')).getByText('completed'),
      ).toBeVisible(),
    );
    expect(api.watchJob).toHaveBeenCalledWith(
      'job_1',
      expect.any(Function),
      expect.any(AbortSignal),
    );
    // The end of the stream refreshes the jobs.
    await waitFor(() =>
      expect(api.listJobs.mock.calls.length).toBeGreaterThan(1),
    );
  });

  it('shows a bar and the live counts while a job runs', async () => {
    await render(
      fakeCloudApi({
        jobs: [job({ status: 'running', completed_at: null })],
        events: {
          job_1: [
            {
              type: 'progress',
              data: { status: 'running', progress: progress(3, 10) },
            },
          ],
        },
      }),
    );
    const bar = await screen.findByRole('progressbar', {
      name: 'progress of job_1',
    });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '30'));
    expect(
      screen.getByText(/3 of 10 resources \(ec2 in us-east-1\)/),
    ).toBeVisible();
  });

  it('cancels a running job and starts an extraction of the chosen provider', async () => {
    const api = fakeCloudApi({
      providers: ['aws', 'gcp'],
      jobs: [job({ status: 'running', completed_at: null })],
    });
    await render(api);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(api.cancelJob).toHaveBeenCalledWith({
        params: { path: { job_id: 'job_1' } },
      }),
    );
    // The first Provider picker is the extraction's, the second the new schedule's.
    await userEvent.click((await screen.findAllByLabelText('Provider'))[0]);
    await userEvent.click(await screen.findByRole('option', { name: 'gcp' }));
    const start = screen.getByRole('button', { name: 'Start extraction' });
    await waitFor(() => expect(start).toBeEnabled());
    await userEvent.click(start);
    await waitFor(() =>
      expect(api.triggerExtraction).toHaveBeenCalledWith({
        body: { provider: 'gcp' },
      }),
    );
  });

  it('creates, pauses and deletes schedules', async () => {
    const api = fakeCloudApi({ schedules: [schedule()] });
    await render(api);
    await userEvent.type(
      await screen.findByLabelText('Schedule name'),
      'hourly aws',
    );
    const cron = screen.getByLabelText('Cron expression');
    await userEvent.clear(cron);
    await userEvent.type(cron, '@hourly');
    const create = screen.getByRole('button', { name: 'Create schedule' });
    await waitFor(() => expect(create).toBeEnabled());
    await userEvent.click(create);
    await waitFor(() =>
      expect(api.createSchedule).toHaveBeenCalledWith({
        body: { name: 'hourly aws', cron_expression: '@hourly' },
      }),
    );
    const pause = screen.getByRole('button', { name: 'Pause' });
    await waitFor(() => expect(pause).toBeEnabled());
    await userEvent.click(pause);
    await waitFor(() =>
      expect(api.updateSchedule).toHaveBeenCalledWith({
        params: { path: { schedule_id: 'sched_1' } },
        body: expect.objectContaining({
          name: 'nightly',
          cron_expression: '0 2 * * *',
          enabled: false,
        }),
      }),
    );
    const remove = screen.getByRole('button', { name: 'Delete' });
    await waitFor(() => expect(remove).toBeEnabled());
    await userEvent.click(remove);
    await waitFor(() =>
      expect(api.deleteSchedule).toHaveBeenCalledWith({
        params: { path: { schedule_id: 'sched_1' } },
      }),
    );
  });

  it('explains what to configure when no provider is enabled, and that no job ran', async () => {
    await render(fakeCloudApi({ providers: [], jobs: [] }));
    expect(
      await screen.findByText(/No cloud provider is enabled/),
    ).toBeVisible();
    expect(screen.getByText(/No extraction has run yet/)).toBeVisible();
    expect(screen.getByText('No schedule yet.')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Start extraction' }),
    ).toBeDisabled();
  });

  it("shows the backend's error", async () => {
    const api = fakeCloudApi();
    api.listProviders.mockRejectedValue(
      await responseError(503, 'the database is unavailable'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/the database is unavailable/)).length,
    ).toBeGreaterThan(0);
  });

  it("shows the backend's message where the jobs or the schedules cannot be read, and the rest of the page", async () => {
    const api = fakeCloudApi({ schedules: [schedule()] });
    api.listJobs.mockRejectedValue(
      await responseError(503, 'the job store is unavailable'),
    );
    api.listSchedules.mockRejectedValue(
      await responseError(503, 'the schedule store is unavailable'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/the job store is unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(
      (await screen.findAllByText(/the schedule store is unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText('nightly')).not.toBeInTheDocument();
    expect(screen.getByText('EC2 instances')).toBeVisible();
  });

  it('shows progress in the jobs and schedules cards while they load', async () => {
    const api = fakeCloudApi();
    api.listJobs.mockReturnValue(new Promise(() => {}));
    api.listSchedules.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect(await screen.findByText('EC2 instances')).toBeVisible();
    // Backstage's Progress shows itself after a short delay.
    await waitFor(() =>
      expect(screen.getAllByRole('progressbar')).toHaveLength(2),
    );
    expect(screen.queryByText(/Extraction jobs \(/)).not.toBeInTheDocument();
  });
});
