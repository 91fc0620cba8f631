import { screen, waitFor, within } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { helmReleasesApiRef } from '../api';
import { annotated, fakeHelmApi } from '../__testUtils__/fakeApi';
import { HelmReleasesContent } from './HelmReleasesContent';

// usePermission caches answers per permission for the module's lifetime, so the denied case
// lives in its own file.
describe('when the user may not change the release', () => {
  it('shows the release and its history with rollback and upgrade disabled', async () => {
    const api = fakeHelmApi();
    await renderInTestApp(
      <EntityProvider entity={annotated}>
        <HelmReleasesContent />
      </EntityProvider>,
      {
        apis: [
          [helmReleasesApiRef, api],
          mockApis.permission({ authorize: AuthorizeResult.DENY }),
        ],
      },
    );
    const history = await screen.findByRole('table', {
      name: 'History of hello',
    });
    expect(
      within(history).getByRole('button', { name: 'Roll back to 1' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Upgrade…' })).toBeDisabled();
    // Disabled while the permissions are asked, too: the hover text says the answer was a refusal.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Upgrade…' })).toHaveAttribute(
        'title',
        'You may not upgrade this release (helm.release.upgrade)',
      ),
    );
    expect(
      within(history).getByRole('button', { name: 'Roll back to 1' }),
    ).toHaveAttribute(
      'title',
      'You may not roll back this release (helm.release.rollback)',
    );
    expect(api.rollbackRelease).not.toHaveBeenCalled();
  });
});
