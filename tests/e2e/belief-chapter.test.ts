// The chapter "Handläggarens tro på jobbchansen": readable without JavaScript, the published view shows
// exactly the report's numbers, and the controls switch to the sample and between outcomes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import published from '../../data/published.json';
import { parseSample } from '../../src/lib/data/parse-sample';
import { JOB_RATE_BY_BELIEF_PIPELINE, jobRateByBelief } from '../../src/lib/analysis/job-rate-by-belief';
import { pipelineCode, pipelineStepIds } from '../../src/lib/analysis/pipeline';
import { strings } from '../../src/i18n/strings';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { axeViolations, expectClean, normaliseSpace, openPage, tableRows, tabTo, waitForFigure } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const CHAPTER = '/sv/handlaggarens-tro/';
const FIGURE = 'bip-figure[data-figure="job-rate-by-belief"]';
const format = numberFormatter('sv-SE');
const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
const publishedRates = [1, 2, 3, 4, 5].map(
  (b) => published.figures[`job_rate_belief_${b}` as keyof typeof published.figures].value,
);

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** The figure's data table as text cells, one array per row. */
function tableCells(page: Page, figure = FIGURE): Promise<string[][]> {
  return tableRows(page, `${figure} table`);
}

/** The sample's rates by belief for an outcome, formatted as the page formats them. */
function expectedSampleRates(outcome: 'job_52w' | 'job_or_edu_52w'): string[] {
  return jobRateByBelief(sample, outcome).map((row) => normaliseSpace(format.percent((row.rate ?? 0) * 100, 1)));
}

function waitForStatus(page: Page, figure = FIGURE): Promise<void> {
  return waitForFigure(page, figure);
}

describe('belief chapter without JavaScript', () => {
  it('has both charts as SVG in the HTML, the report numbers in the table, and no controls shown', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(site.origin + CHAPTER);
    expect(await page.locator(`${FIGURE} [data-role="chart"] svg`).count()).toBe(1);
    expect(await page.locator('bip-figure[data-figure="belief-distribution"] [data-role="chart"] svg').count()).toBe(1);
    const cells = await tableCells(page);
    expect(cells.map((row) => row[1])).toEqual(publishedRates.map((v) => normaliseSpace(format.percent(v, 1))));
    expect(await page.locator(`${FIGURE} [data-role="controls"]`).isVisible()).toBe(false);
    // "Så räknas det" belongs to the sample view, which needs JavaScript.
    expect(await page.locator(`${FIGURE} [data-role="how"]`).isVisible()).toBe(false);
    // The SVG itself carries the numbers, so the chart reads without the table too.
    const svgText = normaliseSpace((await page.locator(`${FIGURE} [data-role="chart"] svg`).textContent()) ?? '');
    for (const v of publishedRates) expect(svgText).toContain(normaliseSpace(format.percent(v, 1)));
  });
});

describe('belief chapter with JavaScript', () => {
  it('shows exactly 1,1 / 2,6 / 5,1 / 10,4 / 26,8 % in the published view', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + CHAPTER);
    const cells = await tableCells(page);
    expect(cells.map((row) => row[1])).toEqual(['1,1 %', '2,6 %', '5,1 %', '10,4 %', '26,8 %']);
  });

  it('switches to the sample and between outcomes, recomputing the chart, table and URL', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + CHAPTER);
    const figure = page.locator(FIGURE);
    const before = await figure.locator('[data-role="chart"]').innerHTML();
    // Published view: only jobs are published, so the outcome choice is disabled.
    await expect(figure.getByLabel('Jobb eller utbildning inom ett år').isDisabled()).resolves.toBe(true);

    await figure.getByLabel('Syntetiskt urval').check();
    await waitForStatus(page);
    expect(await figure.locator('[data-role="chart"]').innerHTML()).not.toBe(before);
    expect(await figure.locator('[data-role="kind"]').getAttribute('data-kind')).toBe('sample');
    expect((await tableCells(page)).map((row) => row[1])).toEqual(expectedSampleRates('job_52w'));
    expect(new URL(page.url()).searchParams.get('job-rate-by-belief.source')).toBe('sample');
    // Intervals are drawn and listed in the sample view.
    expect((await tableCells(page))[0]).toHaveLength(4);

    const jobChart = await figure.locator('[data-role="chart"]').innerHTML();
    await figure.getByLabel('Jobb eller utbildning inom ett år').check();
    await waitForStatus(page);
    expect(await figure.locator('[data-role="chart"]').innerHTML()).not.toBe(jobChart);
    expect((await tableCells(page)).map((row) => row[1])).toEqual(expectedSampleRates('job_or_edu_52w'));
    expect(new URL(page.url()).searchParams.get('job-rate-by-belief.outcome')).toBe('job_or_edu_52w');
    expect(normaliseSpace((await figure.locator('[data-role="source"]').textContent()) ?? '')).toContain('Syntetiskt urval');

    await figure.getByLabel('Rapporten (publicerat)').check();
    await waitForStatus(page);
    expect((await tableCells(page)).map((row) => row[1])).toEqual(['1,1 %', '2,6 %', '5,1 %', '10,4 %', '26,8 %']);
    expectClean(log);
  });

  it('is operable by keyboard alone', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + CHAPTER);
    const published = page.locator(`${FIGURE} input[value="published"]`);
    // Tab until the figure's source radio has focus, then use the arrow key as a keyboard user would.
    for (let i = 0; i < 60 && !(await published.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await published.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await waitForStatus(page);
    expect(await page.locator(`${FIGURE} input[value="sample"]`).isChecked()).toBe(true);
    expect((await tableCells(page)).map((row) => row[1])).toEqual(expectedSampleRates('job_52w'));
  });

  it('restores a shared view from the URL, and says so when the URL is malformed', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}${CHAPTER}?job-rate-by-belief.source=sample&job-rate-by-belief.outcome=job_or_edu_52w`);
    await waitForStatus(page);
    expect((await tableCells(page)).map((row) => row[1])).toEqual(expectedSampleRates('job_or_edu_52w'));
    expect(await page.locator(`${FIGURE} input[value="job_or_edu_52w"]`).isChecked()).toBe(true);

    await page.goto(`${site.origin}${CHAPTER}?job-rate-by-belief.source=everything`);
    const status = page.locator(`${FIGURE} [data-role="status"]`);
    await expect(status.getAttribute('data-tone')).resolves.toBe('error');
    expect(normaliseSpace((await status.textContent()) ?? '')).toContain('ogiltig');
    expect((await tableCells(page)).map((row) => row[1])).toEqual(['1,1 %', '2,6 %', '5,1 %', '10,4 %', '26,8 %']);
  });

  it('offers the data of the current view as CSV', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + CHAPTER);
    const staticCsv = await (await page.request.get(`${site.origin}/sv/figur/job-rate-by-belief.csv`)).text();
    expect(staticCsv.split('\n')[0]).toContain('rate_percent');
    expect(staticCsv).toContain('26.8');

    await page.locator(FIGURE).getByLabel('Syntetiskt urval').check();
    await waitForStatus(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${FIGURE} [data-role="download-csv"]`).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const rates = text.trim().split('\n').slice(1).map((line) => Number(line.split(',')[3]));
    const expected = jobRateByBelief(sample, 'job_52w').map((row) => Math.round((row.rate ?? 0) * 1e6) / 1e4);
    expect(rates).toEqual(expected);
  });

  it('draws a re-rendered chart for the width it has on a phone, not at desktop size scaled down', async () => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}${CHAPTER}?job-rate-by-belief.source=sample`);
    await waitForStatus(page);
    const svg = page.locator(`${FIGURE} [data-role="chart"] svg`);
    const drawnWidth = Number(await svg.getAttribute('width'));
    const shownWidth = (await svg.boundingBox())!.width;
    expect(drawnWidth).toBeLessThan(400);
    expect(Math.abs(drawnWidth - shownWidth)).toBeLessThan(2);
  });

  it('passes axe in the sample view too', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}${CHAPTER}?job-rate-by-belief.source=sample&belief-distribution.source=sample`);
    await waitForStatus(page);
    await waitForStatus(page, 'bip-figure[data-figure="belief-distribution"]');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows in the sample view how its numbers are calculated, as steps and as the code that runs', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + CHAPTER);
    const figure = page.locator(FIGURE);
    const how = figure.locator('[data-role="how"]');
    expect(await how.isVisible()).toBe(false);

    await figure.getByLabel('Syntetiskt urval').check();
    await waitForStatus(page);
    expect(await how.isVisible()).toBe(true);
    expect(normaliseSpace((await how.locator('summary').textContent()) ?? '')).toBe('Så räknas det');
    expect(await how.getAttribute('open')).toBeNull();
    // Opened by keyboard, as any disclosure.
    await tabTo(page, `${FIGURE} [data-role="how"] summary`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector<HTMLDetailsElement>(`${s} [data-role="how"]`)?.open === true, FIGURE);
    const sentences = strings('sv').figure.how_steps as Record<string, string>;
    const steps = async () => (await how.locator('ol li').allTextContents()).map(normaliseSpace);
    expect((await steps()).length).toBe(pipelineStepIds(JOB_RATE_BY_BELIEF_PIPELINE).length);
    expect((await steps())[0]).toBe(normaliseSpace(sentences.keep_answered!));
    const code = how.locator('pre');
    expect(await code.textContent()).toBe(pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE, { outcome: 'job_52w' }));
    // The code keeps its lines and can be scrolled by keyboard: a named region that takes focus.
    expect(await code.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre');
    expect(await code.getAttribute('aria-label')).toContain(normaliseSpace((await figure.locator('[data-role="caption"]').textContent()) ?? ''));
    await tabTo(page, `${FIGURE} [data-role="how"] pre`, 5);
    expect(await axeViolations(page)).toEqual([]);

    // Another outcome: the steps and the code follow it, and the section stays open.
    await figure.getByLabel('Jobb eller utbildning inom ett år').check();
    await waitForStatus(page);
    await page.waitForFunction((s) => document.querySelector(`${s} [data-role="how"] pre`)?.textContent?.includes('job_or_edu_52w'), FIGURE);
    expect(await how.getAttribute('open')).not.toBeNull();
    expect(await code.textContent()).toBe(pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE, { outcome: 'job_or_edu_52w' }));
    expect((await steps()).join(' ')).toContain('jobb eller utbildning inom ett år');

    await figure.getByLabel('Rapporten (publicerat)').check();
    await waitForStatus(page);
    expect(await how.isVisible()).toBe(false);
    expectClean(log);
  });
});
