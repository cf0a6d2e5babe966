import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite } from './harness';

/** The served site: its origin and how to stop it. */
export type Site = Awaited<ReturnType<typeof serveSite>>;

/** Serves the built site and starts Chromium before a test file's tests, and stops both after them. */
export function useSiteAndBrowser(receive: (started: { site: Site; browser: Browser }) => void): void {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
    receive({ site, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
}
