// <bip-lab>: the simulation lab. Samples are generated and estimated in Web Workers (the page stays
// responsive, with progress and cancel): one experiment in one worker, repeated runs and sweeps shared
// by a few workers, one message per finished run. Results are drawn on the main thread by the pure
// renderers of src/lib/lab (hand-written SVG strings: well under a millisecond, see npm run bench).
import { fillTemplate } from '../../lib/format/fill-template';
import { numberFormatter } from '../../lib/format/number-formatter';
import { labRunsCsv, labSampleMetadata } from '../../lib/lab/lab-csv';
import { MAX_RUNS, replicationJobs, summariseRuns, sweepJobs, sweepValues, type LabJob } from '../../lib/lab/lab-replication';
import { labReplicationHtml } from '../../lib/lab/lab-replication-html';
import { labReplicationView } from '../../lib/lab/lab-replication-view';
import { labResultHtml } from '../../lib/lab/lab-result-html';
import { LAB_SPEC, LAB_TRUTH_FIELDS, labSweepOf, labTruthsOf, type LabRunView } from '../../lib/lab/lab-spec';
import { labSweepHtml } from '../../lib/lab/lab-sweep-html';
import { labSweepView } from '../../lib/lab/lab-sweep-view';
import { labWarningsHtml, type LabDownload } from '../../lib/lab/lab-table-html';
import { labSizeWarningTexts, labView } from '../../lib/lab/lab-view';
import type { LabResult } from '../../lib/lab/run-lab-experiment';
import { invalidStateNotice, readState, stateHref, type FieldValues } from '../../lib/state/url-state';
import { CHUNK_DEADLINE_MS, ChunkError, chunkFailed } from '../load-chunk';
import { pageContext } from '../page-context';
import { LiveStatus } from '../calculators/live-status';
import { copyLink, fillForm, markProblems, readForm, showNotice } from '../calculators/tool-form';
import type { LabWorkerMessage, LabWorkerRequest } from './lab-worker';

/** The fields each way of running reads besides the truths and size (a problem elsewhere does not stop it). */
const RUN_FIELDS: Readonly<Record<LabRunView, (values: FieldValues) => string[]>> = {
  single: () => [],
  repeat: () => ['runs'],
  sweep: (values) => ['sweep', `${String(values.sweep)}_from`, `${String(values.sweep)}_to`, 'sweep_points', 'sweep_runs'],
};

/** The buttons that start a run, by the kind of run; each is disabled while a run goes. */
const RUN_BUTTONS: Readonly<Record<LabRunView, string>> = { single: 'run', repeat: 'run-repeat', sweep: 'run-sweep' };

/** Workers for a batch: one per spare core, at most four (each holds its own copy of the estimators). */
function poolSize(jobs: number): number {
  const cores = typeof navigator.hardwareConcurrency === 'number' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores - 1, jobs));
}

/** A run in progress: what it is, how far it has come, and how to end its promise. */
interface ActiveRun {
  id: number;
  kind: LabRunView;
  done: number;
  total: number;
  /** The values it runs with (to write into the URL when it completes, or to run again). */
  values: FieldValues;
  resolve: () => void;
}

class BipLab extends HTMLElement {
  private workers: Worker[] = [];
  private runId = 0;
  private active: ActiveRun | null = null;
  /** The blob: URLs of each result's downloads, revoked when the result is replaced. */
  private urls: Record<LabRunView, string[]> = { single: [], repeat: [], sweep: [] };
  /** The status region: typing problems are said once the reader pauses; run events at once, never twice. */
  private status!: LiveStatus;
  /**
   * The values the URL, the form and "Copy link" describe: the last completed run's (or the page's as
   * loaded). A run writes them only when it completes; a cancelled or failed one puts them back.
   */
  private committed!: FieldValues;

  connectedCallback(): void {
    const { strings, locale } = pageContext();
    const { values, invalid } = readState(new URLSearchParams(location.search), LAB_SPEC);
    this.committed = values;
    this.status = new LiveStatus(this.el('status'));
    this.el('form').hidden = false;
    this.el('js-note').hidden = true;
    this.el('share').hidden = false;
    fillForm(this, LAB_SPEC, values, {}, locale);
    this.showSweepRange(String(values.sweep));
    this.showSizeWarnings(values);
    showNotice(this.el('notice'), invalidStateNotice(invalid, strings.calculators.bad_state));
    this.el('form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run('single');
    });
    this.el('run-repeat').addEventListener('click', () => void this.run('repeat'));
    this.el('run-sweep').addEventListener('click', () => void this.run('sweep'));
    this.el('form').addEventListener('input', () => this.validate(null));
    this.el('form').addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === `${LAB_SPEC.id}.sweep`) this.showSweepRange(target.value);
    });
    this.el('cancel').addEventListener('click', () => this.cancel());
    this.el('copy').addEventListener('click', () => void copyLink(this.el('copy-status'), pageContext().strings));
    void this.restore(values);
  }

  /**
   * A shared link shows what it describes: the runs are seeded, so the experiment is reproduced when
   * its truths differ from the build's, and then the repeated runs or the sweep it names.
   */
  private async restore(values: FieldValues): Promise<void> {
    const truthsDiffer = LAB_SPEC.fields.some((f) => LAB_TRUTH_FIELDS.includes(f.name) && values[f.name] !== f.defaultValue);
    const before = this.runId;
    if (truthsDiffer) await this.run('single', values);
    // Unless the reader has started a run of their own meanwhile.
    if (this.runId !== before + (truthsDiffer ? 1 : 0)) return;
    if (values.view === 'repeat' || values.view === 'sweep') await this.run(values.view, values);
  }

  private el<T extends HTMLElement = HTMLElement>(role: string): T {
    const element = this.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`<bip-lab> is missing [data-role="${role}"]`);
    return element;
  }

  /** Shows the from/to fields of the parameter being swept, and hides the others. */
  private showSweepRange(param: string): void {
    for (const range of this.querySelectorAll<HTMLElement>('[data-sweep-range]')) range.hidden = range.dataset.sweepRange !== param;
  }

  /** The size warnings for the values in the form (more caseworkers than persons, too few clients each). */
  private showSizeWarnings(values: FieldValues): void {
    this.el('size-warnings').innerHTML = labWarningsHtml(labSizeWarningTexts(labTruthsOf(values), pageContext()));
  }

  /**
   * Reads and marks the form; the values when every field `kind` uses is valid, else null (the last
   * result stays). `kind` null checks every field, as the reader types.
   */
  private validate(kind: LabRunView | null): FieldValues | null {
    const { strings, locale } = pageContext();
    const { values, problems } = readForm(this, LAB_SPEC, strings, locale);
    for (const name of LAB_SPEC.crossCheck?.(values) ?? []) {
      const points = Number(values.sweep_points);
      const runs = Number(values.sweep_runs);
      const count = numberFormatter(locale).count;
      problems.set(name, fillTemplate(strings.lab.too_many_runs, { max: count(MAX_RUNS), points: count(points), runs: count(runs), total: count(points * runs) }));
    }
    markProblems(this, LAB_SPEC, problems);
    if (!problems.has('persons') && !problems.has('caseworkers')) this.showSizeWarnings(values);
    const used = kind ? [...LAB_TRUTH_FIELDS, ...RUN_FIELDS[kind](values)] : [...problems.keys()];
    if (used.some((name) => problems.has(name))) {
      // As the reader types: once they pause. When they press a run button: at once.
      if (kind) this.status.now(strings.lab.kept, 'error');
      else this.status.later(strings.lab.kept, 'error');
      return null;
    }
    if (this.status.tone === 'error') this.status.clear();
    else this.status.cancel();
    return values;
  }

  /** Runs one experiment, the repeated runs or the sweep; resolves when it is done, cancelled or failed. */
  private run(kind: LabRunView, given?: FieldValues): Promise<void> {
    const values = given ?? this.validate(kind);
    if (!values) return Promise.resolve();
    // A run of given values (a link's, a retry's) shows them in the form, which describes the run.
    if (given) this.showValues(given);
    this.stop();
    const id = ++this.runId;
    const truths = labTruthsOf(values);
    const jobs = kind === 'repeat' ? replicationJobs(truths, Number(values.runs)) : kind === 'sweep' ? sweepJobs(truths, labSweepOf(values)) : [];
    const total = kind === 'single' ? 6 : jobs.length;
    this.begin(kind, total);
    return new Promise<void>((resolve) => {
      this.active = { id, kind, done: 0, total, values, resolve };
      if (kind === 'single') this.runSingle(id, values);
      else this.runBatch(id, kind, values, jobs);
    });
  }

  /**
   * Starts a worker for a run. Its code is a build file like any chunk: until the worker says it is ready,
   * an error means the file did not load (gone after a deploy) and silence past the deadline a stalled
   * network; both keep the last result and say so, like a chunk that fails (load-chunk.ts).
   */
  private startWorker(id: number, request: LabWorkerRequest, onMessage: (message: LabWorkerMessage) => void): void {
    const worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    this.workers.push(worker);
    let ready = false;
    const deadline = setTimeout(() => {
      if (id === this.runId) this.fail(new ChunkError('slow'));
    }, CHUNK_DEADLINE_MS);
    worker.addEventListener('message', (event: MessageEvent<LabWorkerMessage>) => {
      if (event.data.type === 'ready') {
        ready = true;
        clearTimeout(deadline);
        return;
      }
      if (event.data.id !== id || id !== this.runId) return;
      if (event.data.type === 'error') this.fail();
      else onMessage(event.data);
    });
    worker.addEventListener('error', () => {
      clearTimeout(deadline);
      if (id === this.runId) this.fail(ready ? undefined : new ChunkError(navigator.onLine === false ? 'slow' : 'missing'));
    });
    worker.postMessage(request);
  }

  private runSingle(id: number, values: FieldValues): void {
    const strings = pageContext().strings.lab;
    this.startWorker(id, { id, kind: 'single', truths: labTruthsOf(values) }, (message) => {
      if (message.type === 'progress') {
        this.progress(message.index, message.total, strings.stages[message.stage]);
      } else if (message.type === 'result') {
        this.end();
        this.commit(values, 'single');
        this.dataset.runMs = message.ms.toFixed(1);
        this.showSingle(message.result, message.csv);
      }
    });
  }

  private runBatch(id: number, kind: 'repeat' | 'sweep', values: FieldValues, jobs: LabJob[]): void {
    const { strings: all, locale } = pageContext();
    const strings = all.lab;
    const count = numberFormatter(locale).count;
    const results: LabResult[] = new Array(jobs.length);
    const size = poolSize(jobs.length);
    const t0 = performance.now();
    this.progress(0, jobs.length, fillTemplate(strings.progress_runs, { done: count(0), runs: count(jobs.length) }));
    for (let w = 0; w < size; w++) {
      // Round robin: runs cost about the same, so every worker finishes at about the same time.
      const share = jobs.flatMap((job, index) => (index % size === w ? [{ index, truths: job.truths }] : []));
      this.startWorker(id, { id, kind: 'batch', jobs: share }, (message) => {
        if (message.type !== 'run' || !this.active) return;
        results[message.index] = message.result;
        const done = ++this.active.done;
        this.progress(done, jobs.length, fillTemplate(strings.progress_runs, { done: count(done), runs: count(jobs.length) }));
        if (done < jobs.length) return;
        this.end();
        this.commit(values, kind);
        this.dataset.batchMs = (performance.now() - t0).toFixed(0);
        if (kind === 'repeat') this.showRepeat(values, jobs, results);
        else this.showSweep(values, jobs, results);
      });
    }
  }

  /** Shows progress: the bar, and the stage or run in words. */
  private progress(value: number, max: number, text: string): void {
    const bar = this.el<HTMLProgressElement>('progress-bar');
    bar.max = max;
    bar.value = value;
    this.el('progress-text').textContent = text;
  }

  private section(kind: LabRunView): HTMLElement {
    return this.el(kind === 'single' ? 'result' : `${kind}-result`);
  }

  private begin(kind: LabRunView, total: number): void {
    this.progress(0, total, '');
    this.el('progress').hidden = false;
    const cancel = this.el<HTMLButtonElement>('cancel');
    cancel.hidden = false;
    // A button that disables itself would drop focus to <body>: the reader who pressed it goes on at Cancel.
    const focused = document.activeElement;
    const runButtons = Object.values(RUN_BUTTONS).map((role) => this.el<HTMLButtonElement>(role));
    for (const button of runButtons) button.disabled = true;
    if (focused instanceof HTMLButtonElement && runButtons.includes(focused)) cancel.focus();
    this.section(kind).setAttribute('aria-busy', 'true');
    this.status.now(pageContext().strings.lab.running, 'info');
    this.dataset.running = kind;
  }

  /** Ends the run in progress (done, cancelled or failed): workers stopped, controls back, its promise resolved. */
  private end(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    this.el('progress').hidden = true;
    const cancel = this.el<HTMLButtonElement>('cancel');
    const cancelHadFocus = document.activeElement === cancel;
    for (const role of Object.values(RUN_BUTTONS)) this.el<HTMLButtonElement>(role).disabled = false;
    // Hiding Cancel while it has focus would drop focus to <body>: back to the button that started the run.
    if (cancelHadFocus) this.el(RUN_BUTTONS[this.active?.kind ?? 'single']).focus();
    cancel.hidden = true;
    for (const kind of ['single', 'repeat', 'sweep'] as const) this.section(kind).removeAttribute('aria-busy');
    delete this.dataset.running;
    const active = this.active;
    this.active = null;
    active?.resolve();
  }

  /** Stops a run that is still going (a new run replaces it), without a message. */
  private stop(): void {
    if (!this.active) return;
    this.runId++;
    this.end();
  }

  /** A run completed: the URL, and so "Copy link", now describe it. */
  private commit(values: FieldValues, kind: LabRunView): void {
    this.committed = { ...values, view: kind };
    history.replaceState(history.state, '', stateHref(location, LAB_SPEC, this.committed));
  }

  /** Puts values into the form, as valid (they are: they come from the URL or a run). */
  private showValues(values: FieldValues): void {
    fillForm(this, LAB_SPEC, values, {}, pageContext().locale);
    markProblems(this, LAB_SPEC, new Map());
    this.showSweepRange(String(values.sweep));
    this.showSizeWarnings(values);
  }

  /** After a run that did not complete: the form and the URL describe the result shown again. */
  private uncommit(): void {
    this.showValues(this.committed);
    history.replaceState(history.state, '', stateHref(location, LAB_SPEC, this.committed));
  }

  /** A run failed: its worker's code did not arrive (`chunk`, with the notice to reload or retry), or it broke. */
  private fail(chunk?: ChunkError): void {
    const active = this.active;
    this.runId++;
    this.end();
    this.uncommit();
    if (chunk && active) {
      const again = active.values;
      this.status.now(chunkFailed(chunk, () => void this.run(active.kind, again)), 'error');
    } else {
      this.status.now(pageContext().strings.lab.failed, 'error');
    }
  }

  private cancel(): void {
    const active = this.active;
    if (!active) return;
    const strings = pageContext().strings.lab;
    this.runId++;
    this.end();
    this.uncommit();
    const count = numberFormatter(pageContext().locale).count;
    const counts = { done: count(active.done), runs: count(active.total) };
    this.status.now(
      active.kind === 'single' ? strings.cancelled : fillTemplate(active.kind === 'repeat' ? strings.repeat.cancelled : strings.sweep.cancelled, counts),
      'info',
    );
    this.el<HTMLButtonElement>(RUN_BUTTONS[active.kind]).focus();
  }

  /** Blob URLs for a result's downloads, the previous result's revoked. */
  private downloads(kind: LabRunView, files: { text: string; type: string; filename: string; label: string }[]): LabDownload[] {
    for (const url of this.urls[kind]) URL.revokeObjectURL(url);
    const links = files.map((f) => ({ href: URL.createObjectURL(new Blob([f.text], { type: f.type })), filename: f.filename, label: f.label }));
    this.urls[kind] = links.map((l) => l.href);
    return links;
  }

  /** The width a result's chart has on the page (the single result's section is always shown). */
  private chartWidth(): number {
    return Math.round(this.el('result').clientWidth || 640);
  }

  /** Puts an experiment into the page: the one renderer's HTML, with the chart drawn for the width it really has. */
  private showSingle(result: LabResult, csv: string): void {
    const context = pageContext();
    const t = context.strings.lab;
    const view = labView(result, context);
    const name = fillTemplate(t.downloads.file_sample, { seed: String(result.truths.seed) });
    const links = this.downloads('single', [
      { text: csv, type: 'text/csv;charset=utf-8', filename: `${name}.csv`, label: fillTemplate(t.downloads.sample_csv, { rows: numberFormatter(context.locale).count(result.rows) }) },
      { text: labSampleMetadata(result, { description: t.downloads.meta_description }), type: 'application/json', filename: `${name}.json`, label: t.downloads.metadata },
    ]);
    const width = Math.round(this.el('chart').closest('figure')?.clientWidth || 640);
    this.el('body').innerHTML = labResultHtml(view, context, { wide: width }, links);
    this.status.now(fillTemplate(t.done, { summary: view.summary }), 'info');
    this.dataset.state = 'done';
    this.dataset.chart = 'client';
  }

  private showRepeat(values: FieldValues, jobs: LabJob[], results: LabResult[]): void {
    const context = pageContext();
    const t = context.strings.lab;
    const truths = labTruthsOf(values);
    const view = labReplicationView(summariseRuns(results), truths, context);
    const name = fillTemplate(t.downloads.file_runs, { first: String(truths.seed), last: String(truths.seed + results.length - 1) });
    const links = this.downloads('repeat', [
      { text: labRunsCsv(jobs, results, null), type: 'text/csv;charset=utf-8', filename: `${name}.csv`, label: fillTemplate(t.downloads.runs_csv, { runs: numberFormatter(context.locale).count(results.length) }) },
    ]);
    this.section('repeat').hidden = false;
    this.el('repeat-body').innerHTML = labReplicationHtml(view, context, this.chartWidth(), links);
    this.status.now(fillTemplate(t.done, { summary: view.summary }), 'info');
    this.dataset.repeat = 'done';
  }

  private showSweep(values: FieldValues, jobs: LabJob[], results: LabResult[]): void {
    const context = pageContext();
    const t = context.strings.lab;
    const truths = labTruthsOf(values);
    const sweep = labSweepOf(values);
    const points = sweepValues(sweep).map((value, point) => ({ value, summary: summariseRuns(results.filter((_, i) => jobs[i]!.point === point)) }));
    const view = labSweepView(points, sweep, truths, context);
    const name = fillTemplate(t.downloads.file_sweep, { param: sweep.param, first: String(truths.seed), last: String(truths.seed + sweep.runs - 1) });
    const links = this.downloads('sweep', [
      { text: labRunsCsv(jobs, results, sweep.param), type: 'text/csv;charset=utf-8', filename: `${name}.csv`, label: fillTemplate(t.downloads.runs_csv, { runs: numberFormatter(context.locale).count(results.length) }) },
    ]);
    this.section('sweep').hidden = false;
    this.el('sweep-body').innerHTML = labSweepHtml(view, context, this.chartWidth(), links);
    this.status.now(fillTemplate(t.done, { summary: view.summary }), 'info');
    this.dataset.sweep = 'done';
  }
}

if (!customElements.get('bip-lab')) customElements.define('bip-lab', BipLab);
