import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPortalStack, type PortalStack } from './portalStack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the journeys' screenshots go (the test output). */
export const E2E_OUTPUT = resolve(
  process.env.E2E_OUTPUT_DIR ??
    join(__dirname, '..', '..', '..', '..', '..', 'test-results', 'e2e'),
);
/** Generous: the machine running this may be busy; nothing waits longer than it must. */
const WAIT = 180_000;

export interface PortalSession {
  stack: PortalStack;
  page: Page;
  /** A full-page screenshot under the test output; returns its path. */
  screenshot(name: string): Promise<string>;
  /** Runs a journey's steps; a failed one leaves a picture of where it stopped. */
  journey(name: string, steps: () => Promise<void>): () => Promise<void>;
  /** Signs in with the guest provider, as a newcomer does on the first visit. */
  signInAsGuest(): Promise<void>;
  close(): Promise<void>;
}

/** The portal with its demo data, in Debian's Chromium, for one file of journeys. */
export async function openPortalSession(): Promise<PortalSession> {
  mkdirSync(E2E_OUTPUT, { recursive: true });
  const stack = await startPortalStack(
    mkdtempSync(join(tmpdir(), 'portal-e2e-')),
  );
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const page = await browser.newPage({
    viewport: { width: 1400, height: 1000 },
  });
  page.setDefaultTimeout(WAIT);
  const screenshot = async (name: string) => {
    const path = join(E2E_OUTPUT, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  return {
    stack,
    page,
    screenshot,
    journey: (name, steps) => async () => {
      try {
        await steps();
      } catch (error) {
        await screenshot(`${name}-failed`).catch(() => undefined);
        throw error;
      }
    },
    async signInAsGuest() {
      await page.goto(stack.appUrl);
      await page.getByRole('button', { name: /enter/i }).click();
      await page.getByRole('link', { name: 'Catalog' }).first().waitFor();
    },
    async close() {
      await browser?.close();
      await stack.stop();
    },
  };
}

/**
 * Registers a portal session for the journeys of the calling file: started and signed in as guest
 * before them, closed after them.
 */
export function usePortalSession(): () => PortalSession {
  let session: PortalSession | undefined;
  beforeAll(async () => {
    session = await openPortalSession();
    await session.signInAsGuest();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the portal did not start');
    return session;
  };
}
