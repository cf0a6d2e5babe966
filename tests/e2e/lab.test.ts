// The simulation lab: readable without JavaScript (the default experiment from the build), a run in the
// Web Worker reports progress and shows naive / OLS / 2SLS against the truth exactly as the same run in
// Node gives them, input is validated next to the field, a run can be cancelled, and the URL round-trips.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runLabExperiment } from '../../src/lib/lab/run-lab-experiment';
import { labView } from '../../src/lib/lab/lab-view';
import { labResultHtml } from '../../src/lib/lab/lab-result-html';
import { LAB_SPEC, labTruthsOf } from '../../src/lib/lab/lab-spec';
import type { LabTruths } from '../../src/lib/lab/lab-sample-params';
import { stateDefaults } from '../../src/lib/state/url-state';
import { figureContext } from '../../src/i18n/figure-context';
import { axeViolations, expectClean, normaliseSpace, openPage, tableRows as rowsOf } from './harness';
import { recordProgress, recordedProgress } from './lab-helpers';
import { useSiteAndBrowser, type Site } from './use-site';

const PAGE = '/sv/labb/';
const LAB = 'bip-lab';
const defaults = labTruthsOf(stateDefaults(LAB_SPEC));
const context = figureContext('sv');

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** The result table as text cells, one array per row. */
function tableRows(page: Page): Promise<string[][]> {
  return rowsOf(page, `${LAB} table`);
}

/** The table the page should show for these truths: the same run computed here in Node. */
function expectedRows(truths: LabTruths): string[][] {
  return labView(runLabExperiment(truths), context).table.rows.map((row) => row.map(normaliseSpace));
}

async function waitForRun(page: Page): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-chart') === 'client', LAB, { timeout: 30_000 });
}

describe('lab without JavaScript', () => {
  it('shows the default experiment (published truths, seed 1) from the build, form hidden', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(site.origin + PAGE);
    expect(await tableRows(page)).toEqual(expectedRows(defaults));
    expect(await page.locator(`${LAB} [data-role="chart"] svg`).count()).toBe(1);
    expect(await page.locator(`${LAB} form`).isVisible()).toBe(false);
  });
});

describe('lab with JavaScript', () => {
  it('runs in a worker with progress and shows the three estimators against the truth', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    // Record every progress text the page shows during the run.
    await recordProgress(page, LAB);
    await page.locator('#labb-beta').fill('2,5');
    await page.locator('#labb-seed').fill('7');
    await page.locator('#labb-persons').fill('2000');
    // Enter in a field runs the experiment, as the form's submit button does.
    await page.locator('#labb-persons').press('Enter');
    await waitForRun(page);
    const truths = { ...defaults, beta: 2.5, seed: 7, persons: 2000 };
    expect(await tableRows(page)).toEqual(expectedRows(truths));
    const seen = await recordedProgress(page);
    expect(seen).toContain('Genererar ett nytt urval');
    expect(seen).toContain('Skattar 2SLS');
    expect(normaliseSpace((await page.locator(`${LAB} [data-role="status"]`).textContent()) ?? '')).toContain('Klart');
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(false);
    const url = new URL(page.url());
    expect(url.searchParams.get('labb.beta')).toBe('2.5');
    expect(url.searchParams.get('labb.persons')).toBe('2000');
    expectClean(log);
    expect(await axeViolations(page)).toEqual([]);

    // Reload: the same link reproduces the same experiment (seeded).
    const rows = await tableRows(page);
    await page.reload();
    await waitForRun(page);
    expect(await tableRows(page)).toEqual(rows);
    expect(await page.locator('#labb-beta').inputValue()).toBe('2,5');
  });

  it('shows after a run exactly what the one renderer gives for the same run in Node', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}${PAGE}?labb.seed=3&labb.persons=1500`);
    await waitForRun(page);
    const width = Number(await page.locator(`${LAB} [data-role="chart"] svg`).getAttribute('width'));
    const truths = { ...defaults, seed: 3, persons: 1500 };
    // The downloads' blob: URLs are made by the page; the renderer is given the same links.
    const downloads = await page.locator(`${LAB} [data-role="body"] a[data-role="download"]`).evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, filename: a.getAttribute('download')!, label: a.textContent ?? '' })),
    );
    expect(downloads.map((d) => d.filename)).toEqual(['labb-urval-fro-3.csv', 'labb-urval-fro-3.json']);
    const expected = labResultHtml(labView(runLabExperiment(truths), context), context, { wide: width }, downloads);
    // Both serialised by the browser, so only the markup can differ, not its spelling.
    const [shown, rendered] = await page.evaluate(
      ([s, html]) => {
        const template = document.createElement('template');
        template.innerHTML = html;
        // The chart explorer (chart-explorer.ts) makes every chart it finds focusable; that is the page's
        // doing, not the renderer's, so its attributes are taken off a copy before comparing.
        const body = document.querySelector(`${s} [data-role="body"]`)!.cloneNode(true) as Element;
        for (const svg of body.querySelectorAll('svg[data-explorer]')) {
          for (const name of ['data-explorer', 'tabindex', 'aria-keyshortcuts', 'aria-describedby']) svg.removeAttribute(name);
        }
        return [body.innerHTML, template.innerHTML];
      },
      [LAB, expected] as const,
    );
    expect(shown).toBe(rendered);
  });

  it('refuses out-of-range input next to the field and keeps the last result', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    const before = await tableRows(page);
    await page.locator('#labb-persons').fill('100');
    await page.locator('#labb-alpha').fill('1,5');
    await page.getByRole('button', { name: 'Kör experimentet' }).click();
    for (const [id, words] of [['#labb-persons', 'mindre än 500'], ['#labb-alpha', 'större än 1']] as const) {
      const input = page.locator(id);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      const described = (await input.getAttribute('aria-describedby'))!.split(' ');
      expect(normaliseSpace((await page.locator(`#${described[0]}`).textContent()) ?? '')).toContain(words);
    }
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(false);
    expect(await tableRows(page)).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('can cancel a run; the previous result stays', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    const before = await tableRows(page);
    await page.locator('#labb-persons').fill('8000');
    // Start and cancel in the same task, so the worker cannot have answered in between.
    await page.evaluate((s) => {
      (document.querySelector(`${s} [data-role="run"]`) as HTMLButtonElement).click();
      (document.querySelector(`${s} [data-role="cancel"]`) as HTMLButtonElement).click();
    }, LAB);
    // Cancelling terminates the worker; wait for the page to say so rather than sleeping.
    await page.waitForFunction(
      ([s, text]) => document.querySelector(`${s} [data-role="status"]`)?.textContent?.trim() === text,
      [LAB, context.strings.lab.cancelled] as const,
    );
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(false);
    expect(await page.locator(`${LAB} [data-role="result"]`).getAttribute('aria-busy')).toBeNull();
    expect(await tableRows(page)).toEqual(before);
    // The cancelled run would have shown another table, so an unchanged table means it was really dropped.
    expect(expectedRows({ ...defaults, persons: 8000 })).not.toEqual(before);
    expect(await page.locator(`${LAB} [data-role="run"]`).isEnabled()).toBe(true);
  });

  it('says so when the URL holds malformed truths, and uses the defaults', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}${PAGE}?labb.alpha=2&labb.seed=abc`);
    const notice = page.locator(`${LAB} [data-role="notice"]`);
    expect(await notice.isVisible()).toBe(true);
    expect(normaliseSpace((await notice.textContent()) ?? '')).toContain('labb.alpha, labb.seed');
    expect(await page.locator('#labb-alpha').inputValue()).toBe('0,95');
    expect(await page.locator('#labb-seed').inputValue()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('copies a link that reproduces the experiment', async () => {
    const { context: browserContext, page } = await openPage(browser, site.origin);
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(site.origin + PAGE);
    await page.locator('#labb-seed').fill('42');
    await page.locator('#labb-persons').fill('1000');
    await page.getByRole('button', { name: 'Kör experimentet' }).click();
    await waitForRun(page);
    await page.locator(`${LAB} [data-role="copy"]`).click();
    await page.waitForFunction((s) => document.querySelector(s)?.textContent !== '', `${LAB} [data-role="copy-status"]`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('labb.seed')).toBe('42');
    const other = await browserContext.newPage();
    await other.goto(copied);
    await waitForRun(other);
    expect(await tableRows(other)).toEqual(expectedRows({ ...defaults, seed: 42, persons: 1000 }));
  });
});
