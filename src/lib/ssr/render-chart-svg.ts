import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders Plot options to an SVG string at build time with a linkedom document, so every chart is in
 * the HTML and reads without JavaScript. Build-time only: client code never imports src/lib/ssr.
 */
export function renderChartSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  chart.setAttribute('role', 'img');
  return chart.outerHTML;
}
