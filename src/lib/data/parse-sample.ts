import { fromCSV, table, type ColumnTable } from 'arquero';
import { COLUMN_SPECS, SAMPLE_COLUMNS, type ColumnSpec } from './sample-columns';

/** Why a CSV was refused; codes are translated by the UI, never shown raw. */
export type SampleProblemCode = 'empty-file' | 'missing-column' | 'bad-value' | 'no-rows' | 'outcome-order';

/** One problem found in a CSV: what, where (1-based data row, header = row 0) and the offending text. */
export interface SampleProblem {
  code: SampleProblemCode;
  column?: string;
  row?: number;
  value?: string;
}

/** Thrown when a CSV cannot be used; carries every problem found (up to a limit). */
export class SampleParseError extends Error {
  constructor(readonly problems: readonly SampleProblem[]) {
    super(`The CSV could not be read: ${problems.map(describeProblem).join('; ')}`);
    this.name = 'SampleParseError';
  }
}

const MAX_PROBLEMS = 20;
const QUARTER = /^(\d{4})Q([1-4])$/;

function describeProblem(p: SampleProblem): string {
  const where = [p.column && `column ${p.column}`, p.row !== undefined && `row ${p.row}`].filter(Boolean).join(', ');
  return `${p.code}${where ? ` (${where})` : ''}${p.value !== undefined ? `: "${p.value}"` : ''}`;
}

/** Parses one cell by its column spec; returns undefined when the text is not a valid value. */
function parseCell(spec: ColumnSpec, text: string): number | string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return spec.nullable ? null : undefined;
  switch (spec.kind) {
    case 'category':
      return spec.values?.includes(trimmed) ? trimmed : undefined;
    case 'quarter':
      return QUARTER.test(trimmed) ? trimmed : undefined;
    default: {
      const n = Number(trimmed);
      if (!Number.isFinite(n)) return undefined;
      if (spec.kind === 'binary') return n === 0 || n === 1 ? n : undefined;
      if (spec.kind === 'integer' && !Number.isInteger(n)) return undefined;
      if (spec.min !== undefined && n < spec.min) return undefined;
      if (spec.max !== undefined && n > spec.max) return undefined;
      return n;
    }
  }
}

/**
 * Reads a sample CSV (the codebook's columns, any order, extra columns ignored) into a typed Arquero
 * table, or throws a SampleParseError listing what is wrong. Nothing is partially accepted.
 */
export function parseSample(text: string): ColumnTable {
  if (text.trim() === '') throw new SampleParseError([{ code: 'empty-file' }]);
  const raw = fromCSV(text, { autoType: false });
  const present = new Set(raw.columnNames());
  const missing = SAMPLE_COLUMNS.filter((c) => !present.has(c));
  if (missing.length > 0) {
    throw new SampleParseError(missing.map((column) => ({ code: 'missing-column', column })));
  }
  const n = raw.numRows();
  if (n === 0) throw new SampleParseError([{ code: 'no-rows' }]);

  const problems: SampleProblem[] = [];
  const columns: Record<string, Array<number | string | null>> = {};
  for (const spec of COLUMN_SPECS) {
    const source = raw.array(spec.name) as ArrayLike<string | null>;
    const values = new Array<number | string | null>(n);
    for (let i = 0; i < n; i++) {
      const cell = source[i] ?? '';
      const value = parseCell(spec, cell);
      if (value === undefined) {
        if (problems.length < MAX_PROBLEMS) problems.push({ code: 'bad-value', column: spec.name, row: i + 1, value: cell });
        values[i] = null;
      } else {
        values[i] = value;
      }
    }
    columns[spec.name] = values;
  }
  // A job is also "job or education": a row that says otherwise is inconsistent.
  const job = columns.job_52w!;
  const jobOrEdu = columns.job_or_edu_52w!;
  for (let i = 0; i < n && problems.length < MAX_PROBLEMS; i++) {
    if (job[i] === 1 && jobOrEdu[i] === 0) problems.push({ code: 'outcome-order', row: i + 1 });
  }
  if (problems.length > 0) throw new SampleParseError(problems);
  return table(columns);
}
