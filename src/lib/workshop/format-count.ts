import type { NumberFormatter } from '../format/number-formatter';

/** A count "of per" as the page shows it: whole guesses plainly, published values with their decimal (26,8). */
export function formatCount(format: NumberFormatter, value: number): string {
  return Number.isInteger(value) ? format.count(value) : format.decimal(value, 1);
}

/** A difference with its sign ("+8,9", "−3", "0"). */
export function formatDifference(format: NumberFormatter, value: number): string {
  return format.signed(value, Number.isInteger(value) ? 0 : 1);
}

/** Where a value sits on a bar scale from 0 to max, in percent of the track, kept within 0…100. */
export function barPercent(value: number, max: number): number {
  return Math.max(0, Math.min(100, (value / max) * 100));
}
