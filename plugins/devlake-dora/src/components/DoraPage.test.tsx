import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { METRIC_NAMES } from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';
import {
  answer,
  fakeDevlakeApi,
  noMetrics,
  responseError,
  series,
} from '../__testUtils__/fakeApi';
import { DoraPage } from './DoraPage';

const render = (api: ReturnType<typeof fakeDevlakeApi>) =>
  renderInTestApp(<DoraPage />, { apis: [[devlakeApiRef, api]] });

describe('DoraPage', () => {
  it('shows progress while the figures and trends load', async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockReturnValue(new Promise(() => {}));
    api.getSeries.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect((await screen.findAllByRole('progressbar')).length).toBe(2);
  });

  it('draws a trend chart per metric from the series route, week by week', async () => {
    const api = fakeDevlakeApi();
    await render(api);
    const lead = await screen.findByTestId('trend-leadTimeForChanges');
    expect(
      within(lead).getByRole('img', {
        name: 'Lead time for changes over time',
      }),
    ).toBeInTheDocument();
    // Three weeks with data, one without: three points, the gap splits the line.
    expect(lead.querySelectorAll('circle')).toHaveLength(3);
    expect(lead.querySelectorAll('polyline')).toHaveLength(2);
    expect(api.getSeries).toHaveBeenCalledTimes(5);
    expect(api.getSeries).toHaveBeenCalledWith({
      params: {
        query: {
          metric: 'leadTimeForChanges',
          interval: 'week',
          startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      },
    });
  });

  it('says so when a metric has no data in the period', async () => {
    await render(fakeDevlakeApi());
    const rework = await screen.findByTestId('trend-deploymentReworkRate');
    expect(within(rework).getByText('No data in this period')).toBeVisible();
    expect(within(rework).queryByRole('img')).toBeNull();
  });

  it("asks for a team's metrics and trends", async () => {
    const api = fakeDevlakeApi();
    await render(api);
    await userEvent.click(screen.getByLabelText('Of'));
    await userEvent.click(await screen.findByRole('option', { name: 'Team' }));
    await userEvent.type(
      screen.getByLabelText('Team (group)'),
      'payments-team',
    );
    expect(
      await screen.findByText('DORA metrics of payments-team'),
    ).toBeVisible();
    expect(api.getSeries).toHaveBeenLastCalledWith({
      params: {
        query: expect.objectContaining({ team: 'payments-team' }),
      },
    });
    expect(api.getDoraMetrics).toHaveBeenLastCalledWith({
      params: { query: expect.objectContaining({ team: 'payments-team' }) },
    });
  });

  it('lists the incidents behind time to restore, and the deployments of a project', async () => {
    const api = fakeDevlakeApi();
    await render(api);
    await userEvent.type(
      await screen.findByLabelText('Project or component'),
      'payments',
    );
    expect(await screen.findByText('fix rounding')).toBeVisible();
    const restore = await screen.findByTestId('metric-timeToRestoreService');
    await userEvent.click(
      within(restore.parentElement!).getByRole('button', {
        name: 'Show what is behind it',
      }),
    );
    expect(await screen.findByText('Payments degraded')).toBeVisible();
    expect(
      screen.getByText('Behind time to restore service (1)'),
    ).toBeVisible();
    expect(api.getDoraMetrics).toHaveBeenLastCalledWith({
      params: {
        query: expect.objectContaining({
          project: 'payments',
          details: 'true',
        }),
      },
    });
  });

  it('names the columns of a drill-down in words, not as JSON field names', async () => {
    const api = fakeDevlakeApi();
    await render(api);
    await userEvent.type(
      await screen.findByLabelText('Project or component'),
      'payments',
    );
    const frequency = await screen.findByTestId('metric-deploymentFrequency');
    await userEvent.click(
      within(frequency.parentElement!).getByRole('button', {
        name: 'Show what is behind it',
      }),
    );
    expect(
      await screen.findByRole('columnheader', { name: 'finished at' }),
    ).toBeVisible();
    expect(
      screen.queryByRole('columnheader', { name: 'finishedAt' }),
    ).not.toBeInTheDocument();
  });

  it("shows the backend's message when the trends are denied", async () => {
    const api = fakeDevlakeApi();
    api.getSeries.mockRejectedValue(
      await responseError(403, 'devlake.metrics.read denied'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/devlake\.metrics\.read denied/)).length,
    ).toBeGreaterThan(0);
    // The figures still show.
    expect(
      await screen.findByTestId('metric-deploymentFrequency'),
    ).toBeVisible();
  });

  it("shows the backend's message in the figures' card when they cannot be read", async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockRejectedValue(
      await responseError(503, 'the DevLake database does not answer'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/the DevLake database does not answer/))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('metric-deploymentFrequency')).toBeNull();
    // The trends come from another route and still show.
    expect(await screen.findByTestId('trend-leadTimeForChanges')).toBeVisible();
  });

  it('says why each figure and trend is empty, and that the project has no deployment', async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockResolvedValue(answer({ metrics: noMetrics }));
    api.getSeries.mockImplementation(async (init: any) =>
      series(init.params.query.metric, [null, null, null]),
    );
    api.getDeploymentHistory.mockResolvedValue({
      service: 'payments',
      total: 0,
      nextCursor: null,
      deployments: [],
    });
    await render(api);
    await userEvent.type(
      await screen.findByLabelText('Project or component'),
      'payments',
    );
    expect(
      await screen.findByText(/DevLake has no deployment of payments\./),
    ).toBeVisible();
    for (const name of METRIC_NAMES) {
      expect(
        within(await screen.findByTestId(`metric-${name}`)).getByText(
          `No data: ${noMetrics[name].reason}`,
        ),
      ).toBeVisible();
      expect(
        within(screen.getByTestId(`trend-${name}`)).getByText(
          'No data in this period',
        ),
      ).toBeVisible();
    }
    expect(screen.queryByRole('img')).toBeNull();
  });

  it("shows the backend's message when a project's deployments cannot be read", async () => {
    const api = fakeDevlakeApi();
    api.getDeploymentHistory.mockRejectedValue(
      await responseError(503, 'deployment history unavailable'),
    );
    await render(api);
    await userEvent.type(
      await screen.findByLabelText('Project or component'),
      'payments',
    );
    expect(
      (await screen.findAllByText(/deployment history unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText('fix rounding')).toBeNull();
  });
});
