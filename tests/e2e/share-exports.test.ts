// Self-describing exports and the share panel (issue #10): every figure's PNG, SVG, CSV and metadata
// for the published and the sample view say what they are (title, kind, source, the view's address);
// a copied link and the embed page open the same view in a fresh browser; the embed iframe follows its
// content's height; axe finds nothing with the share panel open; nothing leaves the origin. The same for
// the start page's key figures (downloads, link to their anchor, citation, embed page), and for each
// calculator: its link holds only its own values and its anchor, and opens it restored and in view.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strings } from '../../src/i18n/strings';
import { axeViolations, expectClean, normaliseSpace, openPage, waitForFigure } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const t = strings('sv');
const SHOTS = process.env.BIP_SHOTS_DIR ?? '/tmp/h15-shots';
mkdirSync(SHOTS, { recursive: true });

/** Each figure and the chapter that shows it. */
const FIGURES = {
  'belief-distribution': '/sv/handlaggarens-tro/',
  'job-rate-by-belief': '/sv/handlaggarens-tro/',
  'caseworker-change': '/sv/byte-av-handlaggare/',
  'job-orientation': '/sv/jobbfokusering/',
  'step-effect': '/sv/effekten/',
} as const;
type Id = keyof typeof FIGURES;
const sel = (id: string) => `bip-figure[data-figure="${id}"]`;

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** Clicks a download control and returns the file's bytes and suggested name. */
async function download(page: Page, id: string, role: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`${sel(id)} [data-role="download-${role}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path!) };
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens a figure's view on its chapter page and waits for the client render (the sample view needs one). */
async function openView(page: Page, id: Id, source: 'published' | 'sample'): Promise<string> {
  const query = source === 'sample' ? `?${id}.source=sample` : '';
  const url = `${site.origin}${FIGURES[id]}${query}#figur-${id}`;
  await page.goto(url);
  if (source === 'sample') await waitForFigure(page, sel(id));
  return url;
}

describe('exports say what they are', () => {
  for (const id of Object.keys(FIGURES) as Id[]) {
    for (const source of ['published', 'sample'] as const) {
      it(`${id}, ${source} view: PNG, SVG, CSV and metadata carry title, kind, source and the view's address`, async () => {
        const { page, log } = await openPage(browser, site.origin, { acceptDownloads: true });
        const url = await openView(page, id, source);
        const caption = (await page.locator(`${sel(id)} [data-role="caption"]`).textContent())!;
        const sourceLine = (await page.locator(`${sel(id)} [data-role="source"]`).textContent())!;
        const kindLabel = t.kinds[source];

        const svg = (await download(page, id, 'svg')).bytes.toString('utf8');
        // The SVG escapes quotes; compare on the escaped text.
        const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        expect(svg).toContain(`<title>${xml(caption)}</title>`);
        expect(svg).toContain(`>${kindLabel}</text>`);
        expect(svg).toContain(xml(url));
        expect(svg).toContain('BIP Explorer 0.');
        expect(svg.includes(t.figure.export_sample_mark)).toBe(source === 'sample');
        const chartHeight = Number(/<g transform="translate\(24 [\d.]+\)"><svg[^>]*viewBox="0 0 680 ([\d.]+)"/.exec(svg)?.[1]);
        expect(chartHeight).toBeGreaterThan(100);

        const png = await download(page, id, 'png');
        expect(png.name).toBe(`${id}${source === 'sample' ? '-sample' : ''}.png`);
        const size = pngSize(png.bytes);
        // Twice the size of the chart plus its header and footer: larger than the chart alone.
        expect(size.width).toBe((680 + 48) * 2);
        expect(size.height).toBeGreaterThan(chartHeight * 2 + 200);
        writeFileSync(`${SHOTS}/${png.name}`, png.bytes);

        const csv = (await download(page, id, 'csv')).bytes.toString('utf8').trim().split('\n');
        const header = csv[0]!.split(',');
        expect(header.slice(-3)).toEqual(['kind', 'approx', 'source']);
        for (const line of csv.slice(1)) {
          // A sample view may show the report's numbers beside the sample's (Tabell 1): each row says which.
          expect(line).toMatch(source === 'sample' ? /,(sample|published|assumed),/ : /,(published|assumed),/);
          // Each row's source is the view's source line, or its part for that row's kind.
          const rowSource = /,"([^"]*)"$/.exec(line)?.[1] ?? line.slice(line.lastIndexOf(',') + 1);
          expect(rowSource.length).toBeGreaterThan(20);
          expect(sourceLine).toContain(rowSource);
        }
        if (source === 'sample') expect(csv.slice(1).some((line) => line.includes(',sample,'))).toBe(true);

        const meta = JSON.parse((await download(page, id, 'json')).bytes.toString('utf8'));
        expect(meta).toMatchObject({ id, title: caption, kind: source, kind_label: kindLabel, source: sourceLine, url, site: 'BIP Explorer' });
        expect(meta.licence.name).toBe('CC BY 4.0');
        expect(meta.columns.map((c: { name: string }) => c.name)).toEqual(header);
        for (const column of meta.columns) expect(column.description, column.name).not.toBe('');
        expectClean(log);
      });
    }
  }

  it('without JavaScript the download links give the default view\'s self-describing files', async () => {
    const { page, log } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/sv/handlaggarens-tro/`);
    const href = await page.locator(`${sel('job-rate-by-belief')} [data-role="download-svg"]`).getAttribute('href');
    const svg = await (await page.request.get(site.origin + href!)).text();
    expect(svg).toContain('#figur-job-rate-by-belief');
    const csv = await (await page.request.get(`${site.origin}/sv/figur/belief-distribution.csv`)).text();
    // The report's "knappt hälften" keeps its hedge.
    expect(csv).toMatch(/^Nej eller Tvivlar,50,,,,published,just_under,/m);
    expect(await page.locator(`${sel('job-rate-by-belief')} details.share input`).inputValue()).toMatch(/\/sv\/handlaggarens-tro\/#figur-job-rate-by-belief$/);
    expectClean(log);
  });
});

describe('share panel', () => {
  it('copies a link with the view and anchor that opens the same view in a fresh browser; cites the exact view; passes axe', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.origin}/sv/handlaggarens-tro/`);
    const figure = page.locator(sel('job-rate-by-belief'));
    await figure.locator('[data-control="source"] input[value="sample"]').check();
    await waitForFigure(page, sel('job-rate-by-belief'));
    await figure.locator('[data-control="outcome"] input[value="job_or_edu_52w"]').check();
    await waitForFigure(page, sel('job-rate-by-belief'));
    await figure.locator('details.share > summary').click();
    const link = figure.locator('[id$="-share-link"]');
    await expect.poll(() => link.inputValue()).toContain('job-rate-by-belief.outcome=job_or_edu_52w');
    const expected = `${site.origin}/sv/handlaggarens-tro/?job-rate-by-belief.source=sample&job-rate-by-belief.outcome=job_or_edu_52w#figur-job-rate-by-belief`;
    expect(await link.inputValue()).toBe(expected);
    await figure.locator('[id$="-share-link-copy"]').click();
    await expect.poll(() => figure.locator('[data-role="share-status"]').textContent()).toContain('Kopierat');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected);
    const apa = await figure.locator('[id$="-share-apa"]').inputValue();
    expect(apa).toContain(expected);
    expect(apa).toMatch(/\(Version 0\.\d+\.\d+/);
    expect(apa).toContain(t.figures['job-rate-by-belief'].caption_edu);
    const bibtex = await figure.locator('[id$="-share-bibtex"]').inputValue();
    expect(bibtex).toContain(`url = {${expected}}`);
    expect(bibtex).toMatch(/urldate = \{\d{4}-\d\d-\d\d\}/);
    expect(await axeViolations(page)).toEqual([]);
    await figure.locator('details.share').screenshot({ path: `${SHOTS}/share-panel.png` });

    const fresh = await openPage(browser, site.origin);
    await fresh.page.goto(copied);
    await waitForFigure(fresh.page, sel('job-rate-by-belief'));
    const again = fresh.page.locator(sel('job-rate-by-belief'));
    expect(await again.locator('[data-role="kind"]').getAttribute('data-kind')).toBe('sample');
    expect(await again.locator('[data-role="caption"]').textContent()).toBe(t.figures['job-rate-by-belief'].caption_edu);
    expect(await again.locator('input[value="job_or_edu_52w"]').isChecked()).toBe(true);
    expect(await fresh.page.evaluate(() => location.hash)).toBe('#figur-job-rate-by-belief');
    expectClean(log);
    expectClean(fresh.log);
  });

  for (const width of [390, 1280]) {
    it(`embeds the view: the embed page shows it, and the host's iframe follows its height at ${width} px`, async () => {
      const { page, log } = await openPage(browser, site.origin, { viewport: { width, height: 900 } });
      await page.goto(`${site.origin}/sv/jobbfokusering/?job-orientation.source=sample&job-orientation.groups=4`);
      await waitForFigure(page, sel('job-orientation'));
      const figure = page.locator(sel('job-orientation'));
      await figure.locator('details.share > summary').click();
      const code = figure.locator('[id$="-share-embed"]');
      await expect.poll(() => code.inputValue()).toContain('job-orientation.groups=4');
      const embed = await code.inputValue();
      expect(embed).toContain(`src="${site.origin}/sv/inbaddning/figur/job-orientation/?job-orientation.source=sample&amp;job-orientation.groups=4"`);
      expect(embed).toContain('height="900"');

      // A host page on the same server (its own path), holding only the pasted code.
      await page.route(`${site.origin}/__host/`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Värd</title></head><body><main><h1>Intranät</h1>${embed}</main></body></html>` }),
      );
      await page.goto(`${site.origin}/__host/`);
      const frame = page.frameLocator('iframe[data-bip-embed]');
      await frame.locator(`${sel('job-orientation')}[data-rendered="client"]`).waitFor();
      expect(await frame.locator(`${sel('job-orientation')} [data-role="kind"]`).getAttribute('data-kind')).toBe('sample');
      expect(await frame.locator(`${sel('job-orientation')} input[value="4"]`).isChecked()).toBe(true);
      const heights = async () => {
        const outer = await page.locator('iframe[data-bip-embed]').evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.locator('body').evaluate((b) => {
          const s = getComputedStyle(b);
          return b.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
        });
        return { outer, inner };
      };
      await expect.poll(async () => { const h = await heights(); return Math.abs(h.outer - h.inner); }, { timeout: 5000 }).toBeLessThan(2);
      expect((await heights()).outer).not.toBe(900);
      await page.screenshot({ path: `${SHOTS}/embed-host-${width}.png`, fullPage: true });

      // The embed page alone passes axe.
      await page.goto(`${site.origin}/sv/inbaddning/figur/job-orientation/?job-orientation.source=sample`);
      await waitForFigure(page, sel('job-orientation'));
      expect(await axeViolations(page)).toEqual([]);
      expectClean(log);
    });
  }
});

/** The start page's key figures (src/lib/figures/key-figures.ts). */
const KEY_IDS = ['base', 'change', 'belief', 'orientation', 'step'] as const;
const keySel = (id: string) => `#nyckeltal-${id}`;

/** Clicks a download control inside `scope` and returns the file's bytes and suggested name. */
async function downloadIn(page: Page, scope: string, role: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`${scope} [data-role="download-${role}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Opens a share panel inside `scope` once its custom element has written it for this page (copy buttons shown). */
async function openPanel(page: Page, scope: string): Promise<void> {
  await page.locator(`${scope} details.share button[data-copy]`).first().waitFor({ state: 'attached' });
  await expect.poll(() => page.locator(`${scope} details.share button[data-copy]`).first().evaluate((b) => (b as HTMLButtonElement).hidden)).toBe(false);
  await page.locator(`${scope} details.share > summary`).click();
  await page.locator(`${scope} details.share[open]`).waitFor();
}

/** Whether the element's top is inside the viewport (the page landed on it). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((e) => {
    const top = e.getBoundingClientRect().top;
    return top > -2 && top < window.innerHeight / 2;
  });
}

/** The outer height of an embed's iframe on the host page and the height of the embed page's content. */
async function embedHeights(page: Page): Promise<{ outer: number; inner: number }> {
  const frame = page.frameLocator('iframe[data-bip-embed]');
  const outer = await page.locator('iframe[data-bip-embed]').evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator('body').evaluate((b) => {
    const s = getComputedStyle(b);
    return b.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
  });
  return { outer, inner };
}

/** Serves a host page on the same server holding only the pasted embed code, and opens it. */
async function openHost(page: Page, code: string): Promise<void> {
  await page.route(`${site.origin}/__host/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Värd</title></head><body><main><h1>Intranät</h1>${code}</main></body></html>` }),
  );
  await page.goto(`${site.origin}/__host/`);
}

describe('key figures: share panel, downloads and embed page', () => {
  for (const id of KEY_IDS) {
    it(`${id}: CSV, metadata, SVG and PNG card carry title, kind, source and the key figure's address`, async () => {
      const { page, log } = await openPage(browser, site.origin, { acceptDownloads: true });
      await page.goto(`${site.origin}/sv/`);
      await openPanel(page, keySel(id));
      const title = (await page.locator(`${keySel(id)} .key-figure__title`).textContent())!;
      const number = normaliseSpace((await page.locator(`${keySel(id)} .key-figure__number`).textContent())!);
      const address = `/sv/#nyckeltal-${id}`;

      const csv = (await downloadIn(page, keySel(id), 'csv')).bytes.toString('utf8').trim().split('\n');
      expect(csv[0]).toBe('role,figure,label,value,unit,kind,approx,section,source');
      const figure = await page.locator(`${keySel(id)} .key-figure__number`).getAttribute('data-figure');
      expect(csv[1]).toMatch(new RegExp(`^number,${figure},`));
      for (const line of csv.slice(1)) expect(line).toMatch(/,published,[a-z_]*,[^,]+,"Publicerad siffra, /);

      const metaFile = await downloadIn(page, keySel(id), 'json');
      expect(metaFile.name).toBe(`nyckeltal-${id}.json`);
      const meta = JSON.parse(metaFile.bytes.toString('utf8'));
      expect(meta).toMatchObject({ id: `nyckeltal-${id}`, key_figure: id, title, kind: 'published', kind_label: t.kinds.published, site: 'BIP Explorer' });
      expect(meta.source).toMatch(/^Publicerad siffra, /);
      expect(new URL(meta.url).pathname + new URL(meta.url).hash).toBe(address);
      expect(meta.version).toMatch(/^0\.\d+\.\d+/);
      expect(meta.licence.name).toBe('CC BY 4.0');
      expect(normaliseSpace(meta.takeaway)).toContain(number);
      expect(meta.columns.map((c: { name: string }) => c.name)).toEqual(csv[0]!.split(','));
      for (const column of meta.columns) expect(column.description, column.name).not.toBe('');

      const svg = (await downloadIn(page, keySel(id), 'svg')).bytes.toString('utf8');
      expect(svg).toContain(`<title>${title}</title>`);
      expect(svg).toContain(`>${t.kinds.published}</text>`);
      expect(svg).toContain(address);
      expect(svg).toContain(meta.source.slice(0, 30));
      expect(svg).toContain('BIP Explorer 0.');

      const png = await downloadIn(page, keySel(id), 'png');
      expect(png.name).toBe(`nyckeltal-${id}.png`);
      const size = pngSize(png.bytes);
      expect(size.width).toBe((680 + 48) * 2);
      // Title, sentence, the number and the source lines: well over the number's own 88 px, twice.
      expect(size.height).toBeGreaterThan((88 + 150) * 2);
      writeFileSync(`${SHOTS}/${png.name}`, png.bytes);
      expectClean(log);
    });
  }

  it('copies a link that lands on the key figure in a fresh browser, cites it with today as the access date; axe finds nothing with every panel open', async () => {
    const { context, page, log } = await openPage(browser, site.origin, { viewport: { width: 390, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.origin}/sv/`);
    const scope = keySel('belief');
    await openPanel(page, scope);
    const expected = `${site.origin}/sv/#nyckeltal-belief`;
    expect(await page.locator('#nyckeltal-belief-share-link').inputValue()).toBe(expected);
    await page.locator('#nyckeltal-belief-share-link-copy').click();
    await expect.poll(() => page.locator(`${scope} [data-role="share-status"]`).textContent()).toContain('Kopierat: Länk till nyckeltalet');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected);
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    const apa = await page.locator('#nyckeltal-belief-share-apa').inputValue();
    expect(apa).toContain(`[Nyckeltal, ${t.kinds.published}]`);
    expect(apa).toContain(expected);
    const bibtex = await page.locator('#nyckeltal-belief-share-bibtex').inputValue();
    expect(bibtex).toContain(`url = {${expected}}`);
    expect(bibtex).toContain(`urldate = {${today}}`);
    for (const id of KEY_IDS) if (id !== 'belief') await openPanel(page, keySel(id));
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(scope).screenshot({ path: `${SHOTS}/key-figure-panel-390.png` });

    const fresh = await openPage(browser, site.origin, { viewport: { width: 390, height: 800 } });
    await fresh.page.goto(copied);
    expect(await fresh.page.evaluate(() => location.hash)).toBe('#nyckeltal-belief');
    await expect.poll(() => inView(fresh.page, scope)).toBe(true);
    expect(await fresh.page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expectClean(log);
    expectClean(fresh.log);
  });

  for (const width of [390, 1280]) {
    it(`embeds a key figure: the embed page shows it, and the host's iframe follows its height at ${width} px`, async () => {
      const { page, log } = await openPage(browser, site.origin, { viewport: { width, height: 900 } });
      await page.goto(`${site.origin}/sv/`);
      await openPanel(page, keySel('orientation'));
      const code = await page.locator('#nyckeltal-orientation-share-embed').inputValue();
      expect(code).toContain(`src="${site.origin}/sv/inbaddning/nyckeltal/orientation/"`);
      expect(code).toContain('height="460"');
      const number = normaliseSpace((await page.locator(`${keySel('orientation')} .key-figure__number`).textContent())!);

      await openHost(page, code);
      const frame = page.frameLocator('iframe[data-bip-embed]');
      expect(normaliseSpace((await frame.locator('.key-figure__number').textContent())!)).toBe(number);
      expect(await frame.locator('.key-figure details.share').count()).toBe(0);
      await expect.poll(async () => { const h = await embedHeights(page); return Math.abs(h.outer - h.inner); }, { timeout: 5000 }).toBeLessThan(2);
      expect((await embedHeights(page)).outer).not.toBe(460);
      await page.screenshot({ path: `${SHOTS}/key-embed-host-${width}.png`, fullPage: true });

      // Alone, the embed page passes axe and links back to the key figure on the start page.
      await page.goto(`${site.origin}/sv/inbaddning/nyckeltal/orientation/`);
      expect(await page.locator('a[href="/sv/#nyckeltal-orientation"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expectClean(log);
    });
  }

  it('without JavaScript the panel shows its link, citation and embed code, and the downloads are files', async () => {
    const { page, log } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/da/`);
    await page.locator(`${keySel('step')} details.share > summary`).click();
    expect(await page.locator('#nyckeltal-step-share-link').inputValue()).toMatch(/\/da\/#nyckeltal-step$/);
    expect(await page.locator('#nyckeltal-step-share-apa').inputValue()).toContain('[Nøgletal, ');
    expect(await page.locator(`${keySel('step')} button[data-copy]`).first().isHidden()).toBe(true);
    for (const role of ['csv', 'json', 'svg']) {
      const href = (await page.locator(`${keySel('step')} [data-role="download-${role}"]`).getAttribute('href'))!;
      const response = await page.request.get(site.origin + href);
      expect(response.ok(), href).toBe(true);
      expect(await response.text()).toContain(role === 'svg' ? `>${strings('da').kinds.published}</text>` : 'published');
    }
    expectClean(log);
  });
});

/** Each calculator, a value to change and how to check it in a fresh browser. */
const CALCULATORS = {
  steg: { change: (page: Page) => page.locator('#steg-steps').fill('2'), query: 'steg.steps=2', restored: (page: Page) => page.locator('#steg-steps').inputValue(), value: '2' },
  byten: { change: (page: Page) => page.locator('#byten-changes').fill('3'), query: 'byten.changes=3', restored: (page: Page) => page.locator('#byten-changes').inputValue(), value: '3' },
  fokus: {
    change: (page: Page) => page.locator('input[name="fokus.population"][value="caseload"]').check(),
    query: 'fokus.population=caseload',
    restored: async (page: Page) => String(await page.locator('input[name="fokus.population"][value="caseload"]').isChecked()),
    value: 'true',
  },
} as const;
/** Other calculators' values in the page's address, which the copied link must leave out. */
const OTHERS: Record<string, string> = { steg: 'byten.changes=4&fokus.population=municipality', byten: 'steg.start=2&fokus.population=municipality', fokus: 'steg.start=2&byten.changes=4' };

describe('calculators: each has its own link, citation and embed code', () => {
  for (const [tool, c] of Object.entries(CALCULATORS)) {
    it(`${tool}: the copied link holds only its values and its anchor, and opens it restored and in view in a fresh browser`, async () => {
      const { context, page, log } = await openPage(browser, site.origin);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      // The page's address holds every calculator's values; the link names only this one's.
      await page.goto(`${site.origin}/sv/kalkylatorer/?${OTHERS[tool]}`);
      const scope = `bip-calculator[data-tool="${tool}"]`;
      await page.locator(`${scope} [data-role="form"]`).waitFor();
      await c.change(page);
      const expected = `${site.origin}/sv/kalkylatorer/?${c.query}#kalkylator-${tool}`;
      await page.locator(`${scope} [data-role="copy"]`).click();
      await expect.poll(() => page.locator(`${scope} [data-role="copy-status"]`).textContent()).toBe(t.calculators.copied);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(expected);

      await openPanel(page, scope);
      expect(await page.locator(`#${tool}-share-link`).inputValue()).toBe(expected);
      expect(await page.locator(`#${tool}-share-apa`).inputValue()).toContain(`[Kalkylator, `);
      expect(await page.locator(`#${tool}-share-bibtex`).inputValue()).toContain(`url = {${expected}}`);
      const embed = await page.locator(`#${tool}-share-embed`).inputValue();
      expect(embed).toContain(`src="${site.origin}/sv/inbaddning/${tool}/?${c.query}"`);
      expect(await page.locator(`${scope} [data-role="embed-link"]`).getAttribute('href')).toBe(`${site.origin}/sv/inbaddning/${tool}/?${c.query}`);
      expect(await axeViolations(page)).toEqual([]);
      if (tool === 'byten') await page.locator(`${scope} section.calc`).screenshot({ path: `${SHOTS}/calculator-share-panel.png` });

      const fresh = await openPage(browser, site.origin, { viewport: { width: 390, height: 800 } });
      await fresh.page.goto(copied);
      await fresh.page.locator(`${scope} [data-role="form"]`).waitFor();
      expect(await c.restored(fresh.page)).toBe(c.value);
      // The other calculators are at their defaults.
      expect(await fresh.page.locator('#steg-start').inputValue()).toBe('3');
      if (tool !== 'byten') expect(await fresh.page.locator('#byten-changes').inputValue()).toBe('1');
      expect(await fresh.page.evaluate(() => location.hash)).toBe(`#kalkylator-${tool}`);
      await expect.poll(() => fresh.page.locator(`#kalkylator-${tool}`).evaluate((e) => {
        const top = e.getBoundingClientRect().top;
        return top > -2 && top < window.innerHeight;
      })).toBe(true);
      expectClean(log);
      expectClean(fresh.log);
    });
  }

  it('the embed page of a calculator opens with the same values, and its iframe follows its height', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 390, height: 900 } });
    await page.goto(`${site.origin}/sv/kalkylatorer/`);
    const scope = 'bip-calculator[data-tool="byten"]';
    await page.locator(`${scope} [data-role="form"]`).waitFor();
    await page.locator('#byten-changes').fill('2');
    await openPanel(page, scope);
    const code = await page.locator('#byten-share-embed').inputValue();
    await openHost(page, code);
    const frame = page.frameLocator('iframe[data-bip-embed]');
    await frame.locator(`${scope}[data-state="computed"]`).waitFor();
    expect(await frame.locator('#byten-changes').inputValue()).toBe('2');
    await expect.poll(async () => { const h = await embedHeights(page); return Math.abs(h.outer - h.inner); }, { timeout: 5000 }).toBeLessThan(2);
    expectClean(log);
  });
});
