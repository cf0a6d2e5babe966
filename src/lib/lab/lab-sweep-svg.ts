import { ticks, tickStep } from 'd3-array';
import { PALETTE } from '../charts/palette';
import { exploreAttributes, exploreHitGroup, exploreLabel } from '../charts/explore-marks';
import { LAB_EXPLORE_KIND, LAB_GRID } from '../charts/lab-estimates-svg';
import { escapeHtml } from '../format/escape-html';
import { chartFont, markerSvg } from './lab-chart-style';

/** One estimator's line in a sweep chart: a value per swept point, null where it had no estimate. */
export interface LabSweepSeries {
  label: string;
  colour: string;
  marker: 'circle' | 'square' | 'triangle';
  dash: string;
  values: readonly (number | null)[];
}

/** Options for one panel of a sweep (bias, or coverage). */
export interface LabSweepSvgOptions {
  width: number;
  /** The swept parameter's values, in order. */
  xs: readonly number[];
  xLabel: string;
  yLabel: string;
  /** A fixed y range (coverage 0…100), or null to fit the values and the reference. */
  yDomain: readonly [number, number] | null;
  /** A dashed reference line (0 for bias, 95 for coverage) and its label. */
  reference: { value: number; label: string };
  ariaDescription: string;
  formatX: (value: number, decimals: number) => string;
  formatY: (value: number, decimals: number) => string;
  /** The decimals of a point's value in the explorer; by default 2 (bias in pp), 0 with a fixed range (coverage in %). */
  valueDecimals?: number;
}

/** The decimals (at most 3) that show a swept value as the table does: 0,15 with two, 2000 with none. */
function decimalsOf(value: number): number {
  let d = 0;
  while (d < 3 && Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) > 1e-6) d++;
  return d;
}

/**
 * One panel of a sweep: each estimator's bias (or coverage) against the swept parameter, as lines with
 * markers that break where an estimator had no estimate (2SLS with a weak instrument), a legend on top
 * and a dashed reference. An SVG string written by hand, like labEstimatesSvg, for the same reason.
 */
export function labSweepSvg(series: readonly LabSweepSeries[], options: LabSweepSvgOptions): string {
  const { width, xs, xLabel, yLabel, yDomain, reference, ariaDescription, formatX, formatY } = options;
  const narrow = width < 480;
  const left = 52;
  const right = 18;
  const legendRows = narrow ? series.length : 1;
  const top = 20 + legendRows * 20 + 14;
  const plotHeight = narrow ? 190 : 220;
  const bottom = 52;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v != null));
  let [y0, y1] = yDomain ?? [Math.min(reference.value, ...values), Math.max(reference.value, ...values)];
  if (!yDomain) {
    const pad = (y1 - y0 || 1) * 0.08;
    y0 -= pad;
    y1 += pad;
  }
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const xSpan = xMax - xMin || 1;
  const x = (v: number): number => left + ((v - xMin) / xSpan) * (width - left - right);
  const y = (v: number): number => top + ((y1 - v) / (y1 - y0)) * plotHeight;
  const plotBottom = top + plotHeight;
  const parts: string[] = [];
  const hits: string[] = [];
  const valueDecimals = options.valueDecimals ?? (yDomain ? 0 : 2);
  const unit = yLabel.toLocaleLowerCase();
  const yStep = tickStep(y0, y1, 5);
  const yDecimals = Math.max(0, -Math.floor(Math.log10(yStep) + 1e-9));
  for (const v of ticks(y0, y1, 5)) {
    const py = y(v).toFixed(1);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${py}" y2="${py}" ${LAB_GRID}/>`);
    parts.push(`<text x="${left - 6}" y="${py}" dy="0.32em" text-anchor="end" fill="${PALETTE.ink}">${escapeHtml(formatY(v, yDecimals))}</text>`);
  }
  const xStep = tickStep(xMin, xMax, narrow ? 4 : 8);
  const xDecimals = Math.max(0, -Math.floor(Math.log10(xStep) + 1e-9));
  for (const v of ticks(xMin, xMax, narrow ? 4 : 8)) {
    const px = x(v).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${plotBottom}" y2="${plotBottom + 5}" stroke="${PALETTE.ink}"/>`);
    parts.push(`<text x="${px}" y="${plotBottom + 19}" text-anchor="middle" fill="${PALETTE.ink}">${escapeHtml(formatX(v, xDecimals))}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${plotBottom}" y2="${plotBottom}" stroke="${PALETTE.ink}"/>`);
  parts.push(`<text x="${((left + width - right) / 2).toFixed(1)}" y="${plotBottom + 42}" text-anchor="middle" fill="${PALETTE.ink}">${escapeHtml(xLabel)}</text>`);
  parts.push(`<text x="${left - 44}" y="${top - 10}" fill="${PALETTE.ink}">${escapeHtml(yLabel)}</text>`);
  const ry = y(reference.value);
  if (ry >= top - 0.5 && ry <= plotBottom + 0.5) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${ry.toFixed(1)}" y2="${ry.toFixed(1)}" stroke="${PALETTE.ink}" stroke-width="1.5" stroke-dasharray="6,4"/>`);
    parts.push(`<text x="${width - right}" y="${(ry - 6).toFixed(1)}" text-anchor="end" fill="${PALETTE.ink}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeHtml(reference.label)}</text>`);
  }
  for (const s of series) {
    // Lines break at a point without a value.
    let path = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v == null) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${x(xs[i]!).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    if (path) parts.push(`<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    s.values.forEach((v, i) => {
      if (v == null) return;
      parts.push(markerSvg(s.marker, x(xs[i]!), y(v), s.colour));
      // The explorer's mark: a circle around the marker, larger than it so a finger can hit it.
      hits.push(
        `<circle cx="${x(xs[i]!).toFixed(1)}" cy="${y(v).toFixed(1)}" r="11"` +
          `${exploreAttributes({ text: exploreLabel([s.label, `${xLabel} ${formatX(xs[i]!, decimalsOf(xs[i]!))}`], `${formatY(v, valueDecimals)} ${unit}`), interval: '', kind: LAB_EXPLORE_KIND })}/>`,
      );
    });
  }
  // Legend: one row on wide charts, one per series on narrow ones.
  let lx = left;
  series.forEach((s, i) => {
    const ly = 18 + (narrow ? i * 20 : 0);
    if (narrow) lx = left;
    parts.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    parts.push(markerSvg(s.marker, lx + 13, ly, s.colour, 4.5));
    parts.push(`<text x="${lx + 32}" y="${ly}" dy="0.32em" fill="${PALETTE.ink}">${escapeHtml(s.label)}</text>`);
    lx += 32 + s.label.length * 7.4 + 22;
  });
  parts.push(exploreHitGroup(hits));
  const height = plotBottom + bottom;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(ariaDescription)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${chartFont(narrow)}>` +
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}
