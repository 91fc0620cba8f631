import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { cheLauncherApiRef } from '../api';
import { fakeCheApi, responseError, workspace } from '../__testUtils__/fakeApi';
import { MyWorkspacesPage } from './MyWorkspacesPage';

function render(api: ReturnType<typeof fakeCheApi>, allow = true) {
  return renderInTestApp(<MyWorkspacesPage />, {
    apis: [
      [cheLauncherApiRef, api],
      mockApis.permission({
        authorize: allow ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      }),
    ],
  });
}

describe('MyWorkspacesPage', () => {
  it('shows progress while loading', async () => {
    const api = fakeCheApi();
    api.listWorkspaces.mockReturnValue(new Promise(() => {}));
    render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it("lists every one of the user's workspaces", async () => {
    render(
      fakeCheApi([
        workspace(),
        workspace({ workspaceId: 'uid-3', name: 'other-service-xyz12' }),
      ]),
    );
    expect(await screen.findByText('payment-service-abcde')).toBeVisible();
    expect(screen.getByText('other-service-xyz12')).toBeVisible();
  });

  it('says there are none and where to create one', async () => {
    render(fakeCheApi([]));
    expect(await screen.findByText('You have no Che workspaces')).toBeVisible();
  });

  it("shows the backend's error, e.g. a refused permission", async () => {
    const api = fakeCheApi();
    api.listWorkspaces.mockRejectedValue(
      await responseError(403, 'not allowed to read workspaces'),
    );
    render(api);
    expect(
      (await screen.findAllByText(/not allowed to read workspaces/)).length,
    ).toBeGreaterThan(0);
  });
});
