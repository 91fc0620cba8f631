import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the journeys' screenshots go. */
export const E2E_OUTPUT = resolve(
  process.env.E2E_OUTPUT_DIR ??
    join(__dirname, '..', '..', '..', '..', '..', 'test-results', 'e2e'),
);
const VIEWPORT = { width: 1400, height: 1000 };

/** Debian's Chromium, headless, as root-safe as Playwright makes it. */
export async function launchBrowser(): Promise<{
  browser: Browser;
  page: Page;
}> {
  mkdirSync(E2E_OUTPUT, { recursive: true });
  const browser = await chromium.launch({
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
  const page = await browser.newPage({ viewport: VIEWPORT });
  return { browser, page };
}

/**
 * A picture of the whole page. The sidebar is fixed to the viewport, so a full-page capture of a
 * page taller than the window would show it as a block in the middle: the window is made as tall
 * as the page for the capture instead.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
  );
  await page.setViewportSize({
    width: VIEWPORT.width,
    height: Math.max(VIEWPORT.height, Math.min(height, 6000)),
  });
  // The fixed sidebar takes the new height on the next layout: wait two frames for it.
  await page.evaluate(
    () =>
      new Promise(done =>
        requestAnimationFrame(() => requestAnimationFrame(() => done(null))),
      ),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(E2E_OUTPUT, `${name}.png`) });
  await page.setViewportSize(VIEWPORT);
}
