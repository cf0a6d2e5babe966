import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureContext } from '../../../src/i18n/figure-context';
import { LANGUAGES } from '../../../src/i18n/languages';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { defaultView } from '../../../src/lib/figures/figure-model';
import { FIGURES } from '../../../src/lib/figures/figures';
import { previewCardSvg, PREVIEW_SIZE, textWidth, wrapToWidth, type PreviewCard } from '../../../src/lib/figures/link-preview-card';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';

const context = figureContext('sv');
const spec = FIGURES['job-rate-by-belief']!;
const published = spec.build(defaultView(spec.controls), null, context);
const base: PreviewCard = {
  lang: 'sv-SE',
  title: 'Handläggarens tro på jobbchansen',
  description: 'Vad handläggaren tror om jobbchansen förutsäger vem som får jobb.',
  siteName: 'BIP Explorer',
  address: 'bip.example/sv/handlaggarens-tro/',
};
const withFigure = (model = published): PreviewCard => ({
  ...base,
  figure: { model, chartSvg: renderChartSvg(model.plot(460)), kindLabel: context.strings.kinds[model.kind] },
});

/** The card parsed, and the text of its elements with a data-role. */
function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  const role = (name: string) => [...document.querySelectorAll(`[data-role="${name}"]`)].map((e) => e.textContent ?? '');
  return { document, root, role };
}

describe('link preview cards', () => {
  it('are 1200 × 630, the Open Graph size, in the page language', () => {
    const { root } = parse(previewCardSvg(base));
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1200', '630', '0 0 1200 630']);
    expect(PREVIEW_SIZE).toEqual({ width: 1200, height: 630 });
    expect(root.getAttribute('xml:lang')).toBe('sv-SE');
  });

  it('name the page, its description, the site and the address, and end in a generic font family', () => {
    const { root, role, document } = parse(previewCardSvg(base));
    expect(role('title').join(' ')).toBe(base.title);
    expect(role('description').join(' ')).toBe(base.description);
    expect(role('address')).toEqual([base.address]);
    expect(parse(previewCardSvg({ ...base, tagline: 'En utforskbar rapport' })).role('tagline')).toEqual(['En utforskbar rapport']);
    expect(role('tagline')).toEqual([]);
    expect(document.querySelector('svg > text:not([data-role])')?.textContent).toBe('BIP Explorer');
    expect(root.getAttribute('font-family')).toMatch(/, sans-serif$/);
    // A text card has no chart and no badge.
    expect(role('chart')).toEqual([]);
    expect(role('badge')).toEqual([]);
  });

  it('escape markup in the title and description, so a title cannot break the SVG', () => {
    const svg = previewCardSvg({ ...base, title: 'A <b>&</b> "quoted" \'title\'', description: '</svg><script>x</script>' });
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; &#39;title&#39;');
    const { role } = parse(svg);
    expect(role('title').join(' ')).toBe('A <b>&</b> "quoted" \'title\'');
    expect(role('description').join(' ')).toBe('</svg><script>x</script>');
  });

  it('show the published figure with its kind badge, its source line (the report section) and its chart', () => {
    for (const lang of LANGUAGES) {
      const ctx = figureContext(lang);
      const model = spec.build(defaultView(spec.controls), null, ctx);
      const card: PreviewCard = { ...base, figure: { model, chartSvg: renderChartSvg(model.plot(460)), kindLabel: ctx.strings.kinds.published } };
      const { document, role } = parse(previewCardSvg(card));
      expect(document.querySelector('[data-role="badge"]')?.getAttribute('fill')).toBe('#0072B2');
      expect(document.querySelector('[data-role="badge"] + text')?.textContent).toBe(ctx.strings.kinds.published);
      const source = role('source').join(' ');
      expect(source).toBe(model.sourceLine);
      expect(source).toContain(ctx.strings.sections['Tabell 2']);
      // The chart is nested whole and scaled up to fill the right-hand side.
      const chart = document.querySelector('[data-role="chart"]')!;
      expect(chart.querySelector('svg')).not.toBeNull();
      expect(Number(/scale\(([\d.]+)\)/.exec(chart.getAttribute('transform') ?? '')?.[1])).toBeGreaterThan(1.2);
      expect(chart.querySelectorAll('rect').length).toBeGreaterThanOrEqual(5);
    }
  });

  it('never show a sample view: a sample model is refused', () => {
    const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
    const synthetic = spec.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
    expect(synthetic.kind).toBe('sample');
    expect(() => previewCardSvg(withFigure(synthetic))).toThrow(/published view/);
    expect(() => previewCardSvg(withFigure())).not.toThrow();
  });

  it('fit long titles by a smaller size and more lines, and cut what still does not fit with an ellipsis', () => {
    const long = 'Vad ett och två steg upp på handläggarens femgradiga skala betyder för chansen till jobb och till jobb eller utbildning';
    const { role, document } = parse(previewCardSvg({ ...withFigure(), title: long }));
    expect(role('title').join(' ')).toBe(long);
    const size = Number(document.querySelector('[data-role="title"]')!.getAttribute('font-size'));
    expect(size).toBeLessThan(46);
    // A long word makes the title smaller rather than being split ("Sagsbehandleren|s").
    const word = parse(previewCardSvg({ ...withFigure(), title: 'Sagsbehandlerens joborientering' })).role('title');
    expect(word).toEqual(['Sagsbehandlerens', 'joborientering']);
    const endless = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');
    const cut = parse(previewCardSvg({ ...base, description: endless })).role('description');
    expect(cut[cut.length - 1]).toMatch(/ …$/);
    expect(cut.join(' ').length).toBeLessThan(endless.length);
  });

  it('wrap at ordinary spaces within the width, keep no-break spaces ("22 %") together and cut an overlong word', () => {
    const { lines, cut } = wrapToWidth('ökar chansen med +1,3 procentenheter (+22\u00a0%) och mer', 300, 20, false, 5);
    expect(cut).toBe(false);
    expect(lines.some((line) => line.includes('(+22\u00a0%)'))).toBe(true);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(300);
    const word = wrapToWidth('a'.repeat(80), 200, 20, false, 10).lines;
    expect(word.join('')).toBe('a'.repeat(80));
    expect(word.length).toBeGreaterThan(1);
    // Bold is wider than regular; å, ä, ö, æ, ø are measured like other letters.
    expect(textWidth('Sagsbehandlerens tro', 20, true)).toBeGreaterThan(textWidth('Sagsbehandlerens tro', 20));
    expect(textWidth('æøå', 20)).toBeGreaterThan(0);
  });
});
