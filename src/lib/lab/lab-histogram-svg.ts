import { bin, max as d3max, ticks, tickStep } from 'd3-array';
import { PALETTE } from '../charts/palette';
import { escapeHtml } from '../format/escape-html';
import { chartFont } from './lab-chart-style';
import { exploreAttributes, exploreHitGroup, exploreLabel } from '../charts/explore-marks';
import { LAB_EXPLORE_KIND, LAB_GRID, type LabEstimatesSvgOptions } from '../charts/lab-estimates-svg';

/** One estimator's panel: its estimates over the runs, or a text when it has none. */
export interface LabHistogramPanel {
  label: string;
  colour: string;
  values: readonly number[];
  /** Shown in the panel instead of bars when `values` is empty. */
  emptyText: string;
}

/** Options for the histogram of repeated runs: the same as the single run's chart (width, truth, labels, tick format). */
export interface LabHistogramSvgOptions extends LabEstimatesSvgOptions {
  /**
   * A bar's count of runs among the panel's runs, as the explorer says it ("12 av 500", from the lab
   * strings' `repeat.estimated_value`); without it the count and the runs are written as "12/500".
   */
  countText?: (count: number, runs: number) => string;
}

/**
 * Small multiples of each estimator's estimates over repeated runs, on one shared x axis, with the
 * truth as a dashed rule through every panel: a biased estimator's bars stand beside the truth, an
 * unbiased one's around it. An SVG string written by hand like labEstimatesSvg, so that showing it
 * costs the main thread well under a millisecond (see scripts/bench.ts); the same function at build time.
 */
export function labHistogramSvg(panels: readonly LabHistogramPanel[], options: LabHistogramSvgOptions): string {
  const { width, truth, truthLabel, xLabel, ariaDescription, formatTick } = options;
  const countText = options.countText ?? ((count: number, runs: number) => `${formatTick(count, 0)}/${formatTick(runs, 0)}`);
  const narrow = width < 480;
  const left = 40;
  const right = 16;
  const top = 30;
  const panelHeight = narrow ? 92 : 104;
  const gap = 26;
  const bottom = 50;
  const all = panels.flatMap((p) => p.values);
  let lo = Math.min(truth, ...all);
  let hi = Math.max(truth, ...all);
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const pad = (hi - lo) * 0.04;
  lo -= pad;
  hi += pad;
  // About 30 bins over the shared range, on round thresholds (d3's ticks), the same for every panel.
  const thresholds = ticks(lo, hi, narrow ? 20 : 32);
  const binner = bin().domain([lo, hi]).thresholds(thresholds);
  const binned = panels.map((p) => binner([...p.values]));
  const tallest = Math.max(1, ...binned.map((bins) => d3max(bins, (b) => b.length) ?? 0));
  const x = (v: number): number => left + ((v - lo) / (hi - lo)) * (width - left - right);
  const plotBottom = top + panels.length * (panelHeight + gap) - gap;
  const axisCount = narrow ? 4 : 7;
  const step = tickStep(lo, hi, axisCount);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const parts: string[] = [];
  const hits: string[] = [];
  // A bin's range in the explorer with the decimals its thresholds need (0,25 – 0,50).
  const binStep = thresholds.length > 1 ? thresholds[1]! - thresholds[0]! : hi - lo;
  const binDecimals = Math.max(0, -Math.floor(Math.log10(binStep) + 1e-9));
  const countTicks = ticks(0, tallest, 3).filter((v) => Number.isInteger(v));
  panels.forEach((panel, i) => {
    const y0 = top + i * (panelHeight + gap);
    const base = y0 + panelHeight;
    const y = (count: number): number => base - (count / tallest) * (panelHeight - 16);
    parts.push(`<text x="${left}" y="${(y0 + 2).toFixed(1)}" font-weight="600" fill="${PALETTE.ink}">${escapeHtml(panel.label)}</text>`);
    for (const c of countTicks) {
      const py = y(c).toFixed(1);
      parts.push(`<line x1="${left}" x2="${width - right}" y1="${py}" y2="${py}" ${c === 0 ? `stroke="${PALETTE.ink}"` : LAB_GRID}/>`);
      parts.push(`<text x="${left - 6}" y="${py}" dy="0.32em" text-anchor="end" fill="${PALETTE.ink}">${escapeHtml(formatTick(c, 0))}</text>`);
    }
    if (panel.values.length === 0) {
      parts.push(`<text x="${((left + width - right) / 2).toFixed(1)}" y="${(base - panelHeight / 2 + 8).toFixed(1)}" text-anchor="middle" font-style="italic" fill="${PALETTE.ink}">${escapeHtml(panel.emptyText)}</text>`);
    }
    for (const b of binned[i]!) {
      if (b.length === 0 || b.x0 === undefined || b.x1 === undefined) continue;
      const x0 = x(b.x0) + 0.5;
      const x1 = Math.max(x0 + 1, x(b.x1) - 0.5);
      parts.push(`<rect x="${x0.toFixed(1)}" y="${y(b.length).toFixed(1)}" width="${(x1 - x0).toFixed(1)}" height="${(base - y(b.length)).toFixed(1)}" fill="${panel.colour}"/>`);
      // The explorer's mark: the bin's whole column in the panel, so a short bar is as easy to tap as a tall one.
      const range = `${formatTick(b.x0, binDecimals)} – ${formatTick(b.x1, binDecimals)}`;
      hits.push(
        `<rect x="${(x0 - 0.5).toFixed(1)}" y="${(y0 + 8).toFixed(1)}" width="${(x1 - x0 + 1).toFixed(1)}" height="${(panelHeight - 8).toFixed(1)}"` +
          `${exploreAttributes({ text: exploreLabel([panel.label, range], countText(b.length, panel.values.length)), interval: '', kind: LAB_EXPLORE_KIND })}/>`,
      );
    }
    const tx = x(truth).toFixed(1);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${(y0 + 8).toFixed(1)}" y2="${base}" stroke="${PALETTE.ink}" stroke-width="2" stroke-dasharray="6,4"/>`);
  });
  for (const v of ticks(lo, hi, axisCount)) {
    const px = x(v).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${plotBottom}" y2="${plotBottom + 5}" stroke="${PALETTE.ink}"/>`);
    parts.push(`<text x="${px}" y="${plotBottom + 19}" text-anchor="middle" fill="${PALETTE.ink}">${escapeHtml(formatTick(v, decimals))}</text>`);
  }
  parts.push(`<text x="${((left + width - right) / 2).toFixed(1)}" y="${plotBottom + 42}" text-anchor="middle" fill="${PALETTE.ink}">${escapeHtml(xLabel)}</text>`);
  const tx = x(truth);
  const anchor = tx > width - 90 ? 'end' : tx < 90 ? 'start' : 'middle';
  parts.push(`<text x="${tx.toFixed(1)}" y="${top - 14}" text-anchor="${anchor}" font-weight="700" fill="${PALETTE.ink}">${escapeHtml(truthLabel)}</text>`);
  parts.push(exploreHitGroup(hits));
  const height = plotBottom + bottom;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(ariaDescription)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${chartFont(narrow)}>` +
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}
