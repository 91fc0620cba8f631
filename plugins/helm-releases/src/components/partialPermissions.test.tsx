import { screen, waitFor, within } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { helmReleaseRollbackPermission } from '@fawkes/plugin-helm-releases-common';
import { helmReleasesApiRef } from '../api';
import { annotated, fakeHelmApi } from '../__testUtils__/fakeApi';
import { HelmReleasesContent } from './HelmReleasesContent';

// usePermission caches answers per permission for the module's lifetime, so this file holds the
// one user of its kind: allowed to roll back, refused upgrading.
describe('when the user may roll back but not upgrade', () => {
  it('enables rollback and disables upgrade, saying why', async () => {
    await renderInTestApp(
      <EntityProvider entity={annotated}>
        <HelmReleasesContent />
      </EntityProvider>,
      {
        apis: [
          [helmReleasesApiRef, fakeHelmApi()],
          mockApis.permission({
            authorize: request =>
              request.permission.name === helmReleaseRollbackPermission.name
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          }),
        ],
      },
    );
    const history = await screen.findByRole('table', {
      name: 'History of hello',
    });
    // Buttons are disabled until the answers arrive: wait for the allowed one first.
    await waitFor(() =>
      expect(
        within(history).getByRole('button', { name: 'Roll back to 1' }),
      ).toBeEnabled(),
    );
    const upgrade = screen.getByRole('button', { name: 'Upgrade…' });
    expect(upgrade).toBeDisabled();
    expect(upgrade).toHaveAttribute(
      'title',
      'You may not upgrade this release (helm.release.upgrade)',
    );
  });
});
