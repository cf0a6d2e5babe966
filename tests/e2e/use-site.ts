import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeOpenContexts, launchBrowser, serveSite } from './harness';

/** The served site: its origin and how to stop it. */
export type Site = Awaited<ReturnType<typeof serveSite>>;

/** Serves the built site before a test file's tests and stops it after them (tests that need no browser). */
export function useSite(receive: (site: Site) => void): void {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await serveSite();
    receive(site);
  });
  afterAll(async () => {
    await site?.stop();
  });
}

/**
 * Serves the built site and starts Chromium before a test file's tests, and stops both after them.
 * After each test, every context it opened with openPage is closed, also when the test failed.
 */
export function useSiteAndBrowser(receive: (started: { site: Site; browser: Browser }) => void): void {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
    receive({ site, browser });
  });
  afterEach(async () => {
    await closeOpenContexts();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
}
