// <bip-calculator>: makes a pre-rendered calculator interactive. Page-load cost: the calculations,
// number parsing and URL state (small); Plot is imported on the first change that needs a chart.
import type { CalculatorSampleFigures } from '../../lib/calculators/calculator-sample-figures';
import { calculatorResultHtml } from '../../lib/calculators/calculator-result-html';
import type { CalculatorView } from '../../lib/calculators/calculator-view';
import { fillTemplate } from '../../lib/format/fill-template';
import { differsFromDefaults, invalidStateNotice, readState, stateHref } from '../../lib/state/url-state';
import { pageContext } from '../page-context';
import { CALCULATOR_TOOLS, type CalculatorTool } from './calculator-tools';
import { LiveStatus } from './live-status';
import { copyLink, fillForm, markProblems, readForm, showNotice } from './tool-form';

class BipCalculator extends HTMLElement {
  private tool!: CalculatorTool;
  private sample!: CalculatorSampleFigures;
  private chartRequest = 0;
  /** The status region: one calm announcement per settled change (typing and radios both fire events). */
  private status!: LiveStatus;

  connectedCallback(): void {
    const tool = CALCULATOR_TOOLS[this.dataset.tool ?? ''];
    if (!tool) return;
    this.tool = tool;
    this.sample = JSON.parse(this.dataset.sample ?? 'null') as CalculatorSampleFigures;
    this.status = new LiveStatus(this.el('status'));
    const { strings, locale } = pageContext();
    const { values, invalid } = readState(new URLSearchParams(location.search), tool.spec);
    this.el('form').hidden = false;
    this.el('js-note').hidden = true;
    this.el('share').hidden = false;
    const view = tool.view(values, this.sample, pageContext());
    fillForm(this, tool.spec, values, view.display, locale);
    showNotice(this.el('notice'), invalidStateNotice(invalid, strings.calculators.bad_state));
    if (differsFromDefaults(tool.spec, values)) this.show(view);
    this.el('form').addEventListener('input', (event) => this.onInput(event));
    this.el('form').addEventListener('change', (event) => this.onInput(event));
    this.el('form').addEventListener('submit', (event) => event.preventDefault());
    this.el('copy').addEventListener('click', () => void copyLink(this.el('copy-status'), pageContext().strings));
  }

  private el<T extends HTMLElement = HTMLElement>(role: string): T {
    const element = this.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`<bip-calculator> is missing [data-role="${role}"]`);
    return element;
  }

  private onInput(event: Event): void {
    const context = pageContext();
    const { spec } = this.tool;
    const target = event.target as HTMLInputElement | null;
    // Typing a number of one's own chooses "own value" for that field.
    const field = spec.fields.find((f) => target && target.type !== 'radio' && target.name === `${spec.id}.${f.name}`);
    if (field?.kind === 'number' && field.when) {
      const radio = this.querySelector<HTMLInputElement>(`input[type="radio"][name="${spec.id}.${field.when.field}"][value="${field.when.value}"]`);
      if (radio && !radio.checked && event.type === 'input') radio.checked = true;
    }
    const { values, problems } = readForm(this, spec, context.strings, context.locale);
    for (const name of spec.crossCheck?.(values) ?? []) {
      if (name === 'steps') {
        const start = Number(values.start);
        problems.set(name, fillTemplate(context.strings.calculators.problems['off-scale'], {
          start: context.strings.belief_levels[start - 1] ?? String(start),
          max: String(5 - start),
        }));
      }
    }
    markProblems(this, spec, problems);
    if (problems.size > 0) {
      this.status.later(context.strings.calculators.kept, 'error');
      return; // the last valid result stays
    }
    history.replaceState(history.state, '', stateHref(location, spec, values));
    const view = this.tool.view(values, this.sample, context);
    // Unused inputs show the value in use (e.g. 10 % after switching outcome); never the one being typed in.
    fillForm(this, spec, values, view.display, context.locale, target);
    this.show(view);
    // The result on the page follows every keystroke; the announcement waits until the reader pauses.
    this.status.later(view.summary, 'info');
  }

  /** Puts a result into the page: the body from the one renderer, the value-dependent labels, and the chart (Plot loaded lazily). */
  private show(view: CalculatorView): void {
    const title = this.querySelector('section.calc')?.getAttribute('aria-label') ?? '';
    this.el('body').innerHTML = calculatorResultHtml(view, pageContext().strings, title);
    for (const [key, label] of Object.entries(view.labels)) {
      const element = this.querySelector(`[data-label="${key}"]`);
      if (element) element.textContent = label;
    }
    this.dataset.state = 'computed';
    if (view.chart) void this.drawChart(view.chart);
  }

  private async drawChart(chart: NonNullable<CalculatorView['chart']>): Promise<void> {
    const request = ++this.chartRequest;
    const { renderCalculatorChart } = await import('./render-calculator-chart');
    if (request !== this.chartRequest) return;
    const container = this.el('chart');
    const width = container.closest('figure')?.clientWidth ?? 0;
    const svg = renderCalculatorChart(chart, pageContext().strings, Math.round(width || 640), pageContext().locale);
    container.replaceChildren(svg);
    this.el('chart-narrow').replaceChildren();
    this.el('chart-caption').textContent = chart.caption;
    this.el('chart-note').textContent = chart.referenceNote ?? '';
    this.dataset.chart = 'client';
  }
}

if (!customElements.get('bip-calculator')) customElements.define('bip-calculator', BipCalculator);
