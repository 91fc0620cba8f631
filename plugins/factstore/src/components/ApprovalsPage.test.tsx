import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { factstoreApiRef } from '../api';
import {
  approval,
  fakeFactstoreApi,
  responseError,
} from '../__testUtils__/fakeApi';
import { ApprovalsPage } from './ApprovalsPage';

const render = (api: ReturnType<typeof fakeFactstoreApi>) =>
  renderInTestApp(<ApprovalsPage />, {
    apis: [
      [factstoreApiRef, api],
      mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
    ],
  });

describe('ApprovalsPage', () => {
  jest.setTimeout(180_000);

  it('shows progress while the approvals load', async () => {
    const api = fakeFactstoreApi();
    api.listApprovals.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('scrolls its table sideways on a phone instead of clipping the decision buttons', async () => {
    await render(fakeFactstoreApi());
    const table = await screen.findByRole('table', { name: 'Approvals' });
    expect(getComputedStyle(table.parentElement!).overflowX).toBe('auto');
  });

  it('lists pending approvals with their trail and approves one with a comment', async () => {
    const api = fakeFactstoreApi();
    await render(api);
    const table = await screen.findByRole('table', { name: 'Approvals' });
    expect(within(table).getByText('release-1.4.0')).toBeVisible();
    expect(
      within(table).getByText('Release 1.4.0 to production'),
    ).toBeVisible();
    expect(api.listApprovals).toHaveBeenCalledWith({
      params: { query: { status: 'PENDING' } },
    });

    await userEvent.click(
      within(table).getByRole('button', { name: 'Approve' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Comment'), {
      target: { value: 'ship it' },
    });
    api.listApprovals.mockResolvedValue([]);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.approveApproval).toHaveBeenCalledWith({
      params: { path: { approvalId: 'appr-1' } },
      body: { comment: 'ship it' },
    });
    expect(await screen.findByText('No pending approval')).toBeVisible();
  });

  it('rejects an approval', async () => {
    const api = fakeFactstoreApi();
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Reject' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    await waitFor(() =>
      expect(api.rejectApproval).toHaveBeenCalledWith({
        params: { path: { approvalId: 'appr-1' } },
        body: {},
      }),
    );
  });

  it("keeps the dialog open with the backend's refusal", async () => {
    const api = fakeFactstoreApi();
    api.approveApproval.mockRejectedValue(
      await responseError(403, 'You cannot approve your own request'),
    );
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    expect(
      (await within(dialog).findAllByText(/cannot approve your own request/))
        .length,
    ).toBeGreaterThan(0);
  });

  it('shows decided approvals under their status', async () => {
    const api = fakeFactstoreApi();
    await render(api);
    await screen.findByRole('table', { name: 'Approvals' });
    api.listApprovals.mockResolvedValue([
      approval({
        status: 'APPROVED',
        decidedBy: 'user:default/jane',
        decisionComment: 'fine',
      }),
    ]);
    await userEvent.click(screen.getByRole('tab', { name: 'approved' }));
    expect(await screen.findByText('user:default/jane: fine')).toBeVisible();
    expect(api.listApprovals).toHaveBeenLastCalledWith({
      params: { query: { status: 'APPROVED' } },
    });
  });

  it("shows the backend's message when the approvals cannot be read", async () => {
    const api = fakeFactstoreApi();
    api.listApprovals.mockRejectedValue(
      await responseError(503, 'database unavailable'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/database unavailable/)).length,
    ).toBeGreaterThan(0);
  });

  it('says so when nothing waits', async () => {
    const api = fakeFactstoreApi();
    api.listApprovals.mockResolvedValue([]);
    await render(api);
    expect(await screen.findByText('No pending approval')).toBeVisible();
  });
});
