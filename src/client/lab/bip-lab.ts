// <bip-lab>: the simulation lab. The sample is generated and estimated in a Web Worker (the page stays
// responsive, with progress and cancel); the result table and chart are redrawn on the main thread.
import { LAB_SPEC } from '../../lib/lab/lab-spec';
import type { LabTruths } from '../../lib/lab/lab-sample-params';
import { labResultHtml } from '../../lib/lab/lab-result-html';
import { labView, type LabView } from '../../lib/lab/lab-view';
import { fillTemplate } from '../../lib/format/fill-template';
import { differsFromDefaults, invalidStateNotice, readState, stateHref, type FieldValues } from '../../lib/state/url-state';
import { pageContext } from '../page-context';
import { copyLink, fillForm, markProblems, readForm, showNotice } from '../calculators/tool-form';
import type { LabWorkerMessage } from './lab-worker';

class BipLab extends HTMLElement {
  private worker: Worker | null = null;
  private runId = 0;

  connectedCallback(): void {
    const { strings, locale } = pageContext();
    const { values, invalid } = readState(new URLSearchParams(location.search), LAB_SPEC);
    this.el('form').hidden = false;
    this.el('js-note').hidden = true;
    this.el('share').hidden = false;
    fillForm(this, LAB_SPEC, values, {}, locale);
    showNotice(this.el('notice'), invalidStateNotice(invalid, strings.calculators.bad_state));
    this.el('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.el('form').addEventListener('input', () => this.validate());
    this.el('cancel').addEventListener('click', () => this.cancel());
    this.el('copy').addEventListener('click', () => void copyLink(this.el('copy-status'), pageContext().strings));
    // A shared link with other truths shows the same experiment: the runs are seeded, so it is reproduced.
    if (differsFromDefaults(LAB_SPEC, values)) this.run(values);
  }

  private el<T extends HTMLElement = HTMLElement>(role: string): T {
    const element = this.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`<bip-lab> is missing [data-role="${role}"]`);
    return element;
  }

  /** Reads and marks the form; the values when all are valid, else null (the last result stays). */
  private validate(): FieldValues | null {
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

  private run(given?: FieldValues): void {
    const values = given ?? this.validate();
    if (!values) return;
    const strings = pageContext().strings.lab;
    history.replaceState(history.state, '', stateHref(location, LAB_SPEC, values));
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

  /** Puts a result into the page: the one renderer's HTML, with the chart drawn for the width it really has. */
  private show(view: LabView): void {
    const context = pageContext();
    const width = Math.round(this.el('chart').closest('figure')?.clientWidth || 640);
    this.el('body').innerHTML = labResultHtml(view, context, { wide: width });
    this.el('status').textContent = fillTemplate(context.strings.lab.done, { summary: view.summary });
    this.dataset.state = 'done';
    this.dataset.chart = 'client';
  }
}

if (!customElements.get('bip-lab')) customElements.define('bip-lab', BipLab);
