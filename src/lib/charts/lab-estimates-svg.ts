import { ticks, tickStep } from 'd3-array';
import { escapeHtml } from '../format/escape-html';
import { exploreAttributes, exploreHitGroup, exploreLabel } from './explore-marks';
import { PALETTE } from './palette';

/** One estimator on the lab's chart: its estimate and interval in pp. */
export interface LabChartRow {
  label: string;
  value: number;
  low: number;
  high: number;
  text: string;
}

/**
 * A gridline's stroke in every lab chart: the ink, faint (a light grey on white). As an opacity rather
 * than a grey, so that in forced colours (Windows high contrast, global.css) the gridline stays faint
 * instead of turning into the text colour across the labels.
 */
export const LAB_GRID = `stroke="${PALETTE.ink}" stroke-opacity="0.12"`;

/** What kind of number every lab chart shows: the lab's results are sample (synthetic), as its badge says. */
export const LAB_EXPLORE_KIND = 'sample';

/** Options for the lab's chart. */
export interface LabEstimatesSvgOptions {
  width: number;
  truth: number;
  truthLabel: string;
  xLabel: string;
  ariaDescription: string;
  /** Tick labels in the reader's locale. */
  formatTick: (value: number, decimals: number) => string;
}

/**
 * The lab's chart as an SVG string: each estimator's estimate (dot) and 95 % interval (line) against
 * the truth (dashed rule). Written by hand rather than with Plot so that showing a lab result costs the
 * main thread well under a millisecond — the lab must leave no task over 50 ms while it runs, and
 * loading and first running Plot took longer than that. The same function renders it at build time.
 */
export function labEstimatesSvg(rows: readonly LabChartRow[], options: LabEstimatesSvgOptions): string {
  const { width, truth, truthLabel, xLabel, ariaDescription, formatTick } = options;
  const narrow = width < 480;
  const left = narrow ? 12 : 170;
  const right = 24;
  const top = 34;
  const rowHeight = narrow ? 58 : 44;
  const bottom = 50;
  const height = top + rowHeight * rows.length + bottom;
  const values = [truth, 0, ...rows.flatMap((r) => [r.low, r.high])];
  let min = Math.min(...values);
  let max = Math.max(...values);
  const pad = (max - min || 1) * 0.06;
  min -= pad;
  max += pad;
  const count = narrow ? 4 : 7;
  const step = tickStep(min, max, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const x = (v: number): number => left + ((v - min) / (max - min)) * (width - left - right);
  const plotBottom = top + rowHeight * rows.length;
  const parts: string[] = [];
  const hits: string[] = [];
  const font = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="${narrow ? 12 : 13}"`;
  for (const v of ticks(min, max, count)) {
    const px = x(v).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${top}" y2="${plotBottom}" ${v === 0 ? `stroke="${PALETTE.ink}" stroke-opacity="0.5"` : LAB_GRID}/>`);
    parts.push(`<text x="${px}" y="${plotBottom + 18}" text-anchor="middle" fill="${PALETTE.ink}">${escapeHtml(formatTick(v, decimals))}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${plotBottom}" y2="${plotBottom}" stroke="${PALETTE.ink}"/>`);
  parts.push(`<text x="${((left + width - right) / 2).toFixed(1)}" y="${plotBottom + 42}" text-anchor="middle" fill="${PALETTE.ink}">${escapeHtml(xLabel)}</text>`);
  rows.forEach((row, i) => {
    const y = top + rowHeight * (i + 0.5) + (narrow ? 8 : 0);
    const label = narrow
      ? `<text x="${left}" y="${(y - 24).toFixed(1)}" fill="${PALETTE.ink}" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escapeHtml(row.label)}</text>`
      : `<text x="${left - 10}" y="${y.toFixed(1)}" dy="0.32em" text-anchor="end" fill="${PALETTE.ink}">${escapeHtml(row.label)}</text>`;
    parts.push(label);
    parts.push(`<line x1="${x(row.low).toFixed(1)}" x2="${x(row.high).toFixed(1)}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${PALETTE.sample}" stroke-width="3"/>`);
    parts.push(`<circle cx="${x(row.value).toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="${PALETTE.sample}" stroke="#ffffff" stroke-width="1.5"/>`);
    parts.push(
      `<text x="${x(row.value).toFixed(1)}" y="${(y - 11).toFixed(1)}" text-anchor="middle" font-weight="600" fill="${PALETTE.ink}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeHtml(row.text)}</text>`,
    );
    // The explorer's mark: the estimate's row from one end of its interval to the other (the dot and
    // its label included), tall enough to tap.
    const hitLeft = Math.min(x(row.low), x(row.value)) - 10;
    const hitRight = Math.max(x(row.high), x(row.value)) + 10;
    hits.push(
      `<rect x="${hitLeft.toFixed(1)}" y="${(y - 26).toFixed(1)}" width="${(hitRight - hitLeft).toFixed(1)}" height="36"` +
        `${exploreAttributes({ text: exploreLabel([row.label], row.text), interval: `${formatTick(row.low, 2)} – ${formatTick(row.high, 2)}`, kind: LAB_EXPLORE_KIND })}/>`,
    );
  });
  const tx = x(truth).toFixed(1);
  parts.push(`<line x1="${tx}" x2="${tx}" y1="${top - 6}" y2="${plotBottom}" stroke="${PALETTE.ink}" stroke-width="2" stroke-dasharray="6,4"/>`);
  parts.push(`<text x="${tx}" y="${top - 12}" text-anchor="middle" font-weight="700" fill="${PALETTE.ink}">${escapeHtml(truthLabel)}</text>`);
  parts.push(exploreHitGroup(hits));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(ariaDescription)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${font}>` +
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}
