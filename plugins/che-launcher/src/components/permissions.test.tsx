import { screen, waitFor } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { cheLauncherApiRef } from '../api';
import { annotated, fakeCheApi, workspace } from '../__testUtils__/fakeApi';
import { MyWorkspacesPage } from './MyWorkspacesPage';
import { OpenInCheCard } from './OpenInCheCard';

// usePermission caches answers per permission for the module's lifetime (SWR), so the denied
// cases live in their own file, where every answer is DENY.
const denied = () => mockApis.permission({ authorize: AuthorizeResult.DENY });

describe('when the user is denied', () => {
  it('the card says which permission is missing instead of listing', async () => {
    const api = fakeCheApi([workspace()]);
    await renderInTestApp(
      <EntityProvider entity={annotated}>
        <OpenInCheCard />
      </EntityProvider>,
      { apis: [[cheLauncherApiRef, api], denied()] },
    );
    expect(await screen.findByText('Permission needed')).toBeVisible();
    expect(screen.getByText(/che\.workspace\.read/)).toBeVisible();
    expect(api.listWorkspaces).not.toHaveBeenCalled();
  });

  it('the page disables the actions the user may not take', async () => {
    await renderInTestApp(<MyWorkspacesPage />, {
      apis: [[cheLauncherApiRef, fakeCheApi([workspace()])], denied()],
    });
    // Disabled while the permissions are asked, too: the hover text says the answer was a refusal.
    const stop = await screen.findByRole('button', { name: 'Stop' });
    await waitFor(() =>
      expect(stop).toHaveAttribute(
        'title',
        'You may not start or stop this workspace (che.workspace.update)',
      ),
    );
    expect(stop).toBeDisabled();
    const remove = screen.getByRole('button', { name: 'Delete' });
    await waitFor(() =>
      expect(remove).toHaveAttribute(
        'title',
        'You may not delete this workspace (che.workspace.delete)',
      ),
    );
    expect(remove).toBeDisabled();
  });
});
