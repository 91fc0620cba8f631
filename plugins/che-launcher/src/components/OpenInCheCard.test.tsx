import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { cheLauncherApiRef } from '../api';
import {
  annotated,
  fakeCheApi,
  responseError,
  workspace,
} from '../__testUtils__/fakeApi';
import { OpenInCheCard } from './OpenInCheCard';

function render(
  api: Partial<ReturnType<typeof fakeCheApi>>,
  options: { entity?: Entity } = {},
) {
  return renderInTestApp(
    <EntityProvider entity={options.entity ?? annotated}>
      <OpenInCheCard />
    </EntityProvider>,
    {
      apis: [
        [cheLauncherApiRef, api],
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
    },
  );
}

describe('OpenInCheCard', () => {
  it('shows progress while the workspaces load', async () => {
    const api = fakeCheApi();
    api.listWorkspaces.mockReturnValue(new Promise(() => {}));
    render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it("lists the component's workspaces with their status and Open IDE while Running", async () => {
    const api = fakeCheApi([
      workspace(),
      workspace({
        workspaceId: 'uid-2',
        name: 'payment-service-fghij',
        status: 'Stopped',
        ideUrl: null,
      }),
      workspace({ workspaceId: 'uid-3', name: 'other-service-xyz12' }),
    ]);
    render(api);
    expect(await screen.findByText('payment-service-abcde')).toBeVisible();
    expect(screen.getByText('payment-service-fghij')).toBeVisible();
    expect(screen.queryByText('other-service-xyz12')).not.toBeInTheDocument();
    expect(screen.getByText('Running')).toBeVisible();
    expect(screen.getByText('Stopped')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open IDE' })).toHaveAttribute(
      'href',
      'https://che.example.com/guest-che/payment-service-abcde/',
    );
    expect(screen.getAllByRole('link', { name: 'Open IDE' })).toHaveLength(1);
  });

  it('creates a workspace from the entity and shows it', async () => {
    const api = fakeCheApi([]);
    render(api);
    expect(
      await screen.findByText('No workspace for this component yet'),
    ).toBeVisible();
    api.listWorkspaces.mockResolvedValue({
      workspaces: [workspace({ status: 'Starting', ideUrl: null })],
      total: 1,
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );
    expect(await screen.findByText('Starting')).toBeVisible();
    expect(api.createWorkspace).toHaveBeenCalledWith({
      body: {
        entityRef: 'component:default/payment-service',
        name: expect.stringMatching(/^payment-service-[a-z0-9]{5}$/),
      },
    });
  });

  it('stops a running workspace', async () => {
    const api = fakeCheApi([workspace()]);
    render(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await waitFor(() =>
      expect(api.stopWorkspace).toHaveBeenCalledWith({
        params: { path: { id: 'uid-1' } },
      }),
    );
  });

  it("shows the backend's error message", async () => {
    const api = fakeCheApi();
    api.listWorkspaces.mockRejectedValue(
      await responseError(503, 'the cluster does not answer'),
    );
    render(api);
    expect(
      (await screen.findAllByText(/the cluster does not answer/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains what to add when the component has no devfile annotation', async () => {
    const api = fakeCheApi();
    render(api, {
      entity: {
        ...annotated,
        metadata: { name: 'legacy-billing', annotations: {} },
      },
    });
    expect(
      (await screen.findAllByText(/eclipse.org\/che-devfile-url/)).length,
    ).toBeGreaterThan(0);
    expect(api.listWorkspaces).not.toHaveBeenCalled();
  });
});
