// Self-describing exports and the share panel (issue #10): every figure's PNG, SVG, CSV and metadata
// for the published and the sample view say what they are (title, kind, source, the view's address);
// a copied link and the embed page open the same view in a fresh browser; the embed iframe follows its
// content's height; axe finds nothing with the share panel open; nothing leaves the origin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strings } from '../../src/i18n/strings';
import { axeViolations, expectClean, openPage, waitForFigure } from './harness';
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
          expect(line).toMatch(source === 'sample' ? /,sample,/ : /,(published|assumed),/);
          expect(line.endsWith(`"${sourceLine}"`) || line.endsWith(sourceLine)).toBe(true);
        }

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
