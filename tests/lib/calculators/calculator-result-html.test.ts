import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { calculatorResultHtml } from '../../../src/lib/calculators/calculator-result-html';
import type { CalculatorView } from '../../../src/lib/calculators/calculator-view';
import type { CalculatorSampleFigures } from '../../../src/lib/calculators/calculator-sample-figures';
import { caseworkerChangeView } from '../../../src/lib/calculators/caseworker-change-view';
import { CHANGE_SPEC } from '../../../src/lib/calculators/calculator-specs';
import { stateDefaults } from '../../../src/lib/state/url-state';
import { figureContext } from '../../../src/i18n/figure-context';

const context = figureContext('sv');
// A hand-made stand-in for the sample's figures (the change calculator reads them only from an answer).
const sample: CalculatorSampleFigures = {
  stepEffect: { job: { value: 1.4, low: 0.6, high: 2.2 }, job_or_edu: { value: 3.2, low: 2, high: 4.4 } },
  orientation: { low: 5, high: 7.5 },
  jobOrEduByBelief: [1.5, 5.5, 9.9, 17, 34.8].map((rate) => ({ rate, n: 1000 })),
  rows: 13500,
};
const clean = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The renderer's HTML as a DOM, to query like the page. */
function body(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div data-role="body">${html}</div></body></html>`);
  return document.querySelector('[data-role="body"]')!;
}

const rowsView: CalculatorView = {
  kind: 'typed',
  summary: 'Från 6 % till <8 %> & "mer"',
  rows: [
    { label: 'Ny andel', value: '8,0 %', detail: '95 %-intervall: 7 % till 9 %' },
    { label: 'Fler i jobb', value: '+8 av 400 personer' },
  ],
  table: null,
  notes: ['En <not>'],
  sources: ['Källa A', 'Källa B'],
  display: {},
  labels: {},
  chart: null,
};

describe('calculatorResultHtml', () => {
  it('renders badge, summary, rows with values and details, notes and sources in the page’s classes and roles', () => {
    const root = body(calculatorResultHtml(rowsView, context.strings, 'Ett steg upp'));
    const kind = root.querySelector('[data-role="kind"]')!;
    expect(kind.getAttribute('data-kind')).toBe('typed');
    expect(kind.className).toBe('calc__kind');
    expect(kind.textContent).toBe(context.strings.calculators.result_kind.typed);
    expect(root.querySelector('p.calc__summary[data-role="summary"]')!.textContent).toBe(rowsView.summary);
    expect([...root.querySelectorAll('dl.calc__rows > div > dt')].map((e) => e.textContent)).toEqual(['Ny andel', 'Fler i jobb']);
    expect([...root.querySelectorAll('.calc__value')].map((e) => e.textContent)).toEqual(['8,0 %', '+8 av 400 personer']);
    expect([...root.querySelectorAll('.calc__detail')].map((e) => e.textContent)).toEqual(['95 %-intervall: 7 % till 9 %']);
    expect([...root.querySelectorAll('p.calc__note')].map((e) => e.textContent)).toEqual(['En <not>']);
    expect([...root.querySelectorAll('p.calc__source')].map((e) => e.textContent)).toEqual(['Källa A', 'Källa B']);
    expect(root.querySelector('table')).toBeNull();
  });

  it('escapes every text, so a view’s strings never become markup', () => {
    const html = calculatorResultHtml(rowsView, context.strings, 'x');
    expect(html).toContain('Från 6 % till &lt;8 %&gt; &amp; &quot;mer&quot;');
    expect(html).not.toContain('<not>');
  });

  it('renders a table result in a labelled, focusable scrolling region with row headers', () => {
    const view = caseworkerChangeView(stateDefaults(CHANGE_SPEC), sample, context);
    const root = body(calculatorResultHtml(view, context.strings, 'Byten av handläggare'));
    const wrap = root.querySelector('div.calc__table-wrap')!;
    expect(wrap.getAttribute('tabindex')).toBe('0');
    expect(wrap.getAttribute('role')).toBe('region');
    expect(wrap.getAttribute('aria-label')).toBe('Tabell: Byten av handläggare (går att rulla i sidled)');
    expect(wrap.querySelector('table')!.className).toBe('data calc__table');
    expect([...root.querySelectorAll('thead th')].map((e) => [e.getAttribute('scope'), e.textContent])).toEqual(view.table!.head.map((h) => ['col', h]));
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual(view.table!.rows);
    expect(rows.map((r) => `${r.children[0]!.tagName}/${r.children[0]!.getAttribute('scope')}/${r.children[1]!.tagName}`)).toEqual(['TH/row/TD', 'TH/row/TD']);
    expect(clean(rows[0]!.textContent)).toContain('4,7 %');
    expect(root.querySelector('dl')).toBeNull();
  });
});
