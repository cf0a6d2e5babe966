// <bip-lab>: the simulation lab. The sample is generated and estimated in a Web Worker (the page stays
// responsive, with progress and cancel); the result table and chart are redrawn on the main thread.
import { LAB_SPEC } from '../../lib/lab/lab-spec';
import { tableBody } from '../table-body';
import type { LabTruths } from '../../lib/lab/lab-sample-params';
import { labView, type LabView } from '../../lib/lab/lab-view';
import { fillTemplate } from '../../lib/format/fill-template';
import { numberFormatter } from '../../lib/format/number-formatter';
import { labEstimatesSvg } from '../../lib/charts/lab-estimates-svg';
import { readToolState, toolDefaults, writeToolState, type ToolValues } from '../../lib/state/tool-state';
import { pageContext } from '../page-context';
import { copyLink, fillForm, markProblems, readForm } from '../calculators/tool-form';
import type { LabWorkerMessage } from './lab-worker';

class BipLab extends HTMLElement {
  private worker: Worker | null = null;
  private runId = 0;

  connectedCallback(): void {
    const { strings, locale } = pageContext();
    const { values, invalid } = readToolState(new URLSearchParams(location.search), LAB_SPEC);
    this.el('form').hidden = false;
    this.el('js-note').hidden = true;
    this.el('share').hidden = false;
    fillForm(this, LAB_SPEC, values, {}, locale);
    if (invalid.length > 0) {
      const notice = this.el('notice');
      notice.textContent = fillTemplate(strings.calculators.bad_state, { names: invalid.join(', ') });
      notice.hidden = false;
    }
    this.el('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.el('form').addEventListener('input', () => this.validate());
    this.el('cancel').addEventListener('click', () => this.cancel());
    this.el('copy').addEventListener('click', () => void copyLink(this.el('copy-status'), pageContext().strings));
    const defaults = toolDefaults(LAB_SPEC);
    // A shared link with other truths shows the same experiment: the runs are seeded, so it is reproduced.
    if (LAB_SPEC.fields.some((f) => values[f.name] !== defaults[f.name])) this.run(values);
  }

  private el<T extends HTMLElement = HTMLElement>(role: string): T {
    const element = this.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`<bip-lab> is missing [data-role="${role}"]`);
    return element;
  }

  /** Reads and marks the form; the values when all are valid, else null (the last result stays). */
  private validate(): ToolValues | null {
    const { strings, locale } = pageContext();
    const { values, problems } = readForm(this, LAB_SPEC, strings, locale);
    markProblems(this, LAB_SPEC, problems);
    const status = this.el('status');
    if (problems.size > 0) {
      status.textContent = strings.lab.kept;
      status.dataset.tone = 'error';
      return null;
    }
    if (status.dataset.tone === 'error') {
      status.textContent = '';
      status.dataset.tone = 'info';
    }
    return values;
  }

  private run(given?: ToolValues): void {
    const values = given ?? this.validate();
    if (!values) return;
    const strings = pageContext().strings.lab;
    const params = writeToolState(new URLSearchParams(location.search), LAB_SPEC, values);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.worker?.terminate();
    const id = ++this.runId;
    const worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    const progress = this.el<HTMLProgressElement>('progress-bar');
    progress.value = 0;
    this.el('progress').hidden = false;
    this.el('cancel').hidden = false;
    this.el<HTMLButtonElement>('run').disabled = true;
    this.el('result').setAttribute('aria-busy', 'true');
    this.el('status').dataset.tone = 'info';
    this.el('status').textContent = strings.running;
    worker.addEventListener('message', (event: MessageEvent<LabWorkerMessage>) => {
      const message = event.data;
      if (message.id !== id || id !== this.runId) return;
      if (message.type === 'progress') {
        progress.max = message.total;
        progress.value = message.index;
        this.el('progress-text').textContent = strings.stages[message.stage];
      } else if (message.type === 'result') {
        progress.value = progress.max;
        this.finish();
        this.dataset.runMs = message.ms.toFixed(1);
        this.show(labView(message.result, pageContext()));
      } else {
        this.finish();
        this.el('status').textContent = strings.failed;
        this.el('status').dataset.tone = 'error';
      }
    });
    worker.addEventListener('error', () => {
      if (id !== this.runId) return;
      this.finish();
      this.el('status').textContent = strings.failed;
      this.el('status').dataset.tone = 'error';
    });
    worker.postMessage({ id, truths: values as unknown as LabTruths });
  }

  private finish(): void {
    this.worker?.terminate();
    this.worker = null;
    this.el('progress').hidden = true;
    this.el('cancel').hidden = true;
    this.el<HTMLButtonElement>('run').disabled = false;
    this.el('result').removeAttribute('aria-busy');
  }

  private cancel(): void {
    this.runId++;
    this.finish();
    this.el('status').textContent = pageContext().strings.lab.cancelled;
    this.el<HTMLButtonElement>('run').focus();
  }

  private show(view: LabView): void {
    const strings = pageContext().strings.lab;
    this.el('heading').textContent = view.heading;
    const table = this.el<HTMLTableElement>('table');
    const body = tableBody(view.table.rows);
    table.tBodies[0]?.replaceWith(body);
    const notes = this.el('notes');
    notes.replaceChildren(
      ...view.notes.map((note) => {
        const p = document.createElement('p');
        p.className = 'calc__note';
        p.textContent = note;
        return p;
      }),
    );
    this.el('status').textContent = fillTemplate(strings.done, { summary: view.summary });
    this.dataset.state = 'done';
    const container = this.el('chart');
    const width = Math.round(container.closest('figure')?.clientWidth || 640);
    const format = numberFormatter(pageContext().locale);
    // Our own SVG string (text escaped in labEstimatesSvg), parsed as a document rather than innerHTML.
    const svgText = labEstimatesSvg(view.chart.rows, {
      width,
      truth: view.chart.truth,
      truthLabel: view.chart.truthLabel,
      xLabel: strings.x_label,
      ariaDescription: view.chart.alt,
      formatTick: (v, decimals) => format.decimal(v, decimals),
    });
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    container.replaceChildren(document.importNode(svg, true));
    this.el('chart-narrow').replaceChildren();
    this.dataset.chart = 'client';
  }
}

if (!customElements.get('bip-lab')) customElements.define('bip-lab', BipLab);
