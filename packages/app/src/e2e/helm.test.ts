/**
 * @jest-environment node
 */
// End to end: roll back the demo's Helm release through the portal, in Debian's Chromium.
import { DEMO } from '@fawkes/demo-data';
import { usePortalSession } from './__testUtils__/portalSession';

jest.setTimeout(30 * 60_000);

describe('helm-releases in the portal', () => {
  const session = usePortalSession();

  it('rolls back a release through the dialog and sees the new revision', async () => {
    const { page, stack, journey, screenshot } = session();
    await journey('helm-releases', async () => {
      await page.goto(
        `${stack.appUrl}/catalog/default/component/${DEMO.component}/helm`,
      );
      const revision = page.getByTestId(`revision-${DEMO.helmRelease}`);
      await revision.waitFor();
      // The demo seeds two revisions; the latest is 2.
      expect(await revision.textContent()).toBe('2');

      await page.getByRole('button', { name: 'Roll back to 1' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('revision 2 (now)').first().waitFor();
      await dialog
        .getByText(/ — changed$/)
        .first()
        .waitFor();
      await screenshot('helm-releases-rollback-dialog');
      await dialog.getByRole('button', { name: 'Roll back' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page
        .getByTestId(`revision-${DEMO.helmRelease}`)
        .getByText('3', { exact: true })
        .waitFor();
      const history = page.getByRole('table', {
        name: `History of ${DEMO.helmRelease}`,
      });
      const newest = history.getByRole('row').nth(1);
      await newest.getByText('Rollback to 1').waitFor();
      expect(await newest.getByText('deployed').isVisible()).toBe(true);
      await screenshot('helm-releases');
    })();
  });
});
