/**
 * @jest-environment node
 */
// End to end: the demo's compliance trail, approving its pending approval and asking the gate again,
// in Debian's Chromium.
import { DEMO } from '@fawkes/demo-data';
import { usePortalSession } from './__testUtils__/portalSession';

jest.setTimeout(30 * 60_000);

describe('factstore in the portal', () => {
  const session = usePortalSession();

  it("shows a component's trail with its attestations", async () => {
    const { page, stack, journey, screenshot } = session();
    await journey('factstore-compliance', async () => {
      await page.goto(
        `${stack.appUrl}/catalog/default/component/${DEMO.component}/compliance`,
      );
      await page.getByText(`Flow ${DEMO.factstoreFlow}`).waitFor();
      const attestations = page.getByRole('table', { name: 'Attestations' });
      await attestations.getByText('junit').first().waitFor();
      expect(await attestations.getByText('PASSED').count()).toBe(2);
      // The approval the flow requires is still pending, so the trail is not yet compliant.
      await page.getByText('INCOMPLETE').first().waitFor();
      // The demo's production gate denied the image while the approval is pending.
      await page.getByText('DENIED').first().waitFor();
      await screenshot('factstore-compliance');
    })();
  });

  it('approves the pending approval from the inbox', async () => {
    const { page, stack, journey, screenshot } = session();
    await journey('factstore-approvals', async () => {
      await page.goto(`${stack.appUrl}/approvals`);
      const table = page.getByRole('table', { name: 'Approvals' });
      const row = table.getByRole('row', { name: /release-1\.4\.0/ });
      await row.waitFor();
      await screenshot('factstore-approvals');
      await row.getByRole('button', { name: 'Approve' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Comment').fill('Checked the release notes');
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByText('No pending approval').waitFor();
      await page.getByRole('tab', { name: 'approved' }).click();
      const approved = table.getByRole('row', { name: /release-1\.4\.0/ });
      await approved.getByText(/Checked the release notes/).waitFor();
      expect(await approved.getByText('APPROVED').isVisible()).toBe(true);

      // The gate's stored decision stays DENIED; asked again, it allows the release.
      await page.goto(
        `${stack.appUrl}/catalog/default/component/${DEMO.component}/compliance`,
      );
      await page.getByText('DENIED').first().waitFor();
      await page.getByRole('button', { name: 'Ask the gate again' }).click();
      await page.getByText('ALLOWED').first().waitFor();
      await screenshot('factstore-gate-asked-again');
    })();
  });
});
