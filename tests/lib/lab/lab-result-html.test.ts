import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { labChartSvg, labResultHtml } from '../../../src/lib/lab/lab-result-html';
import { labView, type LabView } from '../../../src/lib/lab/lab-view';
import type { LabResult } from '../../../src/lib/lab/run-lab-experiment';
import { HAND_MADE_LAB_RESULT } from '../../fixtures/lab-result';
import { figureContext } from '../../../src/i18n/figure-context';

const context = figureContext('sv');
const result: LabResult = HAND_MADE_LAB_RESULT;
const view: LabView = labView(result, context);

function body(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div data-role="body">${html}</div></body></html>`);
  return document.querySelector('[data-role="body"]')!;
}

describe('labResultHtml', () => {
  it('renders the badge, the truths, the captioned table with row headers and the notes in the page’s roles', () => {
    const root = body(labResultHtml(view, context, { wide: 680, narrow: 340 }));
    expect(root.querySelector('span.calc__kind[data-kind="sample"]')!.textContent).toBe(context.strings.lab.result_kind);
    expect(root.querySelector('p.calc__summary[data-role="heading"]')!.textContent).toBe(view.heading);
    const wrap = root.querySelector('div.calc__table-wrap[role="region"][tabindex="0"]')!;
    expect(wrap.getAttribute('aria-label')).toBe(context.strings.lab.table_region);
    const table = wrap.querySelector('table.data.calc__table[data-role="table"]')!;
    expect(table.querySelector('caption')!.textContent).toBe(context.strings.lab.table_caption);
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((e) => e.textContent)).toEqual(view.table.head);
    expect([...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent))).toEqual(view.table.rows);
    expect([...table.querySelectorAll('tbody tr > :first-child')].every((c) => c.tagName === 'TH' && c.getAttribute('scope') === 'row')).toBe(true);
    expect([...root.querySelectorAll('[data-role="notes"] > p.calc__note')].map((e) => e.textContent)).toEqual(view.notes);
    expect(root.querySelector('figure.calc__chart-figure > figcaption')!.textContent).toBe(view.chart.caption);
  });

  it('embeds exactly the chart SVGs of labChartSvg: two widths at build time, one in the browser', () => {
    const built = labResultHtml(view, context, { wide: 680, narrow: 340 });
    expect(built).toContain(`<div class="calc__chart calc__chart--wide" data-role="chart">${labChartSvg(view, context, 680)}</div>`);
    expect(built).toContain(`<div class="calc__chart calc__chart--narrow" data-role="chart-narrow">${labChartSvg(view, context, 340)}</div>`);
    const browser = labResultHtml(view, context, { wide: 512 });
    expect(browser).toContain(`data-role="chart">${labChartSvg(view, context, 512)}</div>`);
    expect(browser).toContain('<div class="calc__chart calc__chart--narrow" data-role="chart-narrow"></div>');
  });

  it('escapes the texts it is given', () => {
    const hostile = { ...view, heading: '<b>β</b> & co', notes: ['<script>x</script>'] };
    const html = labResultHtml(hostile, context, { wide: 600 });
    expect(html).toContain('&lt;b&gt;β&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<script>');
  });
});
