// Loaded on first interaction only: Plot, Arquero and the analysis core stay out of the page-load JS.
import * as Plot from '@observablehq/plot';
import type { ColumnTable } from 'arquero';
import { parseSample } from '../lib/data/parse-sample';
import { FIGURES } from '../lib/figures/figures';
import type { FigureModel, FigureView } from '../lib/figures/figure-model';
import { pageContext } from './page-context';
import { ReaderError } from './reader-error';

let sample: Promise<ColumnTable> | undefined;


/** The committed sample, fetched and parsed once per page. */
function loadSample(url: string, messages: { fetch: string; parse: string }): Promise<ColumnTable> {
  sample ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new ReaderError(messages.fetch);
      return response.text();
    })
    .then((text) => {
      try {
        return parseSample(text);
      } catch {
        throw new ReaderError(messages.parse);
      }
    }, (error: unknown) => {
      throw error instanceof ReaderError ? error : new ReaderError(messages.fetch);
    });
  // A failed load may succeed later (e.g. the network came back): don't cache the failure.
  sample.catch(() => (sample = undefined));
  return sample;
}

/** Builds a figure for a view and renders its chart at the given width in this document. */
export async function renderFigure(id: string, view: FigureView, width: number): Promise<{ model: FigureModel; svg: SVGSVGElement }> {
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
  return { model, svg };
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
