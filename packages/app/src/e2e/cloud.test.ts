/**
 * @jest-environment node
 */
// End to end: the cloud-extractor admin page in Debian's Chromium, against the demo's local EC2.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './__testUtils__/browser';
import {
  startPortalStack,
  type PortalStack,
} from './__testUtils__/portalStack';

/** Generous: the machine running this may be busy; nothing waits longer than it must. */
const WAIT = 180_000;

jest.setTimeout(30 * 60_000);

describe('cloud extraction in Chromium', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startPortalStack(mkdtempSync(join(tmpdir(), 'cloud-e2e-')));
    ({ browser, page } = await launchBrowser());
    page.setDefaultTimeout(WAIT);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('triggers an extraction from the sidebar page and follows its progress to the end', async () => {
    try {
      await page.goto(stack.appUrl);
      await page.getByRole('button', { name: /enter/i }).click();
      // Every plugin page is a sidebar item.
      await page.getByRole('link', { name: 'Cloud extraction' }).click();
      await page.getByText('ec2', { exact: true }).first().waitFor();

      await page.getByRole('button', { name: 'Start extraction' }).click();
      const progress = page
        .locator('[data-testid^="job-progress-job_"]')
        .first();
      await progress.waitFor();
      // The bar follows the job's server-sent events until the job has ended.
      await progress.getByText('completed', { exact: true }).waitFor();
      const row = page.locator('tr', { has: progress });
      // The demo's EC2 has three instances.
      await row.getByRole('cell', { name: '3', exact: true }).waitFor();
      await screenshot(page, 'cloud-extractor');

      // The instances reached the catalog, each with the cloud resource card.
      // The catalog takes them in on its own schedule: reload the list until they are there (the
      // page does not refresh itself); the test's own timeout bounds the wait.
      const instance = page
        .getByRole('link', { name: /payments-web-1/ })
        .first();
      for (;;) {
        await page.goto(
          `${stack.appUrl}/catalog?filters%5Bkind%5D=resource&filters%5Buser%5D=all&filters%5Btext%5D=payments-web-1`,
        );
        const found = await instance
          .waitFor({ timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
        if (found) break;
      }
      await instance.click();
      await page.getByText('Cloud resource').first().waitFor();
      await page
        .getByText('i-0demo00000000001', { exact: false })
        .first()
        .waitFor();
      expect(
        await page.getByText('us-east-1', { exact: true }).first().isVisible(),
      ).toBe(true);
      await screenshot(page, 'cloud-resource');
    } catch (error) {
      await screenshot(page, 'cloud-extractor-failed').catch(() => undefined);
      throw error;
    }
  });
});
