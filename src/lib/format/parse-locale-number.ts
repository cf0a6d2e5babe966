/** Why a typed number was not accepted. */
export type NumberProblem = 'empty' | 'not-a-number' | 'percent-not-allowed';

/** A typed number: the value (and how many decimals were typed), or why it is not one. */
export type ParsedNumber = { ok: true; value: number; decimals: number } | { ok: false; problem: NumberProblem };

/** What the field reading the number expects. */
export interface NumberReading {
  /**
   * A count (persons, steps, a seed): ".", "," and "'" between whole groups of three digits are read as
   * thousands separators whatever the locale ("1.000", "1,000" and "10.000" persons mean 1000 and 10000,
   * never 1 or 10); anything else with a separator is a decimal, which the field then refuses.
   */
  whole?: boolean;
  /** Whether a trailing "%" may be typed (a rate); default: allowed unless `whole`. */
  percent?: boolean;
}

/** The locale's decimal and grouping characters, from Intl (cached per locale). */
const separatorCache = new Map<string, { decimal: string; group: string }>();
function separators(locale: string): { decimal: string; group: string } {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorCache.set(locale, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/**
 * Reads a number as a person types it in a given locale: "2,5" and "2.5" both mean 2.5 in Swedish,
 * spaces and no-break spaces between digit groups are ignored ("13 500"), "−" (U+2212) counts as a
 * minus sign, and a trailing "%" is allowed. A locale's grouping character (e.g. "." in Danish) is
 * read as grouping only in whole groups of three ("1.300" → 1300); otherwise it is the decimal mark.
 */
export function parseLocaleNumber(text: string, locale: string, reading: NumberReading = {}): ParsedNumber {
  const spaced = text.replace(SPACES, '').replace(/\u2212/g, '-');
  const percentAllowed = reading.percent ?? !reading.whole;
  if (!percentAllowed && spaced.endsWith('%')) return { ok: false, problem: 'percent-not-allowed' };
  let s = spaced.replace(/%$/, '');
  if (s === '' || s === '-' || s === '+') return { ok: false, problem: 'empty' };
  const { decimal, group } = separators(locale);
  let sign = '';
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  // In a count, any separator between whole groups of three is grouping ("1.000", "1,000,000").
  if (reading.whole && /^\d{1,3}([.,'])\d{3}(\1\d{3})*$/.test(s)) s = s.replace(/[.,']/g, '');
  // Grouping characters other than spaces (removed above): strip only where they form whole groups.
  else if (group !== decimal && !/\s/.test(group) && s.includes(group)) {
    const [whole = '', fraction] = s.split(decimal);
    if (GROUPED(group).test(whole)) s = whole.split(group).join('') + (fraction === undefined ? '' : `.${fraction}`);
  }
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas + dots > 1) return { ok: false, problem: 'not-a-number' };
  s = s.replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false, problem: 'not-a-number' };
  const value = Number(sign + s);
  const decimals = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value, decimals } : { ok: false, problem: 'not-a-number' };
}
