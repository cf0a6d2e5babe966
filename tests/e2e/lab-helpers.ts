// Shared by the lab's browser tests: what the lab's progress line showed during a run.
import type { Page } from 'playwright-core';

/** Records every text the lab's progress line shows from now on. */
export async function recordProgress(page: Page, lab = 'bip-lab'): Promise<void> {
  await page.evaluate((s) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const target = document.querySelector(`${s} [data-role="progress-text"]`)!;
    new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, { childList: true, characterData: true, subtree: true });
  }, lab);
}

/** The texts recorded since recordProgress(). */
export function recordedProgress(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}
