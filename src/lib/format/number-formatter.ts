/** Formatting of the site's numbers for one locale, via Intl (never by hand). */
export interface NumberFormatter {
  /** A percentage given in percent (26.8 → "26,8 %" in sv-SE). */
  percent(value: number, decimals?: number): string;
  /** A plain decimal number with a fixed number of decimals ("1,3"). */
  decimal(value: number, decimals?: number): string;
  /** A decimal with an explicit sign ("+1,3", "−1,3"). */
  signed(value: number, decimals?: number): string;
  /** A percentage with an explicit sign, shaped by the locale ("+32 %" with a no-break space in sv-SE, "+32%" in en). */
  signedPercent(value: number, decimals?: number): string;
  /** A count with grouping ("13 500"). */
  count(value: number): string;
  /** An interval of percentages ("4,8 % – 5,6 %"), or '' when either end is missing. */
  percentRange(low: number | null | undefined, high: number | null | undefined, decimals?: number): string;
}

/** Decimals that show a value as written in the source: 26.8 → 1, 6 → 0. */
function naturalDecimals(value: number): number {
  const text = String(Math.abs(value));
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(3, text.length - dot - 1);
}

/** A formatter for one locale; Intl formatters are cached per (locale, style, decimals). */
export function numberFormatter(locale: string): NumberFormatter {
  const cache = new Map<string, Intl.NumberFormat>();
  const get = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    let format = cache.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      cache.set(key, format);
    }
    return format;
  };
  const fixed = (d: number) => ({ minimumFractionDigits: d, maximumFractionDigits: d });
  const percent = (value: number, decimals = naturalDecimals(value)): string =>
    get(`p${decimals}`, { style: 'percent', ...fixed(decimals) }).format(value / 100);
  return {
    percent,
    decimal: (value, decimals = naturalDecimals(value)) => get(`d${decimals}`, fixed(decimals)).format(value),
    signed: (value, decimals = naturalDecimals(value)) =>
      get(`s${decimals}`, { signDisplay: 'exceptZero', ...fixed(decimals) }).format(value),
    signedPercent: (value, decimals = naturalDecimals(value)) =>
      get(`sp${decimals}`, { style: 'percent', signDisplay: 'exceptZero', ...fixed(decimals) }).format(value / 100),
    count: (value) => get('c', { maximumFractionDigits: 0 }).format(value),
    percentRange: (low, high, decimals = 1) =>
      low == null || high == null ? '' : `${percent(low, decimals)} – ${percent(high, decimals)}`,
  };
}
