// <bip-figure>: makes a pre-rendered figure interactive. Page-load cost is this file only; the chart
// code and the renderer are imported on the first change. It reads the view, swaps in the chart and the
// parts the build's renderer writes (src/lib/figures/figure-html.ts), and wires the controls and downloads.
import { defaultView, type FigureControl, type FigureModel, type FigureView } from '../lib/figures/figure-model';
import { fillTemplate } from '../lib/format/fill-template';
import { figureViewState, type FigureViewOptions } from '../lib/state/figure-view-state';
import { writeFigureView } from '../lib/state/write-figure-view';
import { pageContext } from './page-context';
import { ReaderError } from './reader-error';

class BipFigure extends HTMLElement {
  private options!: FigureViewOptions;
  private view!: FigureView;
  private objectUrls: string[] = [];
  private request = 0;

  connectedCallback(): void {
    this.options = { id: this.dataset.figure ?? '', controls: JSON.parse(this.dataset.controls ?? '[]') as FigureControl[] };
    const { view, invalid } = figureViewState(new URLSearchParams(location.search), this.options);
    this.view = view;
    this.el('controls').hidden = false;
    this.el('download-png').hidden = false;
    this.syncControls();
    this.el('controls').addEventListener('change', () => this.onControlsChange());
    this.el('download-png').addEventListener('click', () => void this.downloadPng());
    const notice = invalid.length > 0 ? fillTemplate(pageContext().strings.figure.bad_state, { names: invalid.join(', ') }) : '';
    if (notice) this.status(notice, 'error');
    const defaults = defaultView(this.options.controls);
    const isDefault = this.options.controls.every((c) => view[c.name] === defaults[c.name]);
    // A partly valid link still renders its valid part; the notice about the invalid part must outlive that render.
    if (!isDefault) void this.update({ announce: !notice }).then(() => notice && this.status(notice, 'error'));
  }

  private el<T extends HTMLElement = HTMLElement>(role: string): T {
    const element = this.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`<bip-figure> is missing [data-role="${role}"]`);
    return element;
  }

  private radios(name: string): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[name="${this.options.id}-${name}"]`)];
  }

  /** Checks the radios for the current view; sample-only controls are fixed and disabled in the published view. */
  private syncControls(): void {
    const published = this.view.source !== 'sample';
    for (const control of this.options.controls) {
      const fixed = Boolean(control.sampleOnly) && published;
      for (const radio of this.radios(control.name)) {
        radio.checked = radio.value === (fixed ? control.defaultValue : this.view[control.name]);
        radio.disabled = fixed;
      }
    }
  }

  private onControlsChange(): void {
    const next: Record<string, string> = { ...this.view };
    for (const control of this.options.controls) {
      const checked = this.radios(control.name).find((r) => r.checked && !r.disabled);
      if (checked) next[control.name] = checked.value;
    }
    this.view = next;
    this.syncControls();
    const params = writeFigureView(new URLSearchParams(location.search), this.options, this.view);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    void this.update({ announce: true });
  }

  private status(message: string, tone: 'info' | 'error' = 'info'): void {
    const status = this.el('status');
    status.textContent = message;
    status.dataset.tone = tone;
  }

  private async update({ announce }: { announce: boolean }): Promise<void> {
    const request = ++this.request;
    const figure = this.el('caption').closest('figure')!;
    const text = pageContext().strings.figure;
    figure.setAttribute('aria-busy', 'true');
    this.status(text.loading);
    try {
      const { renderFigure } = await import('./render-figure');
      const chart = this.el('chart');
      // Before the first client render a phone shows the narrow server chart and hides the wide one, so
      // measure whichever is visible: the new chart must be drawn for the width it will really have.
      const width = chart.clientWidth || this.el('chart-narrow').clientWidth || 680;
      const howOpen = this.el<HTMLDetailsElement>('how').open;
      const { model, svg, parts } = await renderFigure(this.options.id, this.view, Math.round(width), { howOpen });
      if (request !== this.request) return; // a newer change is on its way
      chart.replaceChildren(svg);
      this.el('chart-narrow').replaceChildren();
      // Each part is the element with its data-role, as the build wrote it; the controls and status stay.
      for (const [role, html] of Object.entries(parts)) this.el(role).outerHTML = html;
      this.dataset.rendered = 'client';
      this.setDownloads(model);
      const viewName = [text.view_names[this.view.source === 'sample' ? 'sample' : 'published'], model.caption].join(' – ');
      this.status(announce ? fillTemplate(text.updated, { view: viewName }) : '');
    } catch (error) {
      if (request !== this.request) return;
      const message = error instanceof ReaderError ? error.message : text.error_unknown;
      this.status(fillTemplate(text.error, { message }), 'error');
      if (!(error instanceof ReaderError)) console.warn(error);
    } finally {
      if (request === this.request) figure.removeAttribute('aria-busy');
    }
  }

  /** Points the download links at the shown view's CSV and chart. */
  private setDownloads(model: FigureModel): void {
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    const svg = this.el('chart').querySelector('svg');
    const csvUrl = URL.createObjectURL(new Blob([model.csv], { type: 'text/csv;charset=utf-8' }));
    const svgText = svg ? new XMLSerializer().serializeToString(svg) : '';
    const svgUrl = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    this.objectUrls = [csvUrl, svgUrl];
    const suffix = this.fileSuffix();
    this.setDownload('download-csv', csvUrl, `${this.options.id}${suffix}.csv`);
    this.setDownload('download-svg', svgUrl, `${this.options.id}${suffix}.svg`);
  }

  private setDownload(role: string, href: string, filename: string): void {
    const link = this.el<HTMLAnchorElement>(role);
    link.href = href;
    link.download = filename;
  }

  /** A file name part naming the non-default choices, so downloads of different views don't collide. */
  private fileSuffix(): string {
    const defaults = defaultView(this.options.controls);
    return this.options.controls
      .filter((c) => this.view[c.name] !== defaults[c.name])
      .map((c) => `-${this.view[c.name]}`)
      .join('');
  }

  private async downloadPng(): Promise<void> {
    const svg = this.querySelector<SVGSVGElement>('[data-role="chart"] svg');
    if (!svg) return;
    const { downloadPng } = await import('./render-figure');
    const suffix = this.fileSuffix();
    await downloadPng(svg, `${this.options.id}${suffix}.png`);
  }
}

if (!customElements.get('bip-figure')) customElements.define('bip-figure', BipFigure);
