// The calculators page: readable without JavaScript (default results and chart in the HTML), each
// calculator recomputes from typed input (decimal comma), refuses bad input next to the field while the
// last valid result stays, and keeps its state in the URL (reload, malformed links, copy link).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseSample } from '../../src/lib/data/parse-sample';
import { calculatorSampleFigures } from '../../src/lib/calculators/calculator-sample-figures';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { axeViolations, expectClean, normaliseSpace, openPage, textOf } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const PAGE = '/sv/kalkylatorer/';
const STEP = 'bip-calculator[data-tool="steg"]';
const CHANGE = 'bip-calculator[data-tool="byten"]';
const FOCUS = 'bip-calculator[data-tool="fokus"]';
const format = numberFormatter('sv-SE');
const sampleFigures = calculatorSampleFigures(parseSample(readFileSync('data/sample.csv', 'utf8')));
const pct = (v: number) => normaliseSpace(format.percent(v, 1));

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** The value texts of the step calculator's result rows. */
async function stepValues(page: Page): Promise<string[]> {
  return (await page.locator(`${STEP} .calc__value`).allTextContents()).map(normaliseSpace);
}

async function problemOf(page: Page, inputSelector: string): Promise<{ invalid: string | null; message: string }> {
  const input = page.locator(inputSelector);
  const invalid = await input.getAttribute('aria-invalid');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const messages = await Promise.all(ids.map((id) => page.locator(`#${id}`).textContent()));
  return { invalid, message: normaliseSpace(messages.join(' ')) };
}

describe('calculators without JavaScript', () => {
  it('show the default results and the chart from the build, with the form hidden', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(site.origin + PAGE);
    // From Varierar's own rate in Tabell 2 (5,1 %), one step of +1,3.
    expect(await stepValues(page)).toEqual(['6,4 %', '+5,2 av 400 personer', '+25 %', '77 personer']);
    expect(await page.locator(`${STEP} [data-role="chart"] svg`).count()).toBe(1);
    expect(await page.locator(`${STEP} form`).isVisible()).toBe(false);
    expect(await page.locator(`${STEP} [data-role="js-note"]`).isVisible()).toBe(true);
    const changeRows = await page.locator(`${CHANGE} tbody tr`).allTextContents();
    expect(normaliseSpace(changeRows[0]!)).toContain('4,7 %');
    expect(normaliseSpace(changeRows[1]!)).toContain('8,4 %');
    const focusRows = (await page.locator(`${FOCUS} tbody tr`).allTextContents()).map(normaliseSpace);
    expect(focusRows[0]).toContain('5,3 %');
    expect(focusRows[0]).toContain('7,0 %');
    expect(focusRows[1]).toContain(pct(sampleFigures.orientation.low));
    expect(focusRows[1]).toContain(pct(sampleFigures.orientation.high));
  });
});

describe('one renderer for the build and the browser', () => {
  it('the browser renders the same result body as the build for the same values', async () => {
    const { page: built } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await built.goto(site.origin + PAGE);
    const bodies = (p: Page) => p.locator('bip-calculator [data-role="body"]').evaluateAll((all) => all.map((e) => e.innerHTML));
    const expected = await bodies(built);
    // A typed population while a preset is chosen differs from the defaults (so each calculator
    // re-renders on load) but is not in use, so every result is the default one.
    const { page } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}${PAGE}?steg.persons=7&byten.persons=7&fokus.persons=7`);
    await page.waitForSelector(`${STEP}[data-state="computed"]`);
    await page.waitForSelector(`${CHANGE}[data-state="computed"]`);
    await page.waitForSelector(`${FOCUS}[data-state="computed"]`);
    expect(await bodies(page)).toEqual(expected);
    expect(expected).toHaveLength(3);
  });
});

describe('one step up the scale', () => {
  it('reads "2,5" with a decimal comma, switches to an own value, and recomputes result, chart and URL', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    const before = await page.locator(`${STEP} [data-role="chart"]`).innerHTML();
    await page.locator('#steg-effect').fill('2,5');
    await page.waitForSelector(`${STEP}[data-chart="client"]`);
    expect(await page.locator(`${STEP} input[name="steg.effect_source"][value="typed"]`).isChecked()).toBe(true);
    expect((await stepValues(page))[0]).toBe('7,6 %');
    expect((await stepValues(page))[1]).toBe('+10 av 400 personer');
    expect(await page.locator(`${STEP} [data-role="kind"]`).getAttribute('data-kind')).toBe('typed');
    expect(await page.locator(`${STEP} [data-role="chart"]`).innerHTML()).not.toBe(before);
    const url = new URL(page.url());
    expect(url.searchParams.get('steg.effect')).toBe('2.5');
    expect(url.searchParams.get('steg.effect_source')).toBe('typed');
    expectClean(log);
  });

  it('marks an out-of-range baseline next to the field and keeps the last valid result', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#steg-baseline').fill('8');
    expect((await stepValues(page))[0]).toBe('9,3 %');
    await page.locator('#steg-baseline').fill('150');
    const problem = await problemOf(page, '#steg-baseline');
    expect(problem.invalid).toBe('true');
    expect(problem.message).toContain('100');
    expect((await stepValues(page))[0]).toBe('9,3 %');
    // The status speaks once the reader pauses (debounced), so wait for it rather than read at once.
    await page.waitForFunction((s) => document.querySelector(s)?.textContent?.includes('Rätta'), `${STEP} [data-role="status"]`);
    expect(await axeViolations(page)).toEqual([]);
    // Not a number, then fixed: the message goes and the result follows.
    await page.locator('#steg-baseline').fill('sex');
    expect((await problemOf(page, '#steg-baseline')).message).toContain('Skriv ett tal');
    await page.locator('#steg-baseline').fill('4,5');
    expect(await problemOf(page, '#steg-baseline')).toEqual({ invalid: null, message: '' });
    expect((await stepValues(page))[0]).toBe('5,8 %');
  });

  it('keeps start + steps on the five-point scale', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#steg-start').selectOption('4');
    await page.locator('#steg-steps').fill('2');
    const problem = await problemOf(page, '#steg-steps');
    expect(problem.invalid).toBe('true');
    expect(problem.message).toContain('högst 1 steg');
    await page.locator('#steg-start').selectOption('1');
    expect((await problemOf(page, '#steg-steps')).invalid).toBeNull();
    // Two steps from Nej's own rate: 1,1 % + 2 × 1,3 = 3,7 %.
    expect((await stepValues(page))[0]).toBe('3,7 %');
  });

  it('switches outcome (the sample’s rate at the answer, 3,3 per step) and uses the sample’s 2SLS estimate with its interval', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator(`${STEP}`).getByLabel('Jobb eller utbildning inom ett år').check();
    // Tabell 2 has no job-or-education rates: the sample's rate at Varierar, labelled as such.
    const base = sampleFigures.jobOrEduByBelief[2]!.rate;
    expect(await page.locator('#steg-baseline').inputValue()).toBe(format.decimal(base, 1));
    expect((await stepValues(page))[0]).toBe(pct(base + 3.3));
    expect(await textOf(page, `${STEP} [data-role="body"]`)).toContain('eftersom rapportens Tabell 2 bara anger jobb');
    await page.locator(`${STEP}`).getByLabel('Urvalets 2SLS-skattning (syntetiskt)').check();
    const e = sampleFigures.stepEffect.job_or_edu;
    expect((await stepValues(page))[0]).toBe(pct(base + e.value));
    const detail = normaliseSpace((await page.locator(`${STEP} .calc__detail`).first().textContent()) ?? '');
    expect(detail).toBe(`95 %-intervall: ${pct(base + e.low)} till ${pct(base + e.high)}`);
    expect(await page.locator(`${STEP} [data-role="kind"]`).getAttribute('data-kind')).toBe('sample');
    expect(await textOf(page, `${STEP} [data-role="body"]`)).toContain('syntetiska urval');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('restores the same view on reload, and says so when the URL is malformed', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#steg-start').selectOption('2');
    await page.locator('#steg-steps').fill('3');
    await page.locator(`${STEP}`).getByLabel('Eget antal').check();
    await page.locator('#steg-persons').fill('1 000');
    const values = await stepValues(page);
    // Tvivlar's 2,6 % + 3 × 1,3.
    expect(values[0]).toBe('6,5 %');
    await page.reload();
    await page.waitForSelector(`${STEP}[data-chart="client"]`);
    expect(await stepValues(page)).toEqual(values);
    expect(await page.locator('#steg-start').inputValue()).toBe('2');
    expect(await page.locator('#steg-persons').inputValue()).toBe('1000');
    expect(await page.locator(`${STEP} [data-role="notice"]`).isVisible()).toBe(false);

    await page.goto(`${site.origin}${PAGE}?steg.baseline_source=typed&steg.baseline=abc&steg.steps=9&byten.changes=-2`);
    const notice = page.locator(`${STEP} [data-role="notice"]`);
    expect(await notice.isVisible()).toBe(true);
    expect(normaliseSpace((await notice.textContent()) ?? '')).toContain('steg.baseline, steg.steps');
    expect(await page.locator('#steg-baseline').inputValue()).toBe('6');
    expect(await page.locator(`${CHANGE} [data-role="notice"]`).isVisible()).toBe(true);
    expect(await page.locator('#byten-changes').inputValue()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('copies a link to the current view', async () => {
    const { context, page } = await openPage(browser, site.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(site.origin + PAGE);
    await page.locator('#steg-effect').fill('2');
    await page.locator(`${STEP} [data-role="copy"]`).click();
    await page.waitForFunction((s) => document.querySelector(s)?.textContent !== '', `${STEP} [data-role="copy-status"]`);
    expect(await textOf(page, `${STEP} [data-role="copy-status"]`)).toBe('Länken är kopierad.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('steg.effect')).toBe('2');
  });
});

describe('the step calculator starts from the chosen answer', () => {
  it('at Nej it starts from Tabell 2’s 1,1 % and the chart marks Nej there; the overall average is an explicit choice', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#steg-start').selectOption('1');
    await page.waitForSelector(`${STEP}[data-chart="client"]`);
    expect(await stepValues(page)).toEqual(['2,4 %', '+5,2 av 400 personer', '+118 %', '77 personer']);
    expect(await textOf(page, `${STEP} [data-role="summary"]`)).toBe('Om handläggarens svar går från ”Nej” till ”Tvivlar” ändras andelen från 1,1 % till 2,4 %.');
    expect(await page.locator('#steg-baseline').inputValue()).toBe('1,1');
    expect(await textOf(page, `${STEP} [data-role="body"]`)).toContain('Andel i dag: 1,1 % (publicerad, Tabell 2');
    const alt = normaliseSpace((await page.locator(`${STEP} [data-role="chart"] svg`).getAttribute('aria-label')) ?? '');
    expect(alt).toContain('med dagens svar vid Nej: Nej 1,1 %, Tvivlar 2,4 %');
    // The bold label of the start point on the chart reads its real rate.
    const bold = await page.locator(`${STEP} [data-role="chart"] svg g[font-weight="700"] text`).allTextContents();
    expect(bold.map(normaliseSpace)).toContain('1,1 %');
    await page.locator(STEP).getByLabel('Rapportens genomsnitt för alla klienter').check();
    expect((await stepValues(page))[0]).toBe('7,3 %');
    expect(await textOf(page, `${STEP} [data-role="summary"]`)).toContain('räknat från rapportens genomsnitt 6,0 %');
    expect(new URL(page.url()).searchParams.get('steg.baseline_source')).toBe('overall');
    expectClean(log);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the change calculator can start from one answer’s rates; the relative change and the persons follow', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#byten-answer').selectOption('4');
    expect(await page.locator(`${CHANGE} input[name="byten.baseline_source"][value="answer"]`).isChecked()).toBe(true);
    const rows = (await page.locator(`${CHANGE} tbody tr`).allTextContents()).map(normaliseSpace);
    expect(rows[0]).toContain('10,4 %');
    expect(rows[0]).toContain('9,1 %');
    expect(rows[0]).toContain('(−13 %)');
    expect(rows[0]).toContain('5,2 av 400');
    expect(rows[1]).toContain(pct(sampleFigures.jobOrEduByBelief[3]!.rate));
    expect(await textOf(page, `${CHANGE} [data-role="summary"]`)).toMatch(/^Klienter som handläggaren svarat ”Goda chanser” om:/);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches the outcome radios and the effect field by Tab and recomputes from keys alone', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    const job = page.locator(`${STEP} input[name="steg.outcome"][value="job"]`);
    for (let i = 0; i < 80 && !(await job.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await job.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const base = sampleFigures.jobOrEduByBelief[2]!.rate;
    expect((await stepValues(page))[0]).toBe(pct(base + 3.3));
    const effect = page.locator('#steg-effect');
    for (let i = 0; i < 20 && !(await effect.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await effect.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1,5');
    // The sample's job-or-education rate at Varierar + 1,5 pp.
    expect((await stepValues(page))[0]).toBe(pct(base + 1.5));
  });
});

describe('caseworker changes and job orientation', () => {
  it('floors the job rate at 0 % after five changes, with a note, and refuses six or 2,5 changes', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator('#byten-changes').fill('5');
    const rows = (await page.locator(`${CHANGE} tbody tr`).allTextContents()).map(normaliseSpace);
    expect(rows[0]).toContain('0,0 %');
    expect(rows[0]).toContain('24 av 400');
    expect(rows[1]).toContain('2,0 %');
    expect(await textOf(page, `${CHANGE} [data-role="body"]`)).toContain('når den linjära modellen 0 %');
    await page.locator('#byten-changes').fill('6');
    expect((await problemOf(page, '#byten-changes')).message).toContain('större än 5');
    await page.locator('#byten-changes').fill('2,5');
    expect((await problemOf(page, '#byten-changes')).message).toContain('heltal');
    expect((await page.locator(`${CHANGE} tbody tr`).first().textContent())!).toContain('0,0');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('turns the thirds into persons for a typed population', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGE);
    await page.locator(FOCUS).getByLabel('En handläggares klienter', { exact: false }).check();
    expect(normaliseSpace((await page.locator(`${FOCUS} tbody tr`).first().textContent())!)).toContain('av 40 personer');
    await page.locator('#fokus-persons').fill('10 000');
    const first = normaliseSpace((await page.locator(`${FOCUS} tbody tr`).first().textContent())!);
    expect(first).toContain('+170 av 10 000 personer');
    expect(new URL(page.url()).searchParams.get('fokus.persons')).toBe('10000');
    expect(new URL(page.url()).searchParams.get('fokus.population')).toBe('typed');
    await page.locator('#fokus-persons').fill('0');
    expect((await problemOf(page, '#fokus-persons')).message).toContain('mindre än 1');
  });
});

describe('standalone pages for iframes', () => {
  it('show one tool each without the site header, pass axe, and work', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 600, height: 800 } });
    for (const tool of ['steg', 'byten', 'fokus', 'labb']) {
      await page.goto(`${site.origin}/sv/inbaddning/${tool}/`);
      expect(await page.locator('header.site-header').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator(tool === 'labb' ? 'bip-lab' : `bip-calculator[data-tool="${tool}"]`).count()).toBe(1);
      expect(await axeViolations(page), tool).toEqual([]);
    }
    await page.goto(`${site.origin}/sv/inbaddning/steg/?steg.steps=2`);
    expect((await stepValues(page))[0]).toBe('7,7 %');
    expectClean(log);
  });
});
