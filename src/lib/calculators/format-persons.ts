import type { NumberFormatter } from '../format/number-formatter';

/** Expected persons: one decimal under 10 (5,2 of 400), whole numbers above, so small groups don't read as exact. */
export function formatPersons(format: NumberFormatter, value: number, signed = false): string {
  const decimals = Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0;
  const rounded = decimals ? value : Math.round(value);
  return signed ? format.signed(rounded, decimals) : format.decimal(rounded, decimals);
}
