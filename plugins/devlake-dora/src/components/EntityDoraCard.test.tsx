import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type {
  DoraMetrics,
  MetricsAnswer,
} from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';
import { DEVLAKE_PROJECT_ANNOTATION } from '../annotations';
import { EntityDoraCard } from './EntityDoraCard';

const metric = (value: number | null, unit: string, extra = {}) => ({
  value,
  unit,
  trend: null,
  performance: null,
  count: 10,
  ...extra,
});

const metrics: DoraMetrics = {
  deploymentFrequency: metric(1.2, 'deployments/day', {
    performance: 'elite',
    trend: 'increasing',
  }),
  leadTimeForChanges: metric(20.5, 'hours', {
    performance: 'high',
    trend: 'decreasing',
  }),
  changeFailureRate: metric(12, '%', { performance: 'medium' }),
  timeToRestoreService: metric(5, 'hours', { performance: 'high' }),
  deploymentReworkRate: metric(null, '%', { reason: 'no rework seen' }),
};

const answer = (overrides: Partial<MetricsAnswer> = {}): MetricsAnswer => ({
  project: 'payments',
  team: null,
  period: { startDate: '2026-11-01', endDate: '2026-11-30' },
  benchmark: '2024',
  aggregation: 'median',
  definitions: 'dora',
  environments: ['prod'],
  metrics,
  ...overrides,
});

const entity = (annotations: Record<string, string> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payment-service', annotations },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
});

function fakeApi() {
  return {
    getDoraMetrics: jest.fn(async () => answer()),
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

function renderCard(
  api: ReturnType<typeof fakeApi>,
  e = entity({
    [DEVLAKE_PROJECT_ANNOTATION]: 'payments',
  }),
) {
  return renderInTestApp(
    <EntityProvider entity={e}>
      <EntityDoraCard />
    </EntityProvider>,
    { apis: [[devlakeApiRef, api]] },
  );
}

describe('EntityDoraCard', () => {
  it('shows progress while loading', async () => {
    const api = fakeApi();
    api.getDoraMetrics.mockReturnValue(new Promise(() => {}));
    await renderCard(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the four metrics and the rework rate with tier and trend', async () => {
    const api = fakeApi();
    await renderCard(api);
    const frequency = await screen.findByTestId('metric-deploymentFrequency');
    expect(within(frequency).getByText('1.20')).toBeVisible();
    expect(within(frequency).getByText('elite')).toBeVisible();
    expect(within(frequency).getByLabelText('trend increasing')).toBeVisible();
    expect(
      within(screen.getByTestId('metric-leadTimeForChanges')).getByText('high'),
    ).toBeVisible();
    expect(
      within(screen.getByTestId('metric-deploymentReworkRate')).getByText(
        'No data: no rework seen',
      ),
    ).toBeVisible();
    expect(api.getDoraMetrics).toHaveBeenCalledWith({
      params: {
        query: {
          project: 'payments',
          startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      },
    });
  });

  it('asks again for another period', async () => {
    const api = fakeApi();
    await renderCard(api);
    await screen.findByTestId('metric-deploymentFrequency');
    await userEvent.click(screen.getByLabelText('Period'));
    await userEvent.click(await screen.findByText('Last 90 days'));
    expect(api.getDoraMetrics).toHaveBeenCalledTimes(2);
  });

  it("shows the backend's error, e.g. a denied permission", async () => {
    const api = fakeApi();
    api.getDoraMetrics.mockRejectedValue(
      await ResponseError.fromResponse({
        ok: false,
        status: 403,
        statusText: 'Forbidden',
        url: 'http://backend/api/devlake/dora-metrics',
        headers: new Headers({ 'content-type': 'application/json' }),
        text: async () =>
          JSON.stringify({
            error: {
              name: 'NotAllowedError',
              message: 'devlake.metrics.read denied',
            },
            request: { method: 'GET', url: '/dora-metrics' },
            response: { statusCode: 403 },
          }),
      } as any),
    );
    await renderCard(api);
    expect(
      (await screen.findAllByText(/devlake\.metrics\.read denied/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains the annotation to add when there is none', async () => {
    const api = fakeApi();
    await renderCard(api, entity());
    expect(
      (await screen.findAllByText(/devlake\.apache\.org\/project-name/)).length,
    ).toBeGreaterThan(0);
    expect(api.getDoraMetrics).not.toHaveBeenCalled();
  });
});
