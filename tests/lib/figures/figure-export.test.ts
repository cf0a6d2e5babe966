import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureContext } from '../../../src/i18n/figure-context';
import { LANGUAGES } from '../../../src/i18n/languages';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { figureCitation } from '../../../src/lib/figures/figure-citation';
import { columnUnit, figureExportMetadata, figureExportSvg, wrapText, type FigureExportInfo } from '../../../src/lib/figures/figure-export';
import { defaultView } from '../../../src/lib/figures/figure-model';
import { EMBED_FALLBACK_HEIGHT, embedCode, figureShareHtml } from '../../../src/lib/figures/figure-share-html';
import { figureEmbedUrl, figureViewUrl } from '../../../src/lib/figures/figure-urls';
import { FIGURES } from '../../../src/lib/figures/figures';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';

const context = figureContext('sv');
const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
const spec = FIGURES['job-rate-by-belief']!;
const published = spec.build(defaultView(spec.controls), null, context);
const synthetic = spec.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
const place = { origin: 'https://bip.example', page: '/sv/handlaggarens-tro/', lang: 'sv' };
const info: FigureExportInfo = {
  url: figureViewUrl(place, 'job-rate-by-belief', '?job-rate-by-belief.source=sample'),
  version: '0.1.0+abc1234',
  built: '2025-03-01',
  accessed: '2025-03-04',
};

describe('figure exports', () => {
  it('build the view URL with the figure anchor and the embed URL with the view', () => {
    expect(info.url).toBe('https://bip.example/sv/handlaggarens-tro/?job-rate-by-belief.source=sample#figur-job-rate-by-belief');
    expect(figureEmbedUrl(place, 'step-effect', '')).toBe('https://bip.example/sv/inbaddning/figur/step-effect/');
  });

  it('wrap text at spaces and cut a word longer than a line', () => {
    expect(wrapText('ett två tre fyra', 7)).toEqual(['ett två', 'tre', 'fyra']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // A no-break space holds a number to its unit: "från 6 %" never ends a line at "6".
    expect(wrapText('från 6\u00a0% till 7\u00a0%', 7)).toEqual(['från', '6\u00a0%', 'till', '7\u00a0%']);
  });

  it('frame the chart with badge, title, takeaway, source, address, version and dates; mark the sample inside the plot', () => {
    for (const [model, marked] of [[published, false], [synthetic, true]] as const) {
      const svg = figureExportSvg(model, renderChartSvg(model.plot(680)), info, context);
      const { document } = parseHTML(svg);
      const text = [...document.querySelectorAll('text')].map((n) => n.textContent).join(' ');
      expect(text).toContain(context.strings.kinds[model.kind]);
      expect(text.replace(/\s+/g, ' ')).toContain(model.takeaway.replace(/\s+/g, ' '));
      expect(text).toContain('0.1.0+abc1234');
      expect(text).toContain('2025-03-04');
      expect(document.querySelector('title')!.textContent).toBe(model.caption);
      expect(svg.replace(/&amp;/g, '&')).toContain('figur-job-rate-by-belief');
      expect(Boolean(document.querySelector('[data-role="sample-mark"]'))).toBe(marked);
      // The chart is nested unchanged, below the header.
      expect(svg).toMatch(/<g transform="translate\(24 \d+(\.\d+)?\)"><svg/);
    }
  });

  it('describe every CSV column of every figure in every language, with units from the column names', () => {
    for (const lang of LANGUAGES) {
      const ctx = figureContext(lang);
      for (const figure of Object.values(FIGURES)) {
        const model = figure.build(defaultView(figure.controls), null, ctx);
        const meta = figureExportMetadata(figure.id, model, info, ctx) as { columns: Array<{ name: string; description: string }>; licence: { name: string } };
        for (const column of meta.columns) expect(column.description, `${lang} ${figure.id} ${column.name}`).not.toBe('');
        expect(meta.licence.name).toBe('CC BY 4.0');
      }
    }
    expect([columnUnit('rate_percent'), columnUnit('effect_pp_per_step'), columnUnit('low_pp'), columnUnit('n'), columnUnit('answer')]).toEqual([
      'percent', 'percentage_points', 'percentage_points', 'count', null,
    ]);
  });

  it('cite the exact view with its address, version and access date in APA 7, running text and BibTeX', () => {
    const cite = figureCitation('job-rate-by-belief', synthetic, info, context);
    expect(cite.apa).toBe(`BIP Explorer. (2025). ${synthetic.caption} [Diagram, ${context.strings.kinds.sample}] (Version 0.1.0+abc1234). Hämtad 4 mars 2025 från ${info.url}`);
    expect(cite.plain).toContain('(hämtad 4 mars 2025)');
    expect(cite.bibtex).toContain(`url = {${info.url}},`);
    expect(cite.bibtex).toContain('urldate = {2025-03-04},');
    expect(cite.bibtex).toMatch(/^@misc\{bipexplorer-job-rate-by-belief-20250304,/);
    expect(figureCitation('x', { ...synthetic, caption: '50 % & {mer}' }, info, context).bibtex).toContain('title = {{50 \\% \\& \\{mer\\}}}');
  });

  it('write a share panel whose fields are labelled, selectable without JavaScript and copyable with it', () => {
    const html = figureShareHtml({ id: 'job-rate-by-belief', model: synthetic, info, embedUrl: 'https://bip.example/sv/inbaddning/figur/job-rate-by-belief/?a=1&b=2' }, context);
    const { document } = parseHTML(`<div>${html}</div>`);
    const fields = [...document.querySelectorAll('.share__text')];
    expect(fields).toHaveLength(5);
    for (const field of fields) {
      expect(document.querySelector(`label[for="${field.id}"]`)).not.toBeNull();
      expect(field.hasAttribute('readonly')).toBe(true);
      expect(document.querySelector(`[data-copy="${field.id}"]`)!.hasAttribute('hidden')).toBe(true);
    }
    expect((document.getElementById('job-rate-by-belief-share-link') as HTMLInputElement).getAttribute('value')).toBe(info.url);
    // linkedom leaves a textarea's entities as written; decode them as a browser does.
    const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const code = decode(document.getElementById('job-rate-by-belief-share-embed')!.textContent!);
    expect(code).toContain('src="https://bip.example/sv/inbaddning/figur/job-rate-by-belief/?a=1&amp;b=2"');
    expect(code).toContain(`height="${EMBED_FALLBACK_HEIGHT}"`);
    expect(code).toContain('e.origin !== "https://bip.example"');
  });

  it('write embed code whose snippet sizes only its own frame and only from the site\'s origin', () => {
    const code = embedCode('https://bip.example/sv/inbaddning/figur/x/', 'T "quoted"');
    expect(code).toContain('title="T &quot;quoted&quot;"');
    expect(code).toContain('f.contentWindow === e.source');
  });
});
