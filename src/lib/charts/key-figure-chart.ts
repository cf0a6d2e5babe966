import * as Plot from '@observablehq/plot';
import { PALETTE } from './palette';

/** Options for a key figure's card: its width, the number as shown and its text alternative. */
export interface KeyFigureChartOptions {
  width: number;
  ariaDescription: string;
}

/**
 * A key figure's "chart": its number, large, in the published colour, as the start page shows it. The
 * self-describing card (figure-export.ts) puts the title, the sentence and the source around it.
 */
export function keyFigureChart(number: string, { width, ariaDescription }: KeyFigureChartOptions): Plot.PlotOptions {
  return {
    width,
    height: 88,
    margin: 0,
    ariaDescription,
    marks: [Plot.text([number], { frameAnchor: 'left', textAnchor: 'start', fontSize: 64, fontWeight: 750, fill: PALETTE.published, lineAnchor: 'middle' })],
  };
}
