import { csvParse } from 'd3';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { figureContext } from '../../../src/i18n/figure-context';
import { LANGUAGES } from '../../../src/i18n/languages';
import type { FigureExportInfo } from '../../../src/lib/figures/figure-export';
import { figureExportMetadata, figureExportSvg } from '../../../src/lib/figures/figure-export';
import { keyFigureAnchor, keyFigureEmbedUrl, keyFigureFiles, keyFigureUrl } from '../../../src/lib/figures/figure-urls';
import { KEY_FIGURE_EMBED_HEIGHT, keyFigureShareHtml } from '../../../src/lib/figures/key-figure-share-html';
import { KEY_FIGURES, keyFigure, keyFigureModel, keyFigureText } from '../../../src/lib/figures/key-figures';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';

const context = figureContext('sv');
const place = { origin: 'https://bip.example', lang: 'sv' };
const info: FigureExportInfo = { url: keyFigureUrl(place, 'change'), version: '0.1.0+abc1234', built: '2025-03-01', accessed: '2025-03-04' };
const figures = published.figures as Record<string, { value: number; unit: string; section: string; approx?: string }>;

describe('key figures', () => {
  it('are the five of the start page, each with strings in every language', () => {
    expect(KEY_FIGURES.map((k) => k.id)).toEqual(['base', 'change', 'belief', 'orientation', 'step']);
    for (const lang of LANGUAGES) for (const k of KEY_FIGURES) expect(() => keyFigureText(k, figureContext(lang))).not.toThrow();
    expect(() => keyFigure('nope')).toThrow(/No key figure "nope"/);
  });

  it('have addresses: the start page at their anchor, an embed page, and their files', () => {
    expect(keyFigureAnchor('base')).toBe('nyckeltal-base');
    expect(info.url).toBe('https://bip.example/sv/#nyckeltal-change');
    expect(keyFigureEmbedUrl(place, 'step')).toBe('https://bip.example/sv/inbaddning/nyckeltal/step/');
    expect(keyFigureFiles('da', 'belief')).toEqual({ csv: '/da/nyckeltal/belief.csv', json: '/da/nyckeltal/belief.json', svg: '/da/nyckeltal/belief.svg' });
  });

  it('write one CSV row per published figure they state, with the value, unit, kind, hedge and section of published.json', () => {
    const model = keyFigureModel(keyFigure('change'), context);
    const rows = csvParse(model.csv);
    expect(rows.columns).toEqual(['role', 'figure', 'label', 'value', 'unit', 'kind', 'approx', 'section', 'source']);
    expect(rows.map((r) => r.figure)).toEqual(['change_effect_job', 'change_relative_job', 'base_rate_job', 'change_rate_after_job']);
    expect(rows[0]!.role).toBe('number');
    for (const row of rows) {
      const figure = figures[row.figure!]!;
      expect(Number(row.value)).toBe(figure.value);
      expect(row.unit).toBe(figure.unit);
      expect(row.section).toBe(figure.section);
      expect(row.approx).toBe(figure.approx ?? '');
      expect(row.kind).toBe('published');
      expect(row.source).toBe(model.sourceLine);
    }
    // The relative change is shown without its sign ("sjunker med 22 %") but downloaded as it is.
    expect(Number(rows[1]!.value)).toBeLessThan(0);
    expect(model.caption).toBe(context.strings.report.start.key.change.title);
    expect(model.takeaway).toMatch(/^−1,3 p\.e\. för varje byte av handläggare/);
    expect(model.sourceLine).toContain('Tabell 1, Byte av handläggare');
  });

  it('keep the report’s hedge on an approximate value', () => {
    for (const k of KEY_FIGURES) {
      const rows = csvParse(keyFigureModel(k, context).csv);
      for (const row of rows) expect(row.approx, row.figure).toBe(figures[row.figure!]!.approx ?? '');
    }
  });

  it('describe every CSV column in their metadata, in every language', () => {
    for (const lang of LANGUAGES) {
      const c = figureContext(lang);
      const model = keyFigureModel(keyFigure('base'), c);
      const meta = figureExportMetadata('nyckeltal-base', model, { ...info, url: keyFigureUrl({ origin: 'https://bip.example', lang }, 'base') }, c) as { columns: { name: string; description: string }[]; kind: string; title: string };
      expect(meta.kind).toBe('published');
      expect(meta.title).toBe(c.strings.report.start.key.base.title);
      for (const column of meta.columns) expect(column.description, `${lang} ${column.name}`).not.toBe('');
    }
  });

  it('make a self-describing card: kind badge, title, the large number, source and address', () => {
    const model = keyFigureModel(keyFigure('change'), context);
    const svg = figureExportSvg(model, renderChartSvg(model.plot(680)), info, context);
    expect(svg).toContain(`<title>${model.caption}</title>`);
    expect(svg).toContain('>publicerad</text>');
    expect(svg).toContain('>−1,3 p.e.</text>');
    expect(svg).toContain('https://bip.example/sv/#nyckeltal-change');
    expect(svg).not.toContain('data-role="sample-mark"');
  });
});

describe('a key figure’s share panel', () => {
  const model = keyFigureModel(keyFigure('change'), context);
  const html = keyFigureShareHtml(
    { id: 'change', work: { title: model.caption, kindLabel: 'publicerad', sourceLine: model.sourceLine }, info, embedUrl: keyFigureEmbedUrl(place, 'change'), files: keyFigureFiles('sv', 'change') },
    context,
  );
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // A textarea's text: linkedom leaves its entities as written; decode them as a browser does.
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const value = (id: string) => decode(document.getElementById(id)?.textContent ?? '');

  it('is a closed disclosure whose summary names the key figure to screen readers', () => {
    const details = document.querySelector('details.share')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Dela, citera, ladda ner: Byte av handläggare');
    expect(details.querySelector('summary .visually-hidden')!.textContent).toBe(': Byte av handläggare');
  });

  it('links the downloads, which work without JavaScript; the PNG button waits for it', () => {
    const links = [...document.querySelectorAll('a[data-role^="download-"]')].map((a) => [a.getAttribute('href'), a.getAttribute('download')]);
    expect(links).toEqual([
      ['/sv/nyckeltal/change.csv', 'nyckeltal-change.csv'],
      ['/sv/nyckeltal/change.json', 'nyckeltal-change.json'],
      ['/sv/nyckeltal/change.svg', 'nyckeltal-change.svg'],
    ]);
    expect(document.querySelector('[data-role="download-png"]')!.hasAttribute('hidden')).toBe(true);
  });

  it('gives the link with the anchor, the citations with it, the version and the access date, and the embed code', () => {
    expect(document.querySelector<HTMLInputElement>('#nyckeltal-change-share-link')!.getAttribute('value')).toBe(info.url);
    const apa = value('nyckeltal-change-share-apa');
    expect(apa).toBe('BIP Explorer. (2025). Byte av handläggare [Nyckeltal, publicerad] (Version 0.1.0+abc1234). Hämtad 4 mars 2025 från https://bip.example/sv/#nyckeltal-change');
    const bibtex = value('nyckeltal-change-share-bibtex');
    expect(bibtex).toContain('@misc{bipexplorer-key-change-20250304,');
    expect(bibtex).toContain('url = {https://bip.example/sv/#nyckeltal-change}');
    const embed = value('nyckeltal-change-share-embed');
    expect(embed).toContain('<iframe src="https://bip.example/sv/inbaddning/nyckeltal/change/"');
    expect(embed).toContain(`height="${KEY_FIGURE_EMBED_HEIGHT}"`);
    expect(embed).toContain('e.origin !== "https://bip.example"');
    expect(document.querySelector('.share__note')!.textContent).toContain(`${KEY_FIGURE_EMBED_HEIGHT} pixlar`);
    // Every copy button names what it copies and starts hidden (copying needs JavaScript).
    for (const button of document.querySelectorAll('button[data-copy]')) {
      expect(button.hasAttribute('hidden')).toBe(true);
      expect(document.getElementById(button.getAttribute('data-copy')!)).not.toBeNull();
    }
  });
});
