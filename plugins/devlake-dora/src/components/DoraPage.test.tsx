import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import type {
  DoraMetrics,
  MetricName,
  MetricsAnswer,
  SeriesAnswer,
} from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';
import { DoraPage } from './DoraPage';

const metric = (value: number | null, unit: string, extra = {}) => ({
  value,
  unit,
  trend: null,
  performance: null,
  count: 3,
  ...extra,
});

const metrics: DoraMetrics = {
  deploymentFrequency: metric(1.2, 'deployments/day', {
    performance: 'elite',
    details: [
      {
        id: 'deploy-7',
        environment: 'prod',
        finishedAt: '2026-11-20T10:00:00Z',
      },
    ],
  }),
  leadTimeForChanges: metric(20.5, 'hours', {
    performance: 'high',
    details: [{ sha: 'abc1234', deploymentId: 'deploy-7', hours: 20.5 }],
  }),
  changeFailureRate: metric(12, 'percent', { performance: 'medium' }),
  timeToRestoreService: metric(5, 'hours', {
    performance: 'high',
    details: [{ id: 'INC-9', title: 'Payments degraded', hours: 5 }],
  }),
  deploymentReworkRate: metric(null, 'percent', { reason: 'no rework seen' }),
};

const answer = (): MetricsAnswer => ({
  project: 'payments',
  team: null,
  period: { startDate: '2026-09-01', endDate: '2026-11-30' },
  benchmark: '2024',
  aggregation: 'median',
  definitions: 'dora',
  environments: ['prod'],
  metrics,
});

const series = (
  name: MetricName,
  values: Array<number | null>,
): SeriesAnswer => ({
  project: 'payments',
  team: null,
  metric: name,
  interval: 'week',
  period: { startDate: '2026-09-01', endDate: '2026-11-30' },
  points: values.map((value, i) => ({
    start: `2026-09-${String(1 + i * 7).padStart(2, '0')}T00:00:00.000Z`,
    end: `2026-09-${String(8 + i * 7).padStart(2, '0')}T00:00:00.000Z`,
    value,
    unit: 'hours',
    count: value === null ? 0 : 2,
    performance: value === null ? null : 'high',
  })),
});

function fakeApi() {
  return {
    getDoraMetrics: jest.fn(async () => answer()),
    getSeries: jest.fn(async (init: any) =>
      init.params.query.metric === 'deploymentReworkRate'
        ? series('deploymentReworkRate', [null, null])
        : series(init.params.query.metric, [3, null, 5, 4]),
    ),
    getDeploymentHistory: jest.fn(async () => ({
      service: 'payments',
      total: 1,
      nextCursor: null,
      deployments: [
        {
          id: 'd1',
          version: '1.4.0',
          environment: 'prod',
          status: 'SUCCESS',
          startTime: null,
          endTime: '2026-11-20T10:00:00Z',
          duration: 300,
          triggeredBy: null,
          commit: {
            sha: 'abcdef1234567',
            message: 'fix rounding',
            author: null,
          },
        },
      ],
    })),
  };
}

const denied = () =>
  ResponseError.fromResponse({
    ok: false,
    status: 403,
    statusText: 'Forbidden',
    url: 'http://backend/api/devlake/dora/series',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message: 'devlake.metrics.read denied',
        },
        request: { method: 'GET', url: '/dora/series' },
        response: { statusCode: 403 },
      }),
  } as any);

const render = (api: ReturnType<typeof fakeApi>) =>
  renderInTestApp(<DoraPage />, { apis: [[devlakeApiRef, api]] });

describe('DoraPage', () => {
  it('shows progress while the figures and trends load', async () => {
    const api = fakeApi();
    api.getDoraMetrics.mockReturnValue(new Promise(() => {}));
    api.getSeries.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect((await screen.findAllByRole('progressbar')).length).toBe(2);
  });

  it('draws a trend chart per metric from the series route, week by week', async () => {
    const api = fakeApi();
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
    await render(fakeApi());
    const rework = await screen.findByTestId('trend-deploymentReworkRate');
    expect(within(rework).getByText('No data in this period')).toBeVisible();
    expect(within(rework).queryByRole('img')).toBeNull();
  });

  it("asks for a team's metrics and trends", async () => {
    const api = fakeApi();
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
    const api = fakeApi();
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

  it("shows the backend's message when the trends are denied", async () => {
    const api = fakeApi();
    api.getSeries.mockRejectedValue(await denied());
    await render(api);
    expect(
      (await screen.findAllByText(/devlake\.metrics\.read denied/)).length,
    ).toBeGreaterThan(0);
    // The figures still show.
    expect(
      await screen.findByTestId('metric-deploymentFrequency'),
    ).toBeVisible();
  });
});
