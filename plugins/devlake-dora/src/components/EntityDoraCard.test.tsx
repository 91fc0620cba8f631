import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { METRIC_NAMES } from '@fawkes/plugin-devlake-dora-common';
import { devlakeApiRef } from '../api';
import {
  annotated,
  answer,
  entity,
  fakeDevlakeApi,
  noMetrics,
  responseError,
} from '../__testUtils__/fakeApi';
import { EntityDoraCard } from './EntityDoraCard';

function renderCard(api: ReturnType<typeof fakeDevlakeApi>, e = annotated) {
  return renderInTestApp(
    <EntityProvider entity={e}>
      <EntityDoraCard />
    </EntityProvider>,
    { apis: [[devlakeApiRef, api]] },
  );
}

describe('EntityDoraCard', () => {
  it('shows progress while loading', async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockReturnValue(new Promise(() => {}));
    await renderCard(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the four metrics and the rework rate with tier and trend', async () => {
    const api = fakeDevlakeApi();
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
    const api = fakeDevlakeApi();
    await renderCard(api);
    await screen.findByTestId('metric-deploymentFrequency');
    await userEvent.click(screen.getByLabelText('Period'));
    await userEvent.click(await screen.findByText('Last 90 days'));
    expect(api.getDoraMetrics).toHaveBeenCalledTimes(2);
  });

  it("shows the backend's message when DevLake's data cannot be read", async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockRejectedValue(
      await responseError(503, 'the DevLake database does not answer'),
    );
    await renderCard(api);
    expect(
      (await screen.findAllByText(/the DevLake database does not answer/))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('metric-deploymentFrequency')).toBeNull();
  });

  it('shows the refusal, naming the permission, to a user who may not read metrics', async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockRejectedValue(
      await responseError(403, 'devlake.metrics.read denied'),
    );
    await renderCard(api);
    expect(
      (await screen.findAllByText(/devlake\.metrics\.read denied/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('metric-deploymentFrequency')).toBeNull();
  });

  it('says, figure by figure, why there is no data when the project has none in the period', async () => {
    const api = fakeDevlakeApi();
    api.getDoraMetrics.mockResolvedValue(answer({ metrics: noMetrics }));
    await renderCard(api);
    await screen.findByTestId('metric-deploymentFrequency');
    for (const name of METRIC_NAMES) {
      expect(
        within(screen.getByTestId(`metric-${name}`)).getByText(
          `No data: ${noMetrics[name].reason}`,
        ),
      ).toBeVisible();
    }
    expect(screen.queryByText('elite')).toBeNull();
  });

  it('explains the annotation to add when there is none', async () => {
    const api = fakeDevlakeApi();
    await renderCard(api, entity());
    expect(
      (await screen.findAllByText(/devlake\.apache\.org\/project-name/)).length,
    ).toBeGreaterThan(0);
    expect(api.getDoraMetrics).not.toHaveBeenCalled();
  });
});
