// <bip-figure>: makes a pre-rendered figure interactive. Page-load cost is this file only; the chart
// code and the renderer are imported on the first change. It reads the view, swaps in the chart and the
// parts the build's renderer writes (src/lib/figures/figure-html.ts), and wires the controls and downloads.
import { controlInUse, defaultView, type FigureControl, type FigureView } from '../lib/figures/figure-model';
import { figureFileName, shownFigureView, type FigureExportInfo } from '../lib/figures/figure-export';
import { figureEmbedUrl, figureViewUrl, type FigurePlace } from '../lib/figures/figure-urls';
import { fillTemplate } from '../lib/format/fill-template';
import { figureViewState, type FigureViewOptions } from '../lib/state/figure-view-state';
import { writeFigureView } from '../lib/state/write-figure-view';
import { ChunkError, chunkFailed, loadChunk } from './load-chunk';
import { pageContext } from './page-context';
import { ReaderError } from './reader-error';
import type { ExportFormat } from './render-figure';
import { copyText, saveBlob, today } from './share-tools';

class BipFigure extends HTMLElement {
  private options!: FigureViewOptions;
  private view!: FigureView;
  private request = 0;
  /** Whether the share panel shows this page's address and today's date (the build's shows the build's). */
  private shareFresh = false;

  connectedCallback(): void {
    this.options = { id: this.dataset.figure ?? '', controls: JSON.parse(this.dataset.controls ?? '[]') as FigureControl[] };
    const { view, invalid } = figureViewState(new URLSearchParams(location.search), this.options);
    this.view = view;
    this.el('controls').hidden = false;
    this.el('download-png').hidden = false;
    this.syncControls();
    this.el('controls').addEventListener('change', () => this.onControlsChange());
    this.addEventListener('click', (event) => this.onClick(event));
    // 'toggle' does not bubble: listen in the capture phase, so a swapped-in panel is heard too.
    this.addEventListener('toggle', (event) => {
      if ((event.target as HTMLElement).dataset.role === 'share' && (event.target as HTMLDetailsElement).open && !this.shareFresh) void this.updateShare();
    }, true);
    this.showCopyButtons();
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
    for (const control of this.options.controls) {
      // A control the view shown does not use (a sample-only choice in the report's view, the outcome in
      // Tabell 1's comparison) is greyed out at its default.
      const fixed = !controlInUse(control, this.view);
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
      const { renderFigure } = await loadChunk(() => import('./render-figure'));
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
      void this.updateShare();
      const viewName = [text.view_names[this.view.source === 'sample' ? 'sample' : 'published'], model.caption].join(' – ');
      this.status(announce ? fillTemplate(text.updated, { view: viewName }) : '');
    } catch (error) {
      if (request !== this.request) return;
      this.failed(error, () => void this.update({ announce: true }));
    } finally {
      if (request === this.request) figure.removeAttribute('aria-busy');
    }
  }

  /**
   * Says in the status why the figure did not change (what it shows stays): its code did not arrive (with
   * the page notice to reload or retry), a message for the reader, or an unexpected error.
   */
  private failed(error: unknown, retry: () => void): void {
    const text = pageContext().strings.figure;
    if (error instanceof ChunkError) return this.status(chunkFailed(error, retry), 'error');
    const message = error instanceof ReaderError ? error.message : text.error_unknown;
    this.status(fillTemplate(text.error, { message }), 'error');
    if (!(error instanceof ReaderError)) console.warn(error);
  }

  /** The view the figure shows: a choice that does not apply in it (groups in the published view) at its default. */
  private shownView(): FigureView {
    return shownFigureView(this.options.controls, this.view);
  }

  /** This figure's own parameters of the shown view ('?…', or '' for the default view). */
  private query(): string {
    const query = writeFigureView(new URLSearchParams(), this.options, this.shownView()).toString();
    return query ? `?${query}` : '';
  }

  /** Where the figure is: this origin, its chapter (on an embed page too) and the language. */
  private place(): FigurePlace {
    return { origin: location.origin, page: this.dataset.page ?? location.pathname, lang: document.documentElement.lang };
  }

  /** What the exports and citations of the shown view say: its address, the site version, the dates. */
  private exportInfo(): FigureExportInfo {
    const built = this.dataset.built ?? today();
    return { url: figureViewUrl(this.place(), this.options.id, this.query()), version: this.dataset.version ?? '', built, accessed: today() };
  }

  private showCopyButtons(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.hidden = false;
  }

  /** Re-renders the share panel for the shown view (keeping it open if it was, and the focus on its summary). */
  private async updateShare(): Promise<void> {
    const panel = this.querySelector<HTMLDetailsElement>('[data-role="share"]');
    if (!panel) return;
    let renderShare: typeof import('./render-figure').renderShare;
    try {
      ({ renderShare } = await loadChunk(() => import('./render-figure')));
    } catch (error) {
      this.failed(error, () => void this.updateShare());
      return;
    }
    const embedUrl = figureEmbedUrl(this.place(), this.options.id, this.query());
    const html = await renderShare(this.options.id, this.view, this.exportInfo(), embedUrl, panel.open);
    const current = this.querySelector<HTMLDetailsElement>('[data-role="share"]');
    if (!current) return;
    const focused = current.contains(document.activeElement) ? document.activeElement?.id || (document.activeElement?.tagName === 'SUMMARY' ? 'summary' : '') : '';
    current.outerHTML = html;
    this.shareFresh = true;
    this.showCopyButtons();
    if (focused === 'summary') this.querySelector<HTMLElement>('[data-role="share"] > summary')?.focus();
    else if (focused) document.getElementById(focused)?.focus();
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-role^="download-"], [data-copy]');
    if (!target || !this.contains(target)) return;
    if (target.dataset.copy) {
      void this.copy(target.dataset.copy);
      return;
    }
    const format = target.dataset.role!.slice('download-'.length) as ExportFormat;
    // With JavaScript every download is built for the shown view, with this page's address and today's date.
    event.preventDefault();
    void this.download(format);
  }

  private async copy(fieldId: string): Promise<void> {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null;
    const status = this.querySelector<HTMLElement>('[data-role="share-status"]');
    if (!field || !status) return;
    if (!this.shareFresh) await this.updateShare();
    const fresh = (document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null) ?? field;
    const text = pageContext().strings.figure;
    const label = document.getElementById(`${fieldId}-label`)?.textContent ?? '';
    const ok = await copyText(fresh);
    const statusNow = this.querySelector<HTMLElement>('[data-role="share-status"]')!;
    statusNow.textContent = ok ? fillTemplate(text.share_copied, { what: label }) : text.share_copy_failed;
    statusNow.dataset.tone = ok ? 'info' : 'error';
  }

  private async download(format: ExportFormat): Promise<void> {
    try {
      const { exportFigure } = await loadChunk(() => import('./render-figure'));
      const view = this.shownView();
      const blob = await exportFigure(this.options.id, view, format, this.exportInfo());
      // Named after the view the file shows, which is the view on screen.
      saveBlob(blob, `${figureFileName(this.options.id, this.options.controls, view)}.${format}`);
    } catch (error) {
      this.failed(error, () => void this.download(format));
    }
  }
}

if (!customElements.get('bip-figure')) customElements.define('bip-figure', BipFigure);
