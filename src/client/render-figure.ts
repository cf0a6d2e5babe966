// Loaded on first interaction only: Plot, Arquero and the analysis core stay out of the page-load JS.
import * as Plot from '@observablehq/plot';
import { FIGURES } from '../lib/figures/figures';
import { figureParts, type FigurePart } from '../lib/figures/figure-html';
import type { FigureModel, FigureView } from '../lib/figures/figure-model';
import { loadSample } from './load-sample';
import { pageContext } from './page-context';

/** A figure built for a view: the model, its chart drawn in this document and its parts as HTML. */
export interface RenderedFigure {
  model: FigureModel;
  svg: SVGSVGElement;
  parts: Record<FigurePart, string>;
}

/** Builds a figure for a view, renders its chart at the given width and its parts with the build's renderer. */
export async function renderFigure(id: string, view: FigureView, width: number, options: { howOpen?: boolean } = {}): Promise<RenderedFigure> {
  const spec = FIGURES[id];
  if (!spec) throw new Error(`unknown figure ${id}`);
  const context = pageContext();
  const table =
    view.source === 'sample'
      ? await loadSample(context.sampleUrl, { fetch: context.strings.figure.error_fetch, parse: context.strings.figure.error_parse })
      : null;
  const model = spec.build(view, table, context);
  const svg = Plot.plot(model.plot(width)) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  return { model, svg, parts: figureParts(model, context, options) };
}

/** Turns the chart into a PNG at twice its size (for slides and memos) and downloads it. */
export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no png');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
