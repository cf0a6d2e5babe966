// The lab's hand-written charts carry the explorer's attributes (src/client/chart-explorer.ts reads
// them): every estimate, histogram bar and sweep point is one mark with its label and value, its interval
// where it has one, and the kind the lab shows for its numbers (sample), in the page's language.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { labEstimatesSvg } from '../../../src/lib/charts/lab-estimates-svg';
import { labHistogramSvg } from '../../../src/lib/lab/lab-histogram-svg';
import { labChartSvg } from '../../../src/lib/lab/lab-result-html';
import { labSweepSvg } from '../../../src/lib/lab/lab-sweep-svg';
import { labView } from '../../../src/lib/lab/lab-view';
import type { LabResult } from '../../../src/lib/lab/run-lab-experiment';
import { HAND_MADE_LAB_RESULT } from '../../fixtures/lab-result';
import { figureContext } from '../../../src/i18n/figure-context';

/** Each explorable mark of an SVG string: its element, text, interval and kind, in document order. */
function marks(svg: string): { tag: string; text: string; interval: string | null; kind: string | null }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('[data-explore]')].map((e) => ({
    tag: e.tagName.toLowerCase(),
    text: e.getAttribute('data-explore')!,
    interval: e.getAttribute('data-explore-interval'),
    kind: e.getAttribute('data-explore-kind'),
  }));
}

const format = (v: number, d: number) => v.toFixed(d);
const base = { truth: 1, truthLabel: 'Sanning +1,00', xLabel: 'Effekt', ariaDescription: 'Diagram', formatTick: format };

describe('the lab’s single-run chart', () => {
  const rows = [
    { label: 'Naiv <lutning>', value: 4.7, low: 4.1, high: 5.3, text: '+4,70' },
    { label: 'OLS', value: 3.9, low: 3.33, high: 4.43, text: '+3,90' },
  ];

  it('makes each estimate one mark with its value, its interval and the kind sample, escaped, in row order', () => {
    for (const width of [680, 272]) {
      expect(marks(labEstimatesSvg(rows, { ...base, width }))).toEqual([
        { tag: 'rect', text: 'Naiv <lutning>: +4,70', interval: '4.10 – 5.30', kind: 'sample' },
        { tag: 'rect', text: 'OLS: +3,90', interval: '3.33 – 4.43', kind: 'sample' },
      ]);
    }
    expect(labEstimatesSvg(rows, { ...base, width: 680 })).toContain('data-explore="Naiv &lt;lutning&gt;: +4,70"');
  });

  it('lays the marks invisibly over the drawing, inside the hidden group, so the image keeps one name', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${labEstimatesSvg(rows, { ...base, width: 680 })}</body></html>`);
    const hit = document.querySelector('g.chart-explore-hit')!;
    expect(hit.getAttribute('fill')).toBe('transparent');
    expect(hit.closest('g[aria-hidden="true"]')).not.toBeNull();
    expect(hit.querySelectorAll('[data-explore]')).toHaveLength(2);
    // Drawn last, so a tap lands on the mark, not on the dot under it.
    expect(hit.nextElementSibling).toBeNull();
    expect(document.querySelector('svg')!.getAttribute('aria-label')).toBe('Diagram');
  });

  it('covers the interval and the dot of each estimate, wide enough to tap', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${labEstimatesSvg(rows, { ...base, width: 680 })}</body></html>`);
    const rects = [...document.querySelectorAll('g.chart-explore-hit rect')];
    const circles = [...document.querySelectorAll('circle')];
    rects.forEach((rect, i) => {
      const x = Number(rect.getAttribute('x'));
      const y = Number(rect.getAttribute('y'));
      const cx = Number(circles[i]!.getAttribute('cx'));
      const cy = Number(circles[i]!.getAttribute('cy'));
      expect(cx).toBeGreaterThan(x);
      expect(cx).toBeLessThan(x + Number(rect.getAttribute('width')));
      expect(cy).toBeGreaterThan(y);
      expect(cy).toBeLessThan(y + Number(rect.getAttribute('height')));
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(24);
    });
  });

  it('says each estimate in the page’s language from the lab strings', () => {
    const context = figureContext('da');
    const result: LabResult = HAND_MADE_LAB_RESULT;
    const found = marks(labChartSvg(labView(result, context), context, 680)).map((m) => `${m.text} | ${m.interval}`.replace(/[\u00a0\u202f]/g, ' '));
    const labels = context.strings.lab.chart_labels;
    expect(found).toEqual([`${labels.naive}: +4,68 | 4,08 – 5,27`, `${labels.ols}: +3,88 | 3,33 – 4,43`, `${labels.iv}: +1,25 | 0,61 – 1,88`]);
  });
});

describe('the lab’s histogram of repeated runs', () => {
  const panels = [
    { label: 'Naiv (medelvärde +1,05)', colour: '#111', values: [1, 1.02, 1.11, 2], emptyText: 'inga' },
    { label: '2SLS', colour: '#222', values: [], emptyText: 'ingen körning med F på minst 10' },
  ];

  it('makes each bar one mark with its panel, its range and its count among the panel’s runs, left to right', () => {
    const found = marks(labHistogramSvg(panels, { ...base, width: 680, countText: (count, runs) => `${count} av ${runs}` }));
    expect(found).toEqual([
      { tag: 'rect', text: 'Naiv (medelvärde +1,05), 1.00 – 1.05: 2 av 4', interval: null, kind: 'sample' },
      { tag: 'rect', text: 'Naiv (medelvärde +1,05), 1.10 – 1.15: 1 av 4', interval: null, kind: 'sample' },
      { tag: 'rect', text: 'Naiv (medelvärde +1,05), 2.00 – 2.04: 1 av 4', interval: null, kind: 'sample' },
    ]);
  });

  it('has a mark for every drawn bar and none for an empty panel, and writes the count over the runs without countText', () => {
    const svg = labHistogramSvg(panels, { ...base, width: 340 });
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const bars = [...document.querySelectorAll('rect[fill="#111"]')];
    expect(marks(svg)).toHaveLength(bars.length);
    expect(marks(svg).map((m) => m.text.split(': ')[1])).toEqual(['2/4', '1/4', '1/4']);
    // Each mark spans its bar's column, so a short bar is as easy to tap.
    const hits = [...document.querySelectorAll('g.chart-explore-hit rect')];
    hits.forEach((hit, i) => {
      const bar = bars[i]!;
      expect(Number(hit.getAttribute('x'))).toBeLessThanOrEqual(Number(bar.getAttribute('x')));
      expect(Number(hit.getAttribute('height'))).toBeGreaterThan(Number(bar.getAttribute('height')));
    });
  });
});

describe('the lab’s sweep charts', () => {
  const series = [
    { label: 'Naiv', colour: '#111', marker: 'circle' as const, dash: '', values: [0.41, null, 1.2] },
    { label: 'OLS', colour: '#222', marker: 'square' as const, dash: '6,3', values: [0.1, 0.05, -0.02] },
  ];
  const options = {
    width: 680,
    xs: [0, 0.25, 0.5],
    xLabel: 'Insikt α',
    yLabel: 'Procentenheter',
    yDomain: null,
    reference: { value: 0, label: 'Inget systematiskt fel' },
    ariaDescription: 'Bias',
    formatX: format,
    formatY: format,
  };

  it('makes each point one mark with its estimator, the swept value as the table shows it and the value with its unit', () => {
    expect(marks(labSweepSvg(series, options)).map((m) => [m.tag, m.text, m.kind])).toEqual([
      ['circle', 'Naiv, Insikt α 0: 0.41 procentenheter', 'sample'],
      ['circle', 'Naiv, Insikt α 0.5: 1.20 procentenheter', 'sample'],
      ['circle', 'OLS, Insikt α 0: 0.10 procentenheter', 'sample'],
      ['circle', 'OLS, Insikt α 0.25: 0.05 procentenheter', 'sample'],
      ['circle', 'OLS, Insikt α 0.5: -0.02 procentenheter', 'sample'],
    ]);
  });

  it('says coverage in whole per cent on its fixed range, and puts a mark on every drawn marker', () => {
    const svg = labSweepSvg([{ ...series[0]!, values: [97, 93.33, null] }], { ...options, yDomain: [0, 100] as const, yLabel: 'Procent' });
    expect(marks(svg).map((m) => m.text)).toEqual(['Naiv, Insikt α 0: 97 procent', 'Naiv, Insikt α 0.25: 93 procent']);
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const hits = [...document.querySelectorAll('g.chart-explore-hit circle')];
    // The plotted markers (the legend's marker is the one more).
    const markers = [...document.querySelectorAll('circle[fill="#111"]')].slice(0, 2);
    expect(hits.map((h) => [h.getAttribute('cx'), h.getAttribute('cy')])).toEqual(markers.map((m) => [m.getAttribute('cx'), m.getAttribute('cy')]));
  });
});

describe('the lab’s gridlines', () => {
  it('are the ink made faint by opacity in every lab chart, and the halos #ffffff, so forced colours keep them faint and the labels clean', () => {
    const svgs = [
      labEstimatesSvg([{ label: 'Naiv', value: 4.7, low: 4.1, high: 5.3, text: '+4,70' }], { ...base, width: 680 }),
      labHistogramSvg([{ label: 'Naiv', colour: '#111', values: [1, 2, 3], emptyText: '' }], { ...base, width: 680 }),
      labSweepSvg([{ label: 'Naiv', colour: '#111', marker: 'circle', dash: '', values: [1, 2] }], {
        width: 680, xs: [0, 1], xLabel: 'x', yLabel: 'y', yDomain: null, reference: { value: 0, label: 'r' }, ariaDescription: 'a', formatX: format, formatY: format,
      }),
    ];
    for (const svg of svgs) {
      expect(svg).toContain('stroke="#1f2328" stroke-opacity="0.12"');
      expect(svg).not.toMatch(/stroke="#e3e6ea"/);
      // Text halos in white as #ffffff, which forced colours turn into the canvas colour.
      expect(svg).not.toMatch(/<text[^>]*stroke="white"/);
    }
  });
});
