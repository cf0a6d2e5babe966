// <bip-calculator>: makes a pre-rendered calculator interactive. Page-load cost: the calculations,
// number parsing and URL state (small); Plot is imported on the first change that needs a chart.
// Its link (copy button and share panel) holds only this calculator's values and its #kalkylator-<tool>
// anchor; a page opened at that anchor is scrolled back to it once the forms are shown.
import type { CalculatorSampleFigures } from '../../lib/calculators/calculator-sample-figures';
import { calculatorResultHtml } from '../../lib/calculators/calculator-result-html';
import { calculatorShareHtml } from '../../lib/calculators/calculator-share-html';
import { calculatorAnchor, calculatorEmbedUrl, calculatorUrl, type CalculatorPlace } from '../../lib/calculators/calculator-urls';
import type { CalculatorView } from '../../lib/calculators/calculator-view';
import { fillTemplate } from '../../lib/format/fill-template';
import { differsFromDefaults, invalidStateNotice, readState, stateHref, type FieldValues } from '../../lib/state/url-state';
import { pageContext } from '../page-context';
import { ChunkError, chunkFailed, loadChunk } from '../load-chunk';
import { CALCULATOR_TOOLS, type CalculatorTool } from './calculator-tools';
import { LiveStatus } from './live-status';
import { showCopyButtons, today, wireCopyButtons } from '../share-tools';
import { copyLink, fillForm, markProblems, readForm, showNotice } from './tool-form';

class BipCalculator extends HTMLElement {
  private tool!: CalculatorTool;
  private sample!: CalculatorSampleFigures;
  private chartRequest = 0;
  /** The status region: one calm announcement per settled change (typing and radios both fire events). */
  private status!: LiveStatus;
  /** The values shown (the last valid ones): what the links and the citation name. */
  private values!: FieldValues;
  private view!: CalculatorView;
  /** What the share panel was last written for: a change event after the input events changes nothing. */
  private shareFor = '';

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
    this.el('copy-row').hidden = false;
    const view = tool.view(values, this.sample, pageContext());
    this.values = values;
    this.view = view;
    fillForm(this, tool.spec, values, view.display, locale);
    showNotice(this.el('notice'), invalidStateNotice(invalid, strings.calculators.bad_state));
    if (differsFromDefaults(tool.spec, values)) this.show(view);
    this.el('form').addEventListener('input', (event) => this.onInput(event));
    this.el('form').addEventListener('change', (event) => this.onInput(event));
    this.el('form').addEventListener('submit', (event) => event.preventDefault());
    this.el('copy').addEventListener('click', () => void copyLink(this.el('copy-status'), pageContext().strings, this.link()));
    this.updateShare();
    wireCopyButtons(this, { copied: strings.figure.share_copied, failed: strings.figure.share_copy_failed });
    // A link to this calculator lands here: the forms above it have just been shown, so scroll again.
    if (location.hash === `#${calculatorAnchor(tool.spec.id)}`) requestAnimationFrame(() => this.querySelector('section.calc')?.scrollIntoView());
  }

  private place(): CalculatorPlace {
    return { origin: location.origin, lang: document.documentElement.lang };
  }

  /** The link to this calculator as shown: the calculators page, only this calculator's values, its anchor. */
  private link(): string {
    return calculatorUrl(this.place(), this.tool.spec, this.values);
  }

  /** Writes the share panel (and the embed page's link) for the values shown, with this page's address and today's date. */
  private updateShare(): void {
    const embedUrl = calculatorEmbedUrl(this.place(), this.tool.spec, this.values);
    const embedLink = this.querySelector<HTMLAnchorElement>('[data-role="embed-link"]');
    if (embedLink) embedLink.href = embedUrl;
    const panel = this.querySelector<HTMLDetailsElement>('details[data-role="share"]');
    if (!panel) return; // the embed page has none
    // Rewriting the panel under a click would swallow it (typing, then clicking its summary fires a change
    // event between mousedown and mouseup), so write it only when what it names has changed.
    const shareFor = `${embedUrl} ${this.view.kind}`;
    if (shareFor === this.shareFor) return;
    this.shareFor = shareFor;
    const focused = panel.contains(document.activeElement) ? document.activeElement?.id ?? '' : '';
    panel.outerHTML = calculatorShareHtml(
      {
        tool: this.tool.spec.id,
        title: this.querySelector('section.calc')?.getAttribute('aria-label') ?? '',
        view: this.view,
        info: { url: this.link(), version: this.dataset.version ?? '', built: this.dataset.built ?? today(), accessed: today() },
        embedUrl,
        open: panel.open,
      },
      pageContext(),
    );
    showCopyButtons(this);
    if (focused) document.getElementById(focused)?.focus();
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
    // The address names the calculator last changed, so a link copied from the address bar lands on it too.
    const href = stateHref(location, spec, values).replace(/#.*$/, '');
    history.replaceState(history.state, '', `${href}#${calculatorAnchor(spec.id)}`);
    const view = this.tool.view(values, this.sample, context);
    this.values = values;
    this.view = view;
    // Unused inputs show the value in use (e.g. 10 % after switching outcome); never the one being typed in.
    fillForm(this, spec, values, view.display, context.locale, target);
    this.show(view);
    this.updateShare();
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
    let renderCalculatorChart: typeof import('./render-calculator-chart').renderCalculatorChart;
    try {
      ({ renderCalculatorChart } = await loadChunk(() => import('./render-calculator-chart')));
    } catch (error) {
      // The chart's code is gone after a deploy or stalls: the numbers stay, the old chart stays, the page offers reload / try again.
      if (request === this.chartRequest && error instanceof ChunkError) this.status.now(chunkFailed(error, () => void this.drawChart(chart)), 'error');
      return;
    }
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
