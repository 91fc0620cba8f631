import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { helmReleasesApiRef } from '../api';
import {
  annotated,
  context,
  fakeHelmApi,
  release,
  responseError,
} from '../__testUtils__/fakeApi';
import { HelmReleasesContent } from './HelmReleasesContent';

function render(
  api: ReturnType<typeof fakeHelmApi>,
  options: { entity?: Entity } = {},
) {
  return renderInTestApp(
    <EntityProvider entity={options.entity ?? annotated}>
      <HelmReleasesContent />
    </EntityProvider>,
    {
      apis: [
        [helmReleasesApiRef, api],
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
    },
  );
}

describe('HelmReleasesContent', () => {
  jest.setTimeout(180_000);

  it('shows progress while the clusters are read', async () => {
    const api = fakeHelmApi();
    api.listContexts.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it("lists the entity's release per cluster with status, chart, app version and revision", async () => {
    const api = fakeHelmApi();
    api.listContexts.mockResolvedValue([context('local'), context('prod')]);
    api.listReleases.mockImplementation(async (init: any) =>
      init.params.query.context === 'local'
        ? [release(2), { ...release(7), name: 'someone-else' }]
        : [],
    );
    await render(api);
    const table = await screen.findByRole('table', {
      name: 'Releases on local cluster',
    });
    expect(within(table).getByText('hello')).toBeVisible();
    expect(within(table).queryByText('someone-else')).not.toBeInTheDocument();
    expect(within(table).getByText('deployed')).toBeVisible();
    expect(within(table).getByText('hello-0.2.0')).toBeVisible();
    expect(within(table).getByText('1.2')).toBeVisible();
    expect(within(table).getByTestId('revision-hello')).toHaveTextContent('2');
    expect(
      screen.getByText('No release of this component on prod cluster.'),
    ).toBeVisible();
    expect(api.listReleases).toHaveBeenCalledWith({
      params: {
        query: { namespace: 'demo', context: 'local', summary: 'true' },
      },
    });
  });

  it('shows the history and a side-by-side diff of the last two revisions', async () => {
    const api = fakeHelmApi();
    await render(api);
    const history = await screen.findByRole('table', {
      name: 'History of hello',
    });
    const rows = within(history).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('2deployed');
    expect(rows[2]).toHaveTextContent('1superseded');
    expect(
      within(rows[2]).getByRole('button', { name: 'Roll back to 1' }),
    ).toBeEnabled();
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
    expect(
      await screen.findByText('Deployment demo/hello — changed'),
    ).toBeVisible();
    const removed = screen.getByText('replicas: 1');
    const added = screen.getByText('replicas: 2');
    expect(removed).toHaveAttribute('data-kind', 'removed');
    expect(added).toHaveAttribute('data-kind', 'added');
    // Side by side: the two versions of the line are in one row.
    expect(removed.closest('tr')).toBe(added.closest('tr'));
    await userEvent.click(screen.getByRole('tab', { name: /Values/ }));
    expect(screen.getByText('replicas: 2')).toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: /Notes/ }));
    expect(screen.getByText('No change in the notes.')).toBeVisible();
  });

  it('scrolls its tables sideways on a phone instead of clipping the actions at the card edge', async () => {
    const api = fakeHelmApi();
    await render(api);
    for (const name of ['Releases on local cluster', 'History of hello']) {
      const table = await screen.findByRole('table', { name });
      expect(getComputedStyle(table.parentElement!).overflowX).toBe('auto');
    }
  });

  it('rolls back through a dialog that shows the diff, then shows the new revision', async () => {
    const api = fakeHelmApi();
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Roll back to 1' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('Roll back hello to revision 1?'),
    ).toBeVisible();
    expect(await within(dialog).findByText('revision 2 (now)')).toBeVisible();
    expect(api.diffRelease).toHaveBeenCalledWith({
      params: {
        path: { name: 'hello' },
        query: { namespace: 'demo', context: 'local', from: 2, to: 1 },
      },
    });
    api.listReleases.mockResolvedValue([release(3)]);
    api.getReleaseHistory.mockResolvedValue([
      release(1, 'superseded'),
      release(2, 'superseded'),
      release(3),
    ]);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Roll back' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.rollbackRelease).toHaveBeenCalledWith({
      params: { path: { name: 'hello' } },
      body: { namespace: 'demo', context: 'local', revision: 1 },
    });
    await waitFor(() =>
      expect(screen.getByTestId('revision-hello')).toHaveTextContent('3'),
    );
    expect(await screen.findByText(/now at revision 3/)).toBeInTheDocument();
  });

  it("keeps the dialog open with the backend's message when the rollback fails", async () => {
    const api = fakeHelmApi();
    api.rollbackRelease.mockRejectedValue(
      await responseError(409, 'Release "hello" has a pending operation'),
    );
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Roll back to 1' }),
    );
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('revision 2 (now)');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Roll back' }),
    );
    expect(
      (await within(dialog).findAllByText(/has a pending operation/)).length,
    ).toBeGreaterThan(0);
  });

  it("shows at once the backend's reason when an upgrade cannot run, not only 'Upgrade failed'", async () => {
    const api = fakeHelmApi();
    api.upgradeRelease.mockRejectedValue(
      await responseError(501, 'set helmReleases.helmBinary to enable them'),
    );
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Upgrade…' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Preview' }),
    );
    const reasons = await within(dialog).findAllByText(
      /set helmReleases.helmBinary to enable them/,
    );
    // Visible: not only in the collapsed part of the error panel.
    const shown = reasons.filter(reason => {
      for (let e: Element | null = reason; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') {
          return false;
        }
      }
      return true;
    });
    expect(shown.length).toBeGreaterThan(0);
  });

  it('upgrades only after a preview of the same values', async () => {
    const api = fakeHelmApi();
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Upgrade…' }),
    );
    const dialog = await screen.findByRole('dialog');
    const values = within(dialog).getByLabelText('Values (YAML)');
    expect(values).toHaveValue('{\n  "replicas": 2\n}');
    expect(
      within(dialog).getByRole('button', { name: 'Upgrade' }),
    ).toBeDisabled();
    fireEvent.change(values, { target: { value: 'replicas: 3' } });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Preview' }),
    );
    expect(await within(dialog).findByText('after the upgrade')).toBeVisible();
    expect(api.upgradeRelease).toHaveBeenLastCalledWith({
      params: { path: { name: 'hello' } },
      body: {
        namespace: 'demo',
        context: 'local',
        values: 'replicas: 3',
        dryRun: true,
      },
    });
    api.upgradeRelease.mockResolvedValue({
      release: release(3),
      diff: fakeDiff(),
      dryRun: false,
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Upgrade' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.upgradeRelease).toHaveBeenLastCalledWith({
      params: { path: { name: 'hello' } },
      body: {
        namespace: 'demo',
        context: 'local',
        values: 'replicas: 3',
        dryRun: false,
      },
    });
  });

  it("shows the backend's message when the clusters cannot be read", async () => {
    const api = fakeHelmApi();
    api.listContexts.mockRejectedValue(
      await responseError(403, 'You are not allowed to read Helm releases'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/You are not allowed to read Helm releases/))
        .length,
    ).toBeGreaterThan(0);
  });

  it("shows the backend's message when a release's history cannot be read", async () => {
    const api = fakeHelmApi();
    api.getReleaseHistory.mockRejectedValue(
      await responseError(404, 'release: not found'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/release: not found/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.queryByRole('table', { name: 'History of hello' }),
    ).not.toBeInTheDocument();
    // The cluster's list still shows the release.
    expect(screen.getByTestId('revision-hello')).toHaveTextContent('2');
  });

  it('shows a failing cluster beside the ones that answer', async () => {
    const api = fakeHelmApi();
    api.listContexts.mockResolvedValue([context('local'), context('prod')]);
    api.listReleases.mockImplementation(async (init: any) => {
      if (init.params.query.context === 'prod') {
        throw await responseError(502, 'the cluster prod does not answer');
      }
      return [release(2)];
    });
    await render(api);
    expect(
      (await screen.findAllByText(/the cluster prod does not answer/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByTestId('revision-hello')).toHaveTextContent('2');
  });

  it('says so when no cluster has the release', async () => {
    const api = fakeHelmApi();
    api.listReleases.mockResolvedValue([]);
    await render(api);
    expect(await screen.findByText('No Helm release found')).toBeVisible();
  });

  it('explains what to add when the component has no release annotation', async () => {
    const api = fakeHelmApi();
    await render(api, {
      entity: { ...annotated, metadata: { name: 'legacy-billing' } },
    });
    expect(
      (await screen.findAllByText(/helm\.sh\/release/)).length,
    ).toBeGreaterThan(0);
    expect(api.listContexts).not.toHaveBeenCalled();
  });
});

function fakeDiff() {
  return {
    name: 'hello',
    namespace: 'demo',
    from: 2,
    to: 3,
    resources: [],
    values: { changed: false, diff: '' },
    notes: { changed: false, diff: '' },
  };
}
