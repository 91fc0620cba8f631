import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { cloudExtractorApiRef } from '../api';
import { fakeCloudApi, job, schedule } from '../__testUtils__/fakeApi';
import { CloudExtractorPage } from './CloudExtractorPage';

// usePermission caches answers per permission for the module's lifetime, so the denied case
// lives in its own file, where every answer is DENY.
describe('when the user is denied', () => {
  it('disables starting, cancelling and changing schedules; still lists', async () => {
    await renderInTestApp(<CloudExtractorPage />, {
      apis: [
        [
          cloudExtractorApiRef,
          fakeCloudApi({
            jobs: [job({ status: 'running', completed_at: null })],
            schedules: [schedule()],
          }),
        ],
        mockApis.permission({ authorize: AuthorizeResult.DENY }),
      ],
    });
    expect(await screen.findByText('nightly')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Start extraction' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    // Disabled while the permissions are asked, too: the hover text says each was refused.
    for (const name of [
      'cloud-extractor.job.create',
      'cloud-extractor.job.cancel',
      'cloud-extractor.schedule.create',
      'cloud-extractor.schedule.update',
      'cloud-extractor.schedule.delete',
    ]) {
      expect(
        await screen.findByTitle(title => title.endsWith(`(${name})`)),
      ).toBeDisabled();
    }
  });
});
