import { numberFormatter } from '../format/number-formatter';

// Chart text that must fit a narrow chart in any language: an estimate of a label's width (charts are
// pure functions, with no DOM to measure in) and the ways a label is made to fit its room. The widths
// are those of the system sans-serif the site uses, a little generous so an estimate that fits does fit.

const NARROW = /[ijlI.,:;'’|!()\u00a0\u202f\s-]/;
const SEMI = /[frt1]/;
const WIDE = /[mwMW%—–]/;

/** The width in pixels a text of one line takes at a font size (bold a little wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.3;
    else if (SEMI.test(char)) em += 0.42;
    else if (WIDE.test(char)) em += 0.86;
    else if (char >= 'A' && char <= 'Z') em += 0.66;
    else em += 0.57;
  }
  // DejaVu Sans (Linux's usual sans-serif) is the widest of the system fonts the site falls back to.
  return em * fontSize * (bold ? 1.06 : 1) * 1.1;
}

/** The width of a text's widest line (lines split at "\n"). */
export function linesWidth(text: string, fontSize: number, bold = false): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidth(line, fontSize, bold)));
}

/**
 * A label broken into two lines when it is wider than `maxWidth`, at the space that makes the wider line
 * narrowest (the space nearest the middle, by width), so it works for any language ("Efter ét skift" →
 * "Efter\nét skift", "It varies" → "It\nvaries"). A label that fits, or has no space to break at, is
 * returned as it is. No-break spaces are never broken.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (text.includes('\n') || textWidth(text, fontSize, bold) <= maxWidth) return text;
  let best = -1;
  let bestWidth = Infinity;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    const width = Math.max(textWidth(text.slice(0, i), fontSize, bold), textWidth(text.slice(i + 1), fontSize, bold));
    if (width < bestWidth) [best, bestWidth] = [i, width];
  }
  return best === -1 ? text : `${text.slice(0, best)}\n${text.slice(best + 1)}`;
}

/** The first of the candidate labels whose widest line fits `maxWidth`; the last one when none does. */
export function fitLabel(candidates: readonly string[], maxWidth: number, fontSize: number, bold = false): string {
  for (const candidate of candidates) if (linesWidth(candidate, fontSize, bold) <= maxWidth) return candidate;
  return candidates[candidates.length - 1] ?? '';
}

/** The number a label starts with, without the unit after it ("+2,6 pct.-point" → "+2,6"), or the label. */
export function leadingNumber(text: string): string {
  const match = /^[+\-−]?\d[\d.,\u00a0\u202f]*/.exec(text.split('\n')[0] ?? '');
  return match ? match[0].replace(/[\u00a0\u202f]+$/, '') : text;
}

/** How a band axis writes its labels: each label as it is or broken in two, or all turned when a word would still not fit. */
export interface BandTicks {
  format: (label: string) => string;
  /** Degrees to turn the labels (0, or −35 when broken labels would still run together). */
  rotate: number;
  /** Extra room under the axis the labels need beyond one line, in pixels. */
  extra: number;
}

/**
 * Labels for the bands of an x axis `step` pixels apart: kept on one line when they fit, else broken at
 * a space; when even a single word is wider than its band ("Good chances" on a phone) every label is
 * also turned, so neighbours never run together in any language.
 */
export function bandTicks(labels: readonly string[], step: number, fontSize: number): BandTicks {
  const room = step - 4;
  const wrapped = new Map(labels.map((l) => [l, wrapLabel(l, room, fontSize)]));
  if ([...wrapped.values()].every((t) => linesWidth(t, fontSize) <= room)) {
    const twoLines = [...wrapped.values()].some((t) => t.includes('\n'));
    return { format: (l) => wrapped.get(l) ?? l, rotate: 0, extra: twoLines ? Math.round(fontSize * 1.2) : 0 };
  }
  // Turned labels keep their break, so a long one ("Lägsta tredjedelen") reaches less far to the left.
  const widest = Math.max(...[...wrapped.values()].map((t) => linesWidth(t, fontSize)));
  const lines = Math.max(...[...wrapped.values()].map((t) => t.split('\n').length));
  const turn = (35 * Math.PI) / 180;
  return {
    format: (l) => wrapped.get(l) ?? l,
    rotate: -35,
    extra: Math.round(widest * Math.sin(turn) + (lines - 1) * fontSize * 1.2 * Math.cos(turn)),
  };
}

/** The distance between the centres of neighbouring bands of a band scale (Plot's `padding` both inside and out). */
export function bandStep(range: number, count: number, padding: number): number {
  return range / Math.max(1, count + padding);
}

/**
 * The right margin that keeps the last panel's title inside the chart: a title wider than its panel
 * reaches past the panel's edge by half the difference (Plot centres it), less the outer padding.
 */
export function facetMarginRight(
  titles: readonly string[],
  { width, marginLeft, padding, fontSize, minimum = 8 }: { width: number; marginLeft: number; padding: number; fontSize: number; minimum?: number },
): number {
  const last = titles[titles.length - 1];
  if (last == null) return minimum;
  let margin = minimum;
  for (let round = 0; round < 4; round++) {
    const step = bandStep(width - marginLeft - margin, titles.length, padding);
    const reach = textWidth(last, fontSize) / 2 - (step * (1 - padding)) / 2 - step * padding;
    const needed = Math.max(minimum, Math.ceil(reach + 2));
    if (needed <= margin) break;
    margin = needed;
  }
  return margin;
}

/** A tick format for a percent axis (domain in percent): "25 %" in sv-SE and da-DK, "25%" in English. */
export function percentTick(locale: string): (value: number) => string {
  const format = numberFormatter(locale);
  return (value: number) => format.percent(value, Number.isInteger(value) ? 0 : 1);
}

/** The locale charts format with when the figure passes none: the report's own language. */
export const DEFAULT_CHART_LOCALE = 'sv-SE';

/** The font size of chart text at a width: 12 px on phones, 13 px wider. */
export function chartFontSize(width: number): number {
  return width < 480 ? 12 : 13;
}
