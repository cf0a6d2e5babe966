// The lab's honest display and its repeated experiments: a weak instrument shows no 2SLS estimate and a
// prominent warning; too many caseworkers per person are warned about as the reader types; repeated
// runs and a sweep run in the worker with progress per run, can be cancelled, show exactly what the
// same runs give in Node, and their results (and a run's sample) can be downloaded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { labRunsCsv, labSampleCsv } from '../../src/lib/lab/lab-csv';
import { replicationJobs, summariseRuns, sweepJobs, sweepValues } from '../../src/lib/lab/lab-replication';
import { labReplicationView } from '../../src/lib/lab/lab-replication-view';
import { LAB_SPEC, labTruthsOf } from '../../src/lib/lab/lab-spec';
import { labSweepView } from '../../src/lib/lab/lab-sweep-view';
import { labView } from '../../src/lib/lab/lab-view';
import { generateLabSample, runLabExperiment } from '../../src/lib/lab/run-lab-experiment';
import { stateDefaults } from '../../src/lib/state/url-state';
import { figureContext } from '../../src/i18n/figure-context';
import { axeViolations, expectClean, normaliseSpace, openPage, tableRows, textOf } from './harness';
import { recordProgress, recordedProgress } from './lab-helpers';
import { useSiteAndBrowser, type Site } from './use-site';

const PAGE = '/sv/labb/';
const LAB = 'bip-lab';
const context = figureContext('sv');
const t = context.strings.lab;
// A small size, so that a run takes tens of milliseconds and a dozen of them a second or two.
const small = { ...labTruthsOf(stateDefaults(LAB_SPEC)), persons: 600, caseworkers: 40 };
const clean = (rows: string[][]) => rows.map((row) => row.map(normaliseSpace));

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

async function fillSize(page: Page, persons: number, caseworkers: number): Promise<void> {
  await page.locator('#labb-persons').fill(String(persons));
  await page.locator('#labb-caseworkers').fill(String(caseworkers));
}

/** Clicks a download link and reads the file the reader gets (its suggested name and text). */
async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('an honest lab', () => {
  it('with no optimism spread shows no 2SLS estimate, not "Ja", and a prominent warning before the table', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const truths = { ...small, spread: 0 };
    await page.goto(`${site.origin}${PAGE}?labb.spread=0&labb.persons=600&labb.caseworkers=40`);
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-chart') === 'client', LAB);
    const result = runLabExperiment(truths);
    expect(result.ivStrength).not.toBe('strong');
    const rows = await tableRows(page, `${LAB} [data-role="body"] table`);
    expect(rows).toEqual(clean(labView(result, context).table.rows));
    expect(rows[2]![1]).toMatch(/kan inte skattas tillförlitligt: svagt instrument, F = \d,\d|skattas inte/);
    expect(rows[2]![4]).toBe('–');
    const warning = page.locator(`${LAB} [data-role="body"] [data-role="warnings"] .calc__notice`).first();
    expect(await warning.isVisible()).toBe(true);
    expect(normaliseSpace((await warning.textContent()) ?? '')).toMatch(/^(Svagt instrument: F = |Instrumentet saknar styrka)/);
    // The warning is drawn as a notice (a red rule), not as grey small print.
    const style = await warning.evaluate((e) => ({ border: getComputedStyle(e).borderLeftColor, weight: getComputedStyle(e).fontWeight }));
    expect(style.border).toBe('rgb(164, 0, 0)');
    expect(Number(style.weight)).toBeGreaterThanOrEqual(600);
    expect(await page.locator(`${LAB} [data-role="body"] svg`).getAttribute('aria-label')).toMatch(/2SLS med instrument (kan inte skattas|skattas inte)/);
    expectClean(log);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('warns as the reader types when caseworkers outnumber persons, and the result repeats it', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    const live = page.locator(`${LAB} [data-role="size-warnings"]`);
    expect(normaliseSpace((await live.textContent()) ?? '')).toBe('');
    await fillSize(page, 500, 600);
    expect(normaliseSpace((await live.textContent()) ?? '')).toContain('Fler handläggare (600) än personer (500)');
    await page.locator('#labb-persons').fill('900');
    expect(normaliseSpace((await live.textContent()) ?? '')).toContain('Bara 1,5 personer per handläggare');
    await page.locator('#labb-caseworkers').fill('300');
    expect(normaliseSpace((await live.textContent()) ?? '')).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the controls and offers the run’s sample and metadata for download', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await fillSize(page, small.persons, small.caseworkers);
    await page.getByRole('button', { name: t.run }).click();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-chart') === 'client', LAB);
    expect(await textOf(page, `${LAB} [data-role="body"]`)).toContain('Kontrollerna i ”OLS med kontroller”');
    const csv = await download(page, `${LAB} [data-role="body"] a[download$=".csv"]`);
    expect(csv.name).toBe('labb-urval-fro-1.csv');
    expect(csv.text).toBe(labSampleCsv(generateLabSample(small)));
    const meta = await download(page, `${LAB} [data-role="body"] a[download$=".json"]`);
    expect(JSON.parse(meta.text)).toMatchObject({ synthetic: true, truths: { persons: 600, caseworkers: 40, seed: 1 } });
  });
});

describe('repeated experiments', () => {
  it('runs N times in the worker with progress per run, and shows bias, RMSE, coverage and a histogram as Node computes them', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await recordProgress(page);
    await fillSize(page, small.persons, small.caseworkers);
    await page.locator('#labb-runs').fill('12');
    await page.getByRole('button', { name: t.repeat.run }).click();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-repeat') === 'done', LAB, { timeout: 60_000 });
    const seen = await recordedProgress(page);
    for (const done of [1, 6, 12]) expect(seen).toContain(`Körning ${done} av 12`);
    const jobs = replicationJobs(small, 12);
    const results = jobs.map((job) => runLabExperiment(job.truths));
    const view = labReplicationView(summariseRuns(results), small, context);
    expect(await tableRows(page, `${LAB} table[data-role="repeat-table"]`)).toEqual(clean(view.table.rows));
    expect(await page.locator(`${LAB} [data-role="repeat-chart"] svg[role="img"]`).count()).toBe(1);
    expect(await textOf(page, `${LAB} [data-role="status"]`)).toContain('Klart: 12 körningar');
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(false);
    const url = new URL(page.url());
    expect([url.searchParams.get('labb.view'), url.searchParams.get('labb.runs')]).toEqual(['repeat', '12']);
    const csv = await download(page, `${LAB} [data-role="repeat-body"] a[data-role="download"]`);
    expect(csv.name).toBe('labb-korningar-fro-1-12.csv');
    expect(csv.text).toBe(labRunsCsv(jobs, results, null));
    expectClean(log);
    expect(await axeViolations(page)).toEqual([]);

    // The link reproduces the runs: seeded, so the same table.
    const rows = await tableRows(page, `${LAB} table[data-role="repeat-table"]`);
    await page.reload();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-repeat') === 'done', LAB, { timeout: 60_000 });
    expect(await tableRows(page, `${LAB} table[data-role="repeat-table"]`)).toEqual(rows);
  });

  it('can be cancelled: no result, progress gone, the buttons back, and the page says after how many runs', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#labb-runs').fill('1000');
    await page.getByRole('button', { name: t.repeat.run }).click();
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(true);
    expect(await page.locator(`${LAB} [data-role="run"]`).isDisabled()).toBe(true);
    // Wait for the first finished run, so the cancel really stops a batch under way.
    await page.waitForFunction((s) => Number(document.querySelector<HTMLProgressElement>(`${s} [data-role="progress-bar"]`)?.value) >= 1, LAB, { timeout: 30_000 });
    await page.getByRole('button', { name: t.cancel }).click();
    const status = await textOf(page, `${LAB} [data-role="status"]`);
    expect(status).toMatch(/^Körningarna avbröts efter \d+ av 1 000\./);
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(false);
    expect(await page.locator(`${LAB} [data-role="repeat-result"]`).isVisible()).toBe(false);
    expect(await page.locator(`${LAB} [data-role="run-repeat"]`).isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('run-repeat');
    expect(await page.locator(LAB).getAttribute('data-repeat')).toBeNull();
  });

  it('sweeps one parameter: bias and coverage charts and their table, as Node computes them', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await recordProgress(page);
    await fillSize(page, small.persons, small.caseworkers);
    await page.locator(LAB).getByLabel(t.sweep.params.spread).check();
    await page.locator('#labb-spread_to').fill('1');
    await page.locator('#labb-sweep_points').fill('3');
    await page.locator('#labb-sweep_runs').fill('3');
    // Other parameters' ranges are hidden.
    expect(await page.locator('#labb-alpha_to').isVisible()).toBe(false);
    await page.getByRole('button', { name: t.sweep.run }).click();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-sweep') === 'done', LAB, { timeout: 60_000 });
    const seen = await recordedProgress(page);
    expect(seen).toContain('Körning 9 av 9');
    const sweep = { param: 'spread' as const, from: 0, to: 1, points: 3, runs: 3 };
    const jobs = sweepJobs(small, sweep);
    const results = jobs.map((job) => runLabExperiment(job.truths));
    const points = sweepValues(sweep).map((value, point) => ({ value, summary: summariseRuns(results.filter((_, i) => jobs[i]!.point === point)) }));
    const view = labSweepView(points, sweep, small, context);
    expect(await tableRows(page, `${LAB} table[data-role="sweep-table"]`)).toEqual(clean(view.table.rows));
    expect(await page.locator(`${LAB} [data-role="sweep-result"] svg[role="img"]`).count()).toBe(2);
    const csv = await download(page, `${LAB} [data-role="sweep-body"] a[data-role="download"]`);
    expect(csv.text).toBe(labRunsCsv(jobs, results, 'spread'));
    const url = new URL(page.url());
    expect([url.searchParams.get('labb.view'), url.searchParams.get('labb.spread_to'), url.searchParams.get('labb.sweep_points')]).toEqual(['sweep', '1', '3']);
    expectClean(log);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a sweep of more than 1 000 runs next to the field, and keeps the other runs possible', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#labb-sweep_points').fill('16');
    await page.locator('#labb-sweep_runs').fill('100');
    await page.getByRole('button', { name: t.sweep.run }).click();
    expect(await page.locator('#labb-sweep_runs').getAttribute('aria-invalid')).toBe('true');
    expect(normaliseSpace((await page.locator('#labb-sweep_runs-error').textContent()) ?? '')).toContain('Högst 1 000 körningar i ett svep: 16 punkter × 100 körningar är 1 600.');
    expect(await page.locator(`${LAB} [data-role="progress"]`).isVisible()).toBe(false);
  });
});
