// The chapters Byte av handläggare, Jobbfokusering and Effekten: readable without JavaScript, every
// control works by keyboard, changes chart, table and URL, a shared URL comes back, a malformed one gives
// a notice and the default, axe finds nothing, and nothing leaves the origin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import published from '../../data/published.json';
import assumed from '../../data/assumed.json';
import { strings } from '../../src/i18n/strings';
import { parseSample } from '../../src/lib/data/parse-sample';
import { caseworkerChangeSummary } from '../../src/lib/analysis/caseworker-change-summary';
import { jobOrientation } from '../../src/lib/analysis/job-orientation';
import { JOB_ORIENTATION_GROUPS_PIPELINE, jobOrientationGroups } from '../../src/lib/analysis/job-orientation-groups';
import { pipelineCode } from '../../src/lib/analysis/pipeline';
import { fillTemplate } from '../../src/lib/format/fill-template';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { axeViolations, expectClean, normaliseSpace, openPage, tableRows, tabTo, waitForFigure } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const format = numberFormatter('sv-SE');
const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
const withOrientation = jobOrientation(sample);
const f = published.figures;
/** Tabell 4's two effects as the step-effect table writes them ("+1,3 p.e."). */
const STEP_EFFECTS = [f.step_effect_job, f.step_effect_job_or_edu].map((x) => `${format.signed(x.value)} p.e.`);
const pct = (v: number, d: number) => normaliseSpace(format.percent(v, d));

const PAGES = {
  change: { path: '/sv/byte-av-handlaggare/', figure: 'caseworker-change' },
  orientation: { path: '/sv/jobbfokusering/', figure: 'job-orientation' },
  step: { path: '/sv/effekten/', figure: 'step-effect' },
} as const;
const sel = (id: string) => `bip-figure[data-figure="${id}"]`;

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** The figure's data table as text cells, one array per row. */
function tableCells(page: Page, id: string): Promise<string[][]> {
  // The figure's first table; Figur 4's sample view has a second one with the histogram's counts.
  return tableRows(page, `${sel(id)} table[data-role="table"]`);
}

function waitRendered(page: Page, id: string): Promise<void> {
  return waitForFigure(page, sel(id));
}

describe('without JavaScript', () => {
  it('each chapter has its chart as SVG and the published numbers in the table; controls stay hidden', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    for (const { path, figure } of Object.values(PAGES)) {
      await page.goto(site.origin + path);
      expect(await page.locator(`${sel(figure)} [data-role="chart"] svg`).count()).toBe(1);
      expect(await page.locator(`${sel(figure)} [data-role="controls"]`).isVisible()).toBe(false);
      expect(await page.locator(`${sel(figure)} [data-role="kind"]`).getAttribute('data-kind')).toBe('published');
    }
    await page.goto(site.origin + PAGES.change.path);
    expect((await tableCells(page, 'caseworker-change')).map((r) => r[2])).toEqual([
      pct(f.change_rate_after_job.value, 1),
      pct(f.change_rate_after_job_or_edu.value, 1),
    ]);
    await page.goto(site.origin + PAGES.step.path);
    expect((await tableCells(page, 'step-effect')).map((r) => r[2])).toEqual(STEP_EFFECTS);
  });

  it('shows a worked leave-one-out example computed at build time that matches jobOrientation()', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(site.origin + PAGES.orientation.path);
    const explainer = page.locator('bip-loo-explainer');
    expect(await explainer.locator('[data-role="controls"]').isVisible()).toBe(false);
    expect(await explainer.locator('[data-role="no-js"]').isVisible()).toBe(true);
    const cw = Number(await explainer.getAttribute('data-default-caseworker'));
    const response = Number(await explainer.getAttribute('data-default-response'));
    const result = normaliseSpace((await explainer.locator('.loo__result').textContent()) ?? '');
    expect(result).toContain(expectedOrientation(cw, response));
  });
});

/** The job orientation of an answer as the page formats it ("+0,25"). */
function expectedOrientation(caseworker: number, response: number): string {
  const ids = withOrientation.array('response_id') as ArrayLike<number>;
  const cws = withOrientation.array('caseworker_id') as ArrayLike<number>;
  const values = withOrientation.array('job_orientation') as ArrayLike<number | null>;
  for (let r = 0; r < ids.length; r++) {
    if (ids[r] === response && cws[r] === caseworker) return normaliseSpace(format.signed(values[r]!, 2));
  }
  throw new Error(`no answer ${response} by ${caseworker}`);
}

describe('caseworker-change figure', () => {
  it('switches to the sample by keyboard: beside the report, then by number of changes and the outcome; chart, table and URL follow', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGES.change.path);
    const id = 'caseworker-change';
    const text = strings('sv').figures['caseworker-change'];
    const chart = () => page.locator(`${sel(id)} [data-role="chart"]`).innerHTML();
    const before = await chart();
    expect(await page.locator(`${sel(id)} input[value="job_or_edu_52w"]`).isDisabled()).toBe(true);
    expect(await page.locator(`${sel(id)} input[value="by_changes"]`).isDisabled()).toBe(true);
    await tabTo(page, `${sel(id)} input[value="published"]`);
    await page.keyboard.press('ArrowRight');
    await waitRendered(page, id);
    expect(await chart()).not.toBe(before);
    // The sample's default: Tabell 1's shape, the report's row and then the sample's for each outcome.
    const compared = await tableCells(page, id);
    expect(compared.map((r) => r[1])).toEqual([text.kind_published, text.kind_sample, text.kind_published, text.kind_sample]);
    expect([compared[0]![3], compared[2]![3]]).toEqual([pct(f.change_rate_after_job.value, 1), pct(f.change_rate_after_job_or_edu.value, 1)]);
    expect(compared[1]![3]).toMatch(/^\d+,\d % \(\d+,\d % – \d+,\d %\)$/);
    expect(new URL(page.url()).searchParams.get(`${id}.source`)).toBe('sample');
    expect(await axeViolations(page)).toEqual([]);

    const compareChart = await chart();
    await tabTo(page, `${sel(id)} input[value="compare"]`);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('caseworker-change.change_view') === 'by_changes');
    await waitRendered(page, id);
    expect(await chart()).not.toBe(compareChart);
    const job = caseworkerChangeSummary(sample, 'job_52w', { topCode: 3 }).byChanges;
    expect((await tableCells(page, id)).map((r) => r[1])).toEqual(job.map((r) => pct(r.rate! * 100, 1)));

    const jobChart = await chart();
    await tabTo(page, `${sel(id)} input[value="job_52w"]`);
    await page.keyboard.press('ArrowRight');
    await waitRendered(page, id);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('caseworker-change.change_outcome') === 'job_or_edu_52w');
    expect(await chart()).not.toBe(jobChart);
    const edu = caseworkerChangeSummary(sample, 'job_or_edu_52w', { topCode: 3 }).byChanges;
    expect((await tableCells(page, id)).map((r) => r[1])).toEqual(edu.map((r) => pct(r.rate! * 100, 1)));
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });

  it('restores a shared view and falls back with a notice on a malformed one', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const id = 'caseworker-change';
    await page.goto(`${site.origin}${PAGES.change.path}?${id}.source=sample&${id}.change_view=by_changes&${id}.change_outcome=job_or_edu_52w`);
    await waitRendered(page, id);
    expect(await page.locator(`${sel(id)} input[value="by_changes"]`).isChecked()).toBe(true);
    expect(await page.locator(`${sel(id)} input[value="job_or_edu_52w"]`).isChecked()).toBe(true);
    const edu = caseworkerChangeSummary(sample, 'job_or_edu_52w', { topCode: 3 }).byChanges;
    expect((await tableCells(page, id)).map((r) => r[1])).toEqual(edu.map((r) => pct(r.rate! * 100, 1)));

    await page.goto(`${site.origin}${PAGES.change.path}?${id}.change_outcome=jobb`);
    const status = page.locator(`${sel(id)} [data-role="status"]`);
    await expect(status.getAttribute('data-tone')).resolves.toBe('error');
    expect(normaliseSpace((await status.textContent()) ?? '')).toContain('ogiltig');
    // A view the figure does not offer: the notice names it, and the sample is shown beside the report.
    await page.goto(`${site.origin}${PAGES.change.path}?${id}.source=sample&${id}.change_view=tabell`);
    await waitRendered(page, id);
    await page.waitForFunction((s) => document.querySelector(`${s} [data-role="status"]`)?.getAttribute('data-tone') === 'error', sel(id));
    expect(normaliseSpace((await status.textContent()) ?? '')).toContain(`${id}.change_view`);
    expect(await page.locator(`${sel(id)} input[value="compare"]`).isChecked()).toBe(true);
    expect((await tableCells(page, id)).map((r) => r[1])).toContain(strings('sv').figures['caseworker-change'].kind_sample);
    await page.goto(`${site.origin}${PAGES.change.path}?${id}.change_outcome=jobb`);
    await expect(status.getAttribute('data-tone')).resolves.toBe('error');
    expect((await tableCells(page, id)).map((r) => r[2])).toEqual([pct(f.change_rate_after_job.value, 1), pct(f.change_rate_after_job_or_edu.value, 1)]);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });
});

describe('job-orientation figure', () => {
  it('shows the published thirds, then 3, 4 and 5 sample groups chosen by keyboard', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGES.orientation.path);
    const id = 'job-orientation';
    const rates = async () => (await tableCells(page, id)).map((r) => r[r.length === 0 ? 0 : 2]);
    expect((await tableCells(page, id)).map((r) => r[1])).toEqual([
      pct(f.orientation_rate_low.value, 1),
      pct(assumed.values.orientation_rate_middle.value, 1),
      pct(f.orientation_rate_high.value, 1),
      pct(f.base_rate_job.value, 0),
    ]);
    expect(await page.locator(`${sel(id)} input[value="4"]`).isDisabled()).toBe(true);
    await tabTo(page, `${sel(id)} input[value="published"]`);
    await page.keyboard.press('ArrowRight');
    await waitRendered(page, id);
    const groups = (k: number) =>
      jobOrientationGroups(withOrientation, { groups: k, outcome: 'job_52w' }).groups.map((g) => pct(g.rate! * 100, 1));
    expect((await rates()).slice(0, 3)).toEqual(groups(3));
    await tabTo(page, `${sel(id)} input[value="3"]`);
    for (const k of [4, 5]) {
      const chart = await page.locator(`${sel(id)} [data-role="chart"]`).innerHTML();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => new URL(location.href).searchParams.get('job-orientation.groups') === String(n), k);
      await waitRendered(page, id);
      await page.waitForFunction(([s, n]) => document.querySelectorAll(`${s} table[data-role="table"] tbody tr`).length === Number(n) + 1, [sel(id), k] as const);
      expect(await page.locator(`${sel(id)} [data-role="chart"]`).innerHTML()).not.toBe(chart);
      expect((await rates()).slice(0, k)).toEqual(groups(k));
      expect(await axeViolations(page)).toEqual([]);
    }
    expectClean(log);
  });

  it('restores 4 groups from the URL and rejects 7 with a notice', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const id = 'job-orientation';
    await page.goto(`${site.origin}${PAGES.orientation.path}?${id}.source=sample&${id}.groups=4`);
    await waitRendered(page, id);
    expect(await page.locator(`${sel(id)} input[value="4"]`).isChecked()).toBe(true);
    expect(await tableCells(page, id)).toHaveLength(5);
    // The histogram's counts in a second table: every answer of each group once.
    const bins = await tableRows(page, `${sel(id)} table[data-table="histogram"]`);
    const counted = new Map<string, number>();
    for (const [group, , n] of bins) counted.set(group!, (counted.get(group!) ?? 0) + Number(n!.replace(/\D/g, '')));
    const groups = jobOrientationGroups(withOrientation, { groups: 4, outcome: 'job_52w' }).groups;
    expect([...counted.values()]).toEqual(groups.map((g) => g.n));
    await page.goto(`${site.origin}${PAGES.orientation.path}?${id}.source=sample&${id}.groups=7`);
    await waitRendered(page, id);
    const status = page.locator(`${sel(id)} [data-role="status"]`);
    await page.waitForFunction((s) => document.querySelector(`${s} [data-role="status"]`)?.getAttribute('data-tone') === 'error', sel(id));
    expect(normaliseSpace((await status.textContent()) ?? '')).toContain('job-orientation.groups');
    expect(await page.locator(`${sel(id)} input[value="3"]`).isChecked()).toBe(true);
    expect(await tableCells(page, id)).toHaveLength(4);
    expectClean(log);
  });
});

describe('"Så räknas det"', () => {
  it('shows the job-orientation pipelines with the chosen number of groups, and follows a change of groups', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const id = 'job-orientation';
    await page.goto(`${site.origin}${PAGES.orientation.path}?${id}.source=sample&${id}.groups=4`);
    await waitRendered(page, id);
    const how = page.locator(`${sel(id)} [data-role="how"]`);
    await how.locator('summary').click();
    const code = async () => (await how.locator('pre').textContent()) ?? '';
    expect(await code()).toContain(pipelineCode(JOB_ORIENTATION_GROUPS_PIPELINE, { groups: 4, outcome: 'job_52w' }));
    expect(await code()).toContain('const withOrientation = sample');
    const steps = (await how.locator('ol li').allTextContents()).map(normaliseSpace);
    expect(steps).toContain(normaliseSpace(fillTemplate(strings('sv').figure.how_steps.assign_group, { groups: '4' })));
    expect(await axeViolations(page)).toEqual([]);

    await page.locator(`${sel(id)} input[value="5"]`).check();
    await page.waitForFunction((s) => document.querySelector(`${s} [data-role="how"] pre`)?.textContent?.includes('groups: 5'), sel(id));
    expect(await how.getAttribute('open')).not.toBeNull();
    expectClean(log);
  });

  it('ends the step effect with the 2SLS estimate, and is not there for the report\'s numbers', async () => {
    const { page } = await openPage(browser, site.origin);
    const id = 'step-effect';
    await page.goto(site.origin + PAGES.step.path);
    expect(await page.locator(`${sel(id)} [data-role="how"]`).isVisible()).toBe(false);
    await page.goto(`${site.origin}${PAGES.step.path}?${id}.source=sample`);
    await waitRendered(page, id);
    const how = page.locator(`${sel(id)} [data-role="how"]`);
    await how.locator('summary').click();
    const steps = (await how.locator('ol li').allTextContents()).map(normaliseSpace);
    expect(steps.at(-1)).toBe(normaliseSpace(strings('sv').figure.how_steps.tsls_estimate));
    expect(await how.locator('pre').textContent()).toContain('// then: beliefEffect2sls(withOrientation');
  });
});

describe('step-effect figure', () => {
  it('switches to the 2SLS estimate on the sample by keyboard and back from the URL', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const id = 'step-effect';
    await page.goto(site.origin + PAGES.step.path);
    const before = await page.locator(`${sel(id)} [data-role="chart"]`).innerHTML();
    await tabTo(page, `${sel(id)} input[value="published"]`);
    await page.keyboard.press('ArrowRight');
    await waitRendered(page, id);
    expect(await page.locator(`${sel(id)} [data-role="chart"]`).innerHTML()).not.toBe(before);
    const rows = await tableCells(page, id);
    expect(rows[0]).toHaveLength(7);
    expect(rows[0]![3]).toMatch(/p\.e\. – .*p\.e\./);
    expect(new URL(page.url()).searchParams.get(`${id}.source`)).toBe('sample');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${site.origin}${PAGES.step.path}?${id}.source=sample`);
    await waitRendered(page, id);
    expect(await tableCells(page, id)).toEqual(rows);
    await page.goto(`${site.origin}${PAGES.step.path}?${id}.source=2sls`);
    expect(await page.locator(`${sel(id)} [data-role="status"]`).getAttribute('data-tone')).toBe('error');
    expect((await tableCells(page, id)).map((r) => r[2])).toEqual(STEP_EFFECTS);
    expectClean(log);
  });
});

describe('leave-one-out explainer', () => {
  it('picks caseworkers and answers by keyboard and computes what jobOrientation() computes', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + PAGES.orientation.path);
    const explainer = page.locator('bip-loo-explainer');
    const result = () => explainer.locator('.loo__result').textContent().then((t) => normaliseSpace(t ?? ''));
    const choice = async () => ({
      cw: Number(await explainer.locator('[data-role="caseworker"]').inputValue()),
      answer: Number(await explainer.locator('[data-role="answer"]').inputValue()),
    });
    const waitFor = (cw: number) =>
      page.waitForFunction((c) => new URL(location.href).searchParams.get('loo.caseworker') === String(c) && !document.querySelector('bip-loo-explainer[aria-busy]'), cw);

    // The next-caseworker button, by keyboard.
    const start = await choice();
    await tabTo(page, 'bip-loo-explainer [data-role="next"]');
    await page.keyboard.press('Enter');
    const nextId = await explainer.locator('[data-role="caseworker"] option').evaluateAll(
      (options, current) => Number((options as HTMLOptionElement[])[options.findIndex((o) => (o as HTMLOptionElement).value === String(current)) + 1]!.value),
      start.cw,
    );
    await waitFor(nextId);
    let now = await choice();
    expect(now.cw).toBe(nextId);
    expect(await result()).toContain(expectedOrientation(now.cw, now.answer));
    expect(normaliseSpace((await explainer.locator('[data-role="loo-heading"]').textContent()) ?? '')).toContain(`Handläggare ${nextId}`);

    // Another answer of the same caseworker, by keyboard on the select.
    await tabTo(page, 'bip-loo-explainer [data-role="answer"]');
    await page.keyboard.press('Home');
    await page.waitForFunction((a) => new URL(location.href).searchParams.get('loo.answer') !== String(a), now.answer);
    await page.waitForFunction(() => !document.querySelector('bip-loo-explainer[aria-busy]'));
    now = await choice();
    const expected = expectedOrientationOrNull(now.cw, now.answer);
    if (expected === null) {
      // jobOrientation() leaves this answer undefined: the page says so and shows no result line.
      expect(await explainer.locator('.loo__result').count()).toBe(0);
      expect(normaliseSpace((await explainer.locator('.loo__undefined').textContent()) ?? '')).toBe(normaliseSpace(strings('sv').loo.undefined));
    } else {
      expect(await result()).toContain(expected);
      expect(await explainer.locator('.loo__undefined').count()).toBe(0);
    }
    expect(new URL(page.url()).searchParams.get('loo.answer')).toBe(String(now.answer));
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });

  it('restores a shared choice from the URL and falls back with a notice on one the sample lacks', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const ids = withOrientation.array('response_id') as ArrayLike<number>;
    const cws = withOrientation.array('caseworker_id') as ArrayLike<number>;
    const values = withOrientation.array('job_orientation') as ArrayLike<number | null>;
    const r = Array.from({ length: ids.length }, (_, i) => i).find((i) => i > 5000 && values[i] != null)!;
    await page.goto(`${site.origin}${PAGES.orientation.path}?loo.caseworker=${cws[r]}&loo.answer=${ids[r]}`);
    await page.waitForFunction(() => document.querySelector('bip-loo-explainer')?.getAttribute('data-rendered') === 'client');
    const explainer = page.locator('bip-loo-explainer');
    expect(normaliseSpace((await explainer.locator('.loo__result').textContent()) ?? '')).toContain(expectedOrientation(cws[r]!, ids[r]!));
    expect(await explainer.locator('[data-role="caseworker"]').inputValue()).toBe(String(cws[r]));

    for (const query of ['loo.caseworker=abc', `loo.caseworker=${cws[r]}&loo.answer=999999`]) {
      await page.goto(`${site.origin}${PAGES.orientation.path}?${query}`);
      const status = explainer.locator('[data-role="status"]');
      await page.waitForFunction(() => document.querySelector('bip-loo-explainer [data-role="status"]')?.getAttribute('data-tone') === 'error');
      expect(normaliseSpace((await status.textContent()) ?? '')).toContain('inte finns');
      expect(await explainer.locator('[data-role="caseworker"]').inputValue()).toBe(await explainer.getAttribute('data-default-caseworker'));
      expect(await explainer.locator('[data-role="answer"]').inputValue()).toBe(await explainer.getAttribute('data-default-response'));
      expect(new URL(page.url()).searchParams.has('loo.caseworker')).toBe(false);
    }
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });
});

/** Like expectedOrientation, but null when the answer has no job orientation. */
function expectedOrientationOrNull(caseworker: number, response: number): string | null {
  const ids = withOrientation.array('response_id') as ArrayLike<number>;
  const cws = withOrientation.array('caseworker_id') as ArrayLike<number>;
  const values = withOrientation.array('job_orientation') as ArrayLike<number | null>;
  for (let r = 0; r < ids.length; r++) if (ids[r] === response && cws[r] === caseworker) return values[r] == null ? null : normaliseSpace(format.signed(values[r]!, 2));
  throw new Error(`no answer ${response} by ${caseworker}`);
}
