import { csvFormatRows } from 'd3';
import { SAMPLE_COLUMNS, type SampleRow } from '../data/sample-columns';

/** One cell as text: numbers plain (years_on_benefits always with one decimal), null as empty. */
function cell(row: SampleRow, column: (typeof SAMPLE_COLUMNS)[number]): string {
  const value = row[column];
  if (value === null) return '';
  // Fixed decimals, so 3 and 3.0 never both appear and the file is byte-stable across runs.
  if (column === 'years_on_benefits') return (value as number).toFixed(1);
  return String(value);
}

/**
 * Serialises sample rows as CSV in the codebook's column order, with a header, "\n" line ends and
 * a final newline; the same rows always give the same bytes.
 */
export function sampleToCsv(rows: readonly SampleRow[]): string {
  return `${csvFormatRows([[...SAMPLE_COLUMNS], ...rows.map((row) => SAMPLE_COLUMNS.map((c) => cell(row, c)))])}\n`;
}
