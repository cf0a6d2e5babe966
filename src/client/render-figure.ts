// Loaded on first interaction only: Plot, Arquero and the analysis core stay out of the page-load JS.
import * as Plot from '@observablehq/plot';
import { FIGURES } from '../lib/figures/figures';
import { figureParts, type FigurePart } from '../lib/figures/figure-html';
import { figureExportMetadata, figureExportSvg, type FigureExportInfo } from '../lib/figures/figure-export';
import { figureShareHtml } from '../lib/figures/figure-share-html';
import type { FigureModel, FigureView } from '../lib/figures/figure-model';
import { loadSample } from './load-sample';
import { pageContext } from './page-context';
import { svgToPng } from './share-tools';

/** A figure built for a view: the model, its chart drawn in this document and its parts as HTML. */
export interface RenderedFigure {
  model: FigureModel;
  svg: SVGSVGElement;
  parts: Record<FigurePart, string>;
}

/** The width exports are drawn at, whatever the screen: the build's wide chart. */
const EXPORT_WIDTH = 680;

/** Builds a figure's model for a view (loading the sample when the view needs it). */
async function buildModel(id: string, view: FigureView): Promise<FigureModel> {
  const spec = FIGURES[id];
  if (!spec) throw new Error(`unknown figure ${id}`);
  const context = pageContext();
  const table =
    view.source === 'sample'
      ? await loadSample(context.sampleUrl, { fetch: context.strings.figure.error_fetch, parse: context.strings.figure.error_parse })
      : null;
  return spec.build(view, table, context);
}

function chartOf(model: FigureModel, width: number): SVGSVGElement {
  const svg = Plot.plot(model.plot(width)) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  return svg;
}

/** Builds a figure for a view, renders its chart at the given width and its parts with the build's renderer. */
export async function renderFigure(id: string, view: FigureView, width: number, options: { howOpen?: boolean } = {}): Promise<RenderedFigure> {
  const model = await buildModel(id, view);
  return { model, svg: chartOf(model, width), parts: figureParts(model, pageContext(), options) };
}

/** The share panel of a view, with this page's address and today's date. */
export async function renderShare(id: string, view: FigureView, info: FigureExportInfo, embedUrl: string, open: boolean): Promise<string> {
  return figureShareHtml({ id, model: await buildModel(id, view), info, embedUrl, open }, pageContext());
}

/** A download of a view: a self-describing SVG or PNG, the CSV, or the metadata beside it. */
export type ExportFormat = 'svg' | 'png' | 'csv' | 'json';

/** The file for a view in a format, as a Blob. */
export async function exportFigure(id: string, view: FigureView, format: ExportFormat, info: FigureExportInfo): Promise<Blob> {
  const model = await buildModel(id, view);
  const context = pageContext();
  if (format === 'csv') return new Blob([model.csv], { type: 'text/csv;charset=utf-8' });
  if (format === 'json') return new Blob([`${JSON.stringify(figureExportMetadata(id, model, info, context), null, 2)}\n`], { type: 'application/json' });
  const chart = chartOf(model, EXPORT_WIDTH);
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const svg = figureExportSvg(model, new XMLSerializer().serializeToString(chart), info, context);
  if (format === 'svg') return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' });
  return svgToPng(svg);
}

