import { csvFormat } from 'd3';
import type { FigureSource } from '../charts/palette';
import type { FigureHow, FigureModel } from './figure-model';

/**
 * One column of a figure's numbers, declared once: its table header and cell text (in the reader's
 * language), its CSV value (raw, language-free) and its text in the chart's alt series. A column
 * without `head` is in the CSV only; one without `csv` is in the table only.
 */
export interface FigureColumn<R> {
  /** The CSV header, and the name altSeries refers to the column by. */
  key: string;
  /** The table header; leave it out for a CSV-only column. */
  head?: string;
  /** The table cell (and the alt text, unless `alt` says otherwise); required with `head`. */
  format?: (row: R) => string;
  /** The CSV cell: a raw number (rounded to 4 decimals on output) or text; null or undefined is empty. */
  csv?: (row: R) => number | string | null | undefined;
  /** The text of the cell in the alt series, where it differs from the table cell. */
  alt?: (row: R) => string;
  /** In the table of the sample view only (the report has no such number); the CSV column stays. */
  sampleOnly?: boolean;
}

/** A figure's rows with the columns they are shown in. */
export interface FigureRows<R> {
  rows: readonly R[];
  columns: readonly FigureColumn<R>[];
}

/** Rounds to 4 decimals, so downloaded files are stable and readable. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** A proportion (0–1) in per cent, keeping a missing value missing. */
export function percentOrNull(value: number | null | undefined): number | null {
  return value == null ? null : value * 100;
}

/** The columns shown in a view's table: all with a header, less the sample-only ones in the published view. */
function tableColumns<R>(columns: readonly FigureColumn<R>[], source: FigureSource): FigureColumn<R>[] {
  return columns.filter((c) => c.head !== undefined && !(c.sampleOnly && source !== 'sample'));
}

function cell<R>(column: FigureColumn<R>, row: R): string {
  if (!column.format) throw new Error(`figure column ${column.key} has a header but no format`);
  return column.format(row);
}

function named<R>(columns: readonly FigureColumn<R>[], key: string): FigureColumn<R> {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`no figure column ${key}`);
  return column;
}

/** One row's cell of the named column as the table shows it (for a sentence that quotes the table). */
export function cellText<R>(columns: readonly FigureColumn<R>[], key: string, row: R): string {
  return cell(named(columns, key), row);
}

/** The numbers as a table for reading: headers and formatted cells, one row per row. */
export function figureTable<R>({ rows, columns }: FigureRows<R>, source: FigureSource): { head: string[]; rows: string[][] } {
  const shown = tableColumns(columns, source);
  return { head: shown.map((c) => c.head!), rows: rows.map((row) => shown.map((c) => cell(c, row))) };
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The numbers as records: the columns with a CSV value, in order; numbers rounded, text safe for spreadsheets. */
export function figureRecords<R>({ rows, columns }: FigureRows<R>): FigureModel['data'] {
  const written = columns.filter((c) => c.csv);
  const records = rows.map((row) =>
    Object.fromEntries(
      written.map((c) => {
        const value = c.csv!(row);
        return [c.key, value == null ? '' : typeof value === 'number' ? round(value) : neutraliseFormula(value)];
      }),
    ),
  );
  return { keys: written.map((c) => c.key), records };
}

/** The numbers as CSV: the columns with a CSV value, in order; numbers rounded, a '.' as decimal point. */
export function figureCsv<R>(rows: FigureRows<R>): string {
  const { keys, records } = figureRecords(rows);
  return csvFormat(records, keys);
}

/**
 * The series an alt text states: for each row, the named columns' text (`alt`, else the table cell)
 * joined by `within`, the rows joined by ', ' ("Nej 1,1 %, Tvivlar 2,6 %, …").
 */
export function altSeries<R>({ rows, columns }: FigureRows<R>, keys: readonly string[], within = ' '): string {
  const shown = keys.map((key) => named(columns, key));
  return rows.map((row) => shown.map((c) => (c.alt ? c.alt(row) : cell(c, row))).join(within)).join(', ');
}

/** A further table of a view (a histogram's counts): its key, caption, rows and columns. */
export interface FigureExtraTable<T> extends FigureRows<T> {
  key: string;
  caption: string;
}

/** What a figure view states besides its numbers, which come as rows with their columns. */
export type FigureModelInput<R, T = never> = Omit<FigureModel, 'table' | 'tables' | 'csv' | 'data' | 'how'> &
  FigureRows<R> & {
    how?: FigureHow | null;
    /** Further tables under the first (rows of type T); their rows follow the first table's in the CSV. */
    tables?: ReadonlyArray<FigureExtraTable<T>>;
  };

/**
 * The columns every figure's CSV ends with, so a downloaded file says what each row is: its kind (when
 * the figure declares none, the view's), the report's hedge on an approximate value (`approx`, empty
 * for an exact one) and the view's source line.
 */
function describingColumns<R>(columns: readonly FigureColumn<R>[], kind: string, source: string): FigureColumn<R>[] {
  const has = (key: string) => columns.some((c) => c.key === key && c.csv);
  return [
    ...columns,
    ...(has('kind') ? [] : [kindColumn<R>(() => kind)]),
    ...(has('approx') ? [] : [approxColumn<R>(() => undefined)]),
    // A figure whose rows come from different sources (the report beside the sample) names each row's.
    ...(has('source') ? [] : [{ key: 'source', csv: () => source }]),
  ];
}

const DESCRIBING_KEYS = ['kind', 'approx', 'source'];

/**
 * The records of several tables in one file: the keys of all of them in order of first use (the
 * describing columns last), a cell a table does not have left empty.
 */
function mergedRecords(parts: ReadonlyArray<FigureModel['data']>): FigureModel['data'] {
  if (parts.length === 1) return parts[0]!;
  const all = parts.flatMap((p) => p.keys);
  const keys = [...new Set([...all.filter((k) => !DESCRIBING_KEYS.includes(k)), ...all.filter((k) => DESCRIBING_KEYS.includes(k))])];
  const records = parts.flatMap((p) => p.records.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] ?? '']))));
  return { keys, records };
}

/** A figure model whose table and CSV are derived from its rows and columns (so they cannot disagree). */
export function figureModel<R, T = never>(input: FigureModelInput<R, T>): FigureModel {
  const { rows, columns, how = null, tables: extra = [], ...rest } = input;
  const data = mergedRecords([
    figureRecords({ rows, columns: describingColumns(columns, input.kind, input.sourceLine) }),
    ...extra.map((t) => figureRecords({ rows: t.rows, columns: describingColumns(t.columns, input.kind, input.sourceLine) })),
  ]);
  const table = figureTable({ rows, columns }, input.kind);
  const tables = extra.map((t) => ({ key: t.key, caption: t.caption, ...figureTable(t, input.kind) }));
  return { ...rest, table, ...(tables.length > 0 ? { tables } : {}), data, csv: csvFormat(data.records, data.keys), how };
}

/** The CSV column naming the kind of every row's number ('published', 'sample' or 'assumed'). */
export function kindColumn<R>(kind: (row: R) => string): FigureColumn<R> {
  return { key: 'kind', csv: kind };
}

/** The CSV column with the report's hedge on a row's value ('about', 'just_under' …; empty when exact). */
export function approxColumn<R>(approx: (row: R) => string | undefined): FigureColumn<R> {
  return { key: 'approx', csv: (row) => approx(row) ?? '' };
}
