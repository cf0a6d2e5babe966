// Faults a reader meets without the offline cache: a build file that is gone after a deploy (404) or
// never arrives, the lab's worker failing to load, a shared leave-one-out link when the sample cannot be
// read, download names for a view the link asks for but the page does not show, a cancelled lab run,
// and the host headers the preview server sends. Service workers are blocked in every context, as for
// a reader whose browser has none or before it took control.
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import svSite from '../../src/i18n/sv/site.json';
import svFigures from '../../src/i18n/sv/figures.json';
import svLab from '../../src/i18n/sv/lab.json';
import { OUT_DIR, axeViolations, expectClean, openPage, textOf } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

const notices = svSite.notices;
const FIGURE = 'bip-figure[data-figure="job-rate-by-belief"]';
const LOO = 'bip-loo-explainer';
const LAB = 'bip-lab';

/** A page with service workers blocked; uncaught errors (page errors, unhandled rejections) are collected. */
async function faultPage(): Promise<{ page: Page; pageErrors: string[]; log: Awaited<ReturnType<typeof openPage>>['log'] }> {
  const { page, log } = await openPage(browser, site.origin, { serviceWorkers: 'block', locale: 'sv-SE' });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { page, pageErrors, log };
}

/** The serialized chart of the figure, to show it did not change. */
function chartOf(page: Page): Promise<string> {
  return page.locator(`${FIGURE} [data-role="chart"]`).innerHTML();
}

describe('a build file that does not arrive, without a service worker', () => {
  it('gone after a deploy (404): the figure keeps its chart, says why, and the page offers the new version', async () => {
    const { page, pageErrors } = await faultPage();
    await page.route('**/_astro/render-figure.*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.origin}/sv/handlaggarens-tro/`);
    const before = await chartOf(page);
    await page.locator(`${FIGURE} input[value="sample"]`).check();
    await page.locator('.site-notice[data-kind="update"]').waitFor();
    expect(await textOf(page, `${FIGURE} [data-role="status"]`)).toBe(notices.chunk_missing);
    expect(await textOf(page, `${FIGURE} [data-role="status"]`)).not.toContain(svFigures.figure.error_unknown);
    expect(await chartOf(page)).toBe(before);
    expect(await page.locator(`${FIGURE}[data-rendered="client"]`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The reader reloads (the deploy's files are there now): the view they chose comes back from the address.
    await page.unroute('**/_astro/render-figure.*.js');
    await Promise.all([page.waitForURL(/job-rate-by-belief\.source=sample/), page.locator('.site-notice[data-kind="update"] button').click()]);
    await page.locator(`${FIGURE}[data-rendered="client"] [data-role="kind"][data-kind="sample"]`).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('stalled: after the deadline the figure says so and "try again" finishes the change once the file arrives', async () => {
    const { page, pageErrors } = await faultPage();
    const held: Route[] = [];
    await page.route('**/_astro/render-figure.*.js', (route) => void held.push(route));
    await page.clock.install();
    await page.goto(`${site.origin}/sv/handlaggarens-tro/`);
    const before = await chartOf(page);
    await page.locator(`${FIGURE} input[value="sample"]`).check();
    await page.waitForFunction(() => document.querySelector('bip-figure[data-figure="job-rate-by-belief"] [data-role="status"]')?.textContent !== '');
    expect(held.length).toBe(1);
    // The file is on its way and never comes: jump past the deadline.
    await page.clock.fastForward(11_000);
    await page.locator('.site-notice[data-kind="slow"]').waitFor();
    expect(await textOf(page, `${FIGURE} [data-role="status"]`)).toBe(notices.chunk_slow);
    expect(await chartOf(page)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);

    // The network answers again; the reader presses "try again".
    for (const route of held) await route.continue();
    await page.unroute('**/_astro/render-figure.*.js');
    await page.locator('.site-notice[data-kind="slow"] button').click();
    await page.locator(`${FIGURE}[data-rendered="client"] [data-role="kind"][data-kind="sample"]`).waitFor();
    expect(await page.locator('.site-notice[data-kind="slow"]').count()).toBe(0);
    // The pressed button is gone; focus went on to the content, not to <body>.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(pageErrors).toEqual([]);
  });

  it("the lab's worker fails to load: the previous result stays, the page offers the new version, never 'could not be run in this browser'", async () => {
    const { page, pageErrors } = await faultPage();
    await page.route('**/_astro/lab-worker*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.origin}/sv/labb/`);
    const table = await page.locator(`${LAB} table`).first().innerHTML();
    const url = page.url();
    await page.locator('#labb-seed').fill('42');
    await page.locator(`${LAB} [data-role="run"]`).click();
    await page.locator('.site-notice[data-kind="update"]').waitFor();
    expect(await textOf(page, `${LAB} [data-role="status"]`)).toBe(notices.chunk_missing);
    expect(await textOf(page, `${LAB} [data-role="status"]`)).not.toBe(svLab.lab.failed);
    expect(await page.locator(`${LAB} table`).first().innerHTML()).toBe(table);
    // The run did not happen: the form and the address describe the result shown.
    expect(page.url()).toBe(url);
    expect(await page.locator('#labb-seed').inputValue()).toBe('1');
    expect(await page.locator(`${LAB} [data-role="run"]`).isDisabled()).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});

describe("a calculator's chart code that does not arrive", () => {
  it('gone after a deploy (404): the result follows the input, the chart stays, the page offers the new version', async () => {
    const { page, pageErrors } = await faultPage();
    await page.route('**/_astro/render-calculator-chart.*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.origin}/sv/kalkylatorer/`);
    const calculator = 'bip-calculator[data-tool="steg"]';
    const chart = await page.locator(`${calculator} [data-role="chart"]`).innerHTML();
    const body = await page.locator(`${calculator} [data-role="body"]`).innerHTML();
    await page.locator('#steg-steps').fill('2');
    await page.locator('.site-notice[data-kind="update"]').waitFor();
    await page.waitForFunction((sel) => document.querySelector(`${sel} [data-role="status"]`)?.textContent !== '', calculator);
    expect(await textOf(page, `${calculator} [data-role="status"]`)).toBe(notices.chunk_missing);
    // The numbers are computed without the chart's code; only the chart waits for the reload.
    expect(await page.locator(`${calculator} [data-role="body"]`).innerHTML()).not.toBe(body);
    expect(await page.locator(`${calculator} [data-role="chart"]`).innerHTML()).toBe(chart);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('a shared leave-one-out link when the sample cannot be read', () => {
  const broken: Record<string, { status: number; contentType: string; body: string }> = {
    'missing (404)': { status: 404, contentType: 'text/plain', body: 'Not found' },
    empty: { status: 200, contentType: 'text/csv', body: '' },
    'bad CSV': { status: 200, contentType: 'text/csv', body: 'response_id;person_id\n1;2\n' },
    'an HTML page': { status: 200, contentType: 'text/html', body: '<!doctype html><title>Wi-Fi</title><h1>Log in to the wifi</h1>' },
  };

  for (const [name, answer] of Object.entries(broken)) {
    it(`${name}: a message in the page's language, the pickers show the example shown, no uncaught error`, async () => {
      const { page, pageErrors } = await faultPage();
      await page.route('**/data/sample.csv', (route) => route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body }));
      await page.goto(`${site.origin}/sv/jobbfokusering/?loo.caseworker=5`);
      const explainer = page.locator(LOO);
      const shown = { caseworker: (await explainer.getAttribute('data-default-caseworker'))!, answer: (await explainer.getAttribute('data-default-response'))! };
      expect(shown.caseworker).not.toBe('5');
      await page.locator(`${LOO} [data-role="status"][data-tone="error"]`).waitFor();
      expect(await textOf(page, `${LOO} [data-role="status"]`)).toBe(svFigures.loo.error);
      const agree = async () => {
        expect(await page.locator(`${LOO} [data-role="caseworker"]`).inputValue()).toBe(shown.caseworker);
        expect(await page.locator(`${LOO} [data-role="answer"]`).inputValue()).toBe(shown.answer);
        expect(await textOf(page, `${LOO} [data-role="loo-heading"]`)).toMatch(new RegExp(`\\b${shown.caseworker}\\b.*\\b${shown.answer}\\b`));
      };
      await agree();
      expect(await explainer.getAttribute('aria-busy')).toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      // The same by hand: choosing another caseworker fails the same way and the pickers go back.
      await page.locator(`${LOO} [data-role="status"]`).evaluate((s) => (s.textContent = ''));
      await page.locator(`${LOO} [data-role="caseworker"]`).selectOption('5');
      await page.locator(`${LOO} [data-role="status"][data-tone="error"]`).waitFor();
      expect(await textOf(page, `${LOO} [data-role="status"]`)).toBe(svFigures.loo.error);
      await agree();
      expect(pageErrors).toEqual([]);
    });
  }

  it('a link the sample can answer shows that choice, pickers and example agreeing', async () => {
    const { page, pageErrors, log } = await faultPage();
    await page.goto(`${site.origin}/sv/jobbfokusering/?loo.caseworker=5`);
    await page.locator(`${LOO}[data-rendered="client"]`).waitFor();
    expect(await page.locator(`${LOO} [data-role="caseworker"]`).inputValue()).toBe('5');
    const answer = await page.locator(`${LOO} [data-role="answer"]`).inputValue();
    expect(new URL(page.url()).searchParams.get('loo.answer')).toBe(answer);
    expect(await textOf(page, `${LOO} [data-role="loo-heading"]`)).toMatch(new RegExp(`\\b5\\b.*\\b${answer}\\b`));
    expect(pageErrors).toEqual([]);
    expectClean(log);
  });
});

describe('download names', () => {
  it('follow the view shown: ?job-orientation.groups=5 without the sample shows and names the report view', async () => {
    const { page, log } = await faultPage();
    const figure = 'bip-figure[data-figure="job-orientation"]';
    await page.goto(`${site.origin}/sv/jobbfokusering/?job-orientation.groups=5`);
    const save = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${figure} [data-role="download-csv"]`).click()]);
      return download.suggestedFilename();
    };
    expect(await save()).toBe('job-orientation.csv');
    await page.locator(`${figure} input[value="sample"]`).check();
    await page.locator(`${figure}[data-rendered="client"] [data-role="kind"][data-kind="sample"]`).waitFor();
    expect(await save()).toBe('job-orientation-sample-5.csv');
    expectClean(log);
  });
});

describe('the lab and its URL', () => {
  it('writes the URL when a run completes; a cancelled run puts the URL, the seed field and the copied link back; focus stays on a button', async () => {
    const { page, pageErrors } = await faultPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.origin}/sv/labb/`);
    const copied = async () => {
      await page.locator(`${LAB} [data-role="copy"]`).click();
      await page.locator(`${LAB} [data-role="copy-status"]`).filter({ hasText: /\S/ }).waitFor();
      return page.evaluate(() => navigator.clipboard.readText());
    };

    // A run that completes: its seed is in the URL and in the copied link.
    await page.locator('#labb-seed').fill('7');
    await page.locator(`${LAB} [data-role="run"]`).click();
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-chart') === 'client' && !document.querySelector(s)?.hasAttribute('data-running'), LAB, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('labb.seed')).toBe('7');
    const completed = page.url();
    expect(await copied()).toBe(completed);
    await page.locator(`${LAB} [data-role="run"]`).focus();

    // A run whose worker never answers, cancelled: nothing of it stays.
    await page.route('**/_astro/lab-worker*.js', () => {});
    await page.locator('#labb-seed').fill('8');
    await page.locator(`${LAB} [data-role="run"]`).click();
    await page.waitForFunction((s) => document.querySelector(s)?.hasAttribute('data-running'), LAB);
    // The run button disabled itself: the focus went on to Cancel, not to <body>.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.role)).toBe('cancel');
    expect(page.url()).toBe(completed);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => !document.querySelector(s)?.hasAttribute('data-running'), LAB);
    expect(await textOf(page, `${LAB} [data-role="status"]`)).toBe(svLab.lab.cancelled);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.role)).toBe('run');
    expect(page.url()).toBe(completed);
    expect(await page.locator('#labb-seed').inputValue()).toBe('7');
    expect(await copied()).toBe(completed);
    expect(pageErrors).toEqual([]);
  });
});

describe('host headers from the preview server', () => {
  /** Serves one page on another origin that frames a page of the site. */
  let framer: Server;
  let framerOrigin: string;
  beforeAll(async () => {
    framer = createServer((request, response) => {
      const target = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Framer</title><iframe src="${target}"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const address = framer.address();
    framerOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => framer?.close(resolve));
  });

  it('sends CSP with frame-ancestors (none on pages, any on embed pages), nosniff, no-referrer, a permissions policy and caching by kind', async () => {
    const asset = readdirSync(`${OUT_DIR}/_astro`).find((name) => name.endsWith('.js'))!;
    const [page, embed, file, worker] = await Promise.all(
      ['/sv/jobbfokusering/', '/sv/inbaddning/steg/', `/_astro/${asset}`, '/sw.js'].map((path) => fetch(site.origin + path)),
    );
    for (const response of [page!, embed!, file!, worker!]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
    }
    expect(page!.headers.get('content-security-policy')).toMatch(/; frame-ancestors 'none'$/);
    expect(embed!.headers.get('content-security-policy')).toMatch(/; frame-ancestors \*$/);
    expect(page!.headers.get('content-security-policy')!.replace(/frame-ancestors .*$/, '')).toBe(embed!.headers.get('content-security-policy')!.replace(/frame-ancestors .*$/, ''));
    expect(file!.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const response of [page!, embed!, worker!]) expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets another site frame an embed page but not a chapter', async () => {
    // Not openPage: its context refuses every request off the site's origin, and the framer is one.
    const context = await browser.newContext();
    try {
      const framed = await context.newPage();
      const errors: string[] = [];
      framed.on('pageerror', (error) => errors.push(String(error)));
      const frameOf = async (path: string) => {
        // The framer's load event waits for its frame, loaded or refused.
        await framed.goto(`${framerOrigin}/?src=${encodeURIComponent(site.origin + path)}`);
        const frame = framed.frames().find((f) => f !== framed.mainFrame());
        return frame ? frame.evaluate(() => document.getElementById('bip-context') !== null).catch(() => false) : false;
      };
      expect(await frameOf('/sv/inbaddning/steg/')).toBe(true);
      expect(await frameOf('/sv/jobbfokusering/')).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the headers break nothing: a page reads without console errors under them', async () => {
    const { page, log } = await faultPage();
    for (const path of ['/sv/', '/sv/workshop/', '/sv/inbaddning/steg/']) await page.goto(site.origin + path);
    expectClean(log);
  });
});
