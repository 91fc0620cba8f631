/**
 * @jest-environment node
 */
// End to end: the built portal and a backend with the demo data, in Debian's Chromium.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { screenshot as fullScreenshot } from './__testUtils__/browser';
import {
  startPortalStack,
  waitForCatalogComponent,
  type PortalStack,
} from './__testUtils__/portalStack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = resolve(
  process.env.E2E_OUTPUT_DIR ??
    join(__dirname, '..', '..', '..', '..', 'test-results', 'e2e'),
);
/** Generous: the machine running this may be busy; nothing waits longer than it must. */
const WAIT = 180_000;

const installed = Object.keys(
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'))
    .dependencies,
);
/** One journey per frontend plugin the app has installed. */
const ifInstalled = (pkg: string) =>
  installed.includes(pkg) ? describe : describe.skip;

jest.setTimeout(30 * 60_000);

describe('the portal in Chromium', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;

  const screenshot = (name: string) => fullScreenshot(page, name);
  /** Runs a journey; a failed one leaves a picture of where it stopped. */
  const journey = (name: string, steps: () => Promise<void>) => async () => {
    try {
      await steps();
    } catch (error) {
      await screenshot(`${name}-failed`).catch(() => undefined);
      throw error;
    }
  };
  const openEntity = (name: string, tab = '') =>
    page.goto(
      `${stack.appUrl}/catalog/default/component/${name}${tab ? `/${tab}` : ''}`,
    );

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    stack = await startPortalStack(mkdtempSync(join(tmpdir(), 'portal-e2e-')));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(WAIT);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it(
    'signs in as guest and shows the catalog',
    journey('catalog', async () => {
      await page.goto(stack.appUrl);
      await page.getByRole('button', { name: /enter/i }).click();
      await page.getByRole('link', { name: 'Catalog' }).first().waitFor();
      await waitForCatalogComponent(stack, 'payment-service');
      // Every component, not only the guest's own (the catalog's default filter), searched by
      // name: the repository's own components fill the table's first page.
      await page.goto(
        `${stack.appUrl}/catalog?filters%5Bkind%5D=component&filters%5Buser%5D=all&filters%5Btext%5D=payment-service`,
      );
      const link = page.getByRole('link', { name: 'payment-service' }).first();
      await link.waitFor();
      expect(await link.isVisible()).toBe(true);
      await screenshot('catalog');
    }),
  );

  ifInstalled('@fawkes/plugin-che-launcher')('che-launcher', () => {
    it(
      'creates a workspace from a component and sees it reach Running',
      journey('che-launcher', async () => {
        await openEntity('payment-service');
        const card = page.locator('div', {
          has: page.getByText('Open in Che'),
        });
        await page.getByRole('button', { name: 'Create workspace' }).click();
        await card
          .getByText(/^Running$/)
          .first()
          .waitFor();
        const ide = page.getByRole('link', { name: 'Open IDE' }).first();
        await ide.waitFor();
        expect(await ide.getAttribute('href')).toMatch(/^https?:\/\//);
        await screenshot('che-launcher');

        await openEntity('legacy-billing');
        const hint = page.getByText('eclipse.org/che-devfile-url').first();
        await hint.waitFor();
        expect(await hint.isVisible()).toBe(true);
      }),
    );
  });

  ifInstalled('@fawkes/plugin-devlake-dora')('devlake', () => {
    it(
      "reads a component's DORA card",
      journey('devlake-dora', async () => {
        await openEntity('payment-service');
        const frequency = page.getByTestId('metric-deploymentFrequency');
        await frequency
          .getByText(/deployments|day|week/)
          .first()
          .waitFor();
        // 90 days of demo deployments give every metric a tier.
        const tier = frequency.getByText(/^(elite|high|medium|low)$/);
        await tier.waitFor();
        expect(await tier.isVisible()).toBe(true);
        // The demo's commits carry their commit time: lead time has a figure too.
        await page
          .getByTestId('metric-leadTimeForChanges')
          .getByText(/^(elite|high|medium|low)$/)
          .waitFor();
        await screenshot('devlake-dora');
      }),
    );

    it(
      'shows the DORA page of a project with trend charts and the facts behind a figure',
      journey('devlake-dora-page', async () => {
        await page.getByRole('link', { name: 'DORA metrics' }).click();
        await page.getByLabel('Project or component').fill('payments');
        const chart = page.getByRole('img', {
          name: 'Lead time for changes over time',
        });
        await chart.waitFor();
        expect(
          await page
            .getByTestId('trend-deploymentFrequency')
            .locator('circle')
            .count(),
        ).toBeGreaterThan(4);
        await page
          .getByTestId('metric-timeToRestoreService')
          .locator('..')
          .getByRole('button', { name: 'Show what is behind it' })
          .click();
        await page
          .getByText(/^Behind time to restore service \(\d+\)$/)
          .waitFor();
        await page
          .getByText(/Payments degraded after release/)
          .first()
          .waitFor();
        await screenshot('devlake-dora-page');
      }),
    );
  });
});
