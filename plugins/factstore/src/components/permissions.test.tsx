import { screen, waitFor, within } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { factstoreApiRef } from '../api';
import { fakeFactstoreApi } from '../__testUtils__/fakeApi';
import { ApprovalsPage } from './ApprovalsPage';

// usePermission caches answers per permission for the module's lifetime, so the denied case
// lives in its own file.
describe('when the user may not review approvals', () => {
  it('lists the approvals with approve and reject disabled', async () => {
    const api = fakeFactstoreApi();
    await renderInTestApp(<ApprovalsPage />, {
      apis: [
        [factstoreApiRef, api],
        mockApis.permission({ authorize: AuthorizeResult.DENY }),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Approvals' });
    expect(
      within(table).getByRole('button', { name: 'Approve' }),
    ).toBeDisabled();
    expect(
      within(table).getByRole('button', { name: 'Reject' }),
    ).toBeDisabled();
    // Disabled while the permission is asked, too: the hover text says the answer was a refusal.
    await waitFor(() =>
      expect(
        within(table).getAllByTitle(
          'You may not review approvals (factstore.approval.review)',
        ),
      ).toHaveLength(2),
    );
  });
});
