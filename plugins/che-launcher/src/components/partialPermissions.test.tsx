import { screen, waitFor } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  cheWorkspaceDeletePermission,
  cheWorkspaceReadPermission,
} from '@fawkes/plugin-che-launcher-common';
import { cheLauncherApiRef } from '../api';
import { annotated, fakeCheApi, workspace } from '../__testUtils__/fakeApi';
import { MyWorkspacesPage } from './MyWorkspacesPage';
import { OpenInCheCard } from './OpenInCheCard';

// usePermission caches answers per permission for the module's lifetime, so this file holds the
// one user of its kind: allowed to read and delete workspaces, refused creating and starting or
// stopping them.
const reader = () =>
  mockApis.permission({
    authorize: request =>
      [
        cheWorkspaceReadPermission.name,
        cheWorkspaceDeletePermission.name,
      ].includes(request.permission.name)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });

describe('when the user may read and delete workspaces but not create or change them', () => {
  it('the card lists the workspaces with create and stop disabled, delete enabled', async () => {
    const api = fakeCheApi([workspace()]);
    await renderInTestApp(
      <EntityProvider entity={annotated}>
        <OpenInCheCard />
      </EntityProvider>,
      { apis: [[cheLauncherApiRef, api], reader()] },
    );
    expect(await screen.findByText('payment-service-abcde')).toBeVisible();
    // Buttons are disabled until the answers arrive: wait for the allowed one first.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled(),
    );
    const create = screen.getByRole('button', { name: 'Create workspace' });
    expect(create).toBeDisabled();
    expect(create).toHaveAttribute(
      'title',
      'You may not create Che workspaces (che.workspace.create)',
    );
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
    // Open IDE is a link to the user's own running workspace, not an action.
    expect(screen.getByRole('link', { name: 'Open IDE' })).toBeVisible();
  });

  it('the page offers start disabled and delete enabled on a stopped workspace', async () => {
    await renderInTestApp(<MyWorkspacesPage />, {
      apis: [
        [
          cheLauncherApiRef,
          fakeCheApi([workspace({ status: 'Stopped', ideUrl: null })]),
        ],
        reader(),
      ],
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled(),
    );
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
  });
});
