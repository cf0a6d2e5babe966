import { describe, expect, it } from 'vitest';
import { parseSample, SampleParseError, type SampleProblem } from '../../../src/lib/data/parse-sample';
import { SAMPLE_COLUMNS, type SampleRow } from '../../../src/lib/data/sample-columns';
import { tinySampleCsv } from '../../fixtures/tiny-sample';

/** The problems parseSample reports for a CSV; fails the test if it parses. */
function problemsOf(text: string): readonly SampleProblem[] {
  try {
    parseSample(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SampleParseError);
    return (error as SampleParseError).problems;
  }
  throw new Error('expected a SampleParseError, but the CSV parsed');
}

/** A valid two-row CSV with one cell replaced (row 1-based, as the parser reports it). */
function withCell(column: string, row: number, value: string): string {
  const lines = tinySampleCsv([{}, {}]).trimEnd().split('\n');
  const index = SAMPLE_COLUMNS.indexOf(column as never);
  const cells = lines[row]!.split(',');
  cells[index] = value;
  lines[row] = cells.join(',');
  return `${lines.join('\n')}\n`;
}

const rows: Array<Partial<SampleRow>> = [
  { person_id: 7, quarter: '2013Q1', belief: 4, years_on_benefits: 1.5, job_52w: 1, gender: 'male' },
  { person_id: 7, quarter: '2013Q2', wave: 2, belief: null, caseworker_changes: 1, benefit_group: 'education_support' },
];

describe('parseSample', () => {
  it('reads a valid CSV into a table with numbers, strings and a null belief for an empty cell', () => {
    const t = parseSample(tinySampleCsv(rows));
    expect(t.numRows()).toBe(2);
    expect(t.columnNames()).toEqual([...SAMPLE_COLUMNS]);
    expect(t.objects()).toEqual([
      expect.objectContaining({ response_id: 1, person_id: 7, quarter: '2013Q1', wave: 1, gender: 'male', belief: 4, years_on_benefits: 1.5, job_52w: 1, job_or_edu_52w: 1 }),
      expect.objectContaining({ response_id: 2, quarter: '2013Q2', wave: 2, benefit_group: 'education_support', belief: null, caseworker_changes: 1, job_52w: 0 }),
    ]);
    expect(typeof t.get('age', 0)).toBe('number');
    expect(typeof t.get('caseworker_id', 0)).toBe('number');
  });

  it('ignores extra columns', () => {
    const t = parseSample(tinySampleCsv(rows, [...SAMPLE_COLUMNS, 'comment']));
    expect(t.columnNames()).toEqual([...SAMPLE_COLUMNS]);
    expect(t.get('belief', 0)).toBe(4);
  });

  it('reads the columns in any order into the same table', () => {
    const shuffled = [...SAMPLE_COLUMNS].reverse();
    expect(parseSample(tinySampleCsv(rows, shuffled)).objects()).toEqual(parseSample(tinySampleCsv(rows)).objects());
  });

  it('refuses an empty file', () => {
    expect(problemsOf('')).toEqual([{ code: 'empty-file' }]);
    expect(problemsOf('  \n\n')).toEqual([{ code: 'empty-file' }]);
  });

  it('refuses a header with no rows', () => {
    expect(problemsOf(`${SAMPLE_COLUMNS.join(',')}\n`)).toEqual([{ code: 'no-rows' }]);
  });

  it('names each missing column', () => {
    const columns = SAMPLE_COLUMNS.filter((c) => c !== 'belief' && c !== 'job_52w');
    expect(problemsOf(tinySampleCsv(rows, columns))).toEqual([
      { code: 'missing-column', column: 'belief' },
      { code: 'missing-column', column: 'job_52w' },
    ]);
  });

  it('refuses a non-numeric cell, naming column, 1-based row and text', () => {
    expect(problemsOf(withCell('age', 2, 'forty'))).toEqual([{ code: 'bad-value', column: 'age', row: 2, value: 'forty' }]);
  });

  it('refuses a belief of 6, outside the 5-point scale', () => {
    expect(problemsOf(withCell('belief', 1, '6'))).toEqual([{ code: 'bad-value', column: 'belief', row: 1, value: '6' }]);
  });

  it('refuses an empty cell in a column that must have a value', () => {
    expect(problemsOf(withCell('age', 1, ''))).toEqual([{ code: 'bad-value', column: 'age', row: 1, value: '' }]);
  });

  it('refuses a quarter that does not exist', () => {
    expect(problemsOf(withCell('quarter', 2, '2014Q5'))).toEqual([{ code: 'bad-value', column: 'quarter', row: 2, value: '2014Q5' }]);
  });

  it('refuses a row with a job but not "job or education"', () => {
    expect(problemsOf(tinySampleCsv([{}, { job_52w: 1, job_or_edu_52w: 0 }]))).toEqual([{ code: 'outcome-order', row: 2 }]);
  });

  it('reports every bad cell at once rather than the first only', () => {
    const text = withCell('belief', 1, '0').replace(/2014Q2/g, 'Q2');
    expect(problemsOf(text)).toEqual([
      { code: 'bad-value', column: 'quarter', row: 1, value: 'Q2' },
      { code: 'bad-value', column: 'quarter', row: 2, value: 'Q2' },
      { code: 'bad-value', column: 'belief', row: 1, value: '0' },
    ]);
  });
});
