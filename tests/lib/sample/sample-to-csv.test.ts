import { describe, expect, it } from 'vitest';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { SAMPLE_COLUMNS, type SampleRow } from '../../../src/lib/data/sample-columns';
import { sampleToCsv } from '../../../src/lib/sample/sample-to-csv';

const row = (over: Partial<SampleRow>): SampleRow => ({
  response_id: 1, person_id: 1, caseworker_id: 1, jobcentre_id: 1, quarter: '2013Q1', wave: 1, age: 40,
  gender: 'female', benefit_group: 'cash_benefit', years_on_benefits: 3, self_belief: 3, health_coping: 3,
  job_search: 3, belief: 2, caseworker_changes: 0, job_52w: 0, job_or_edu_52w: 0, ...over,
});

describe('sampleToCsv', () => {
  it('writes the codebook columns in order, one line per row, with a final newline', () => {
    const csv = sampleToCsv([row({}), row({ response_id: 2 })]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(SAMPLE_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('writes years on benefits with exactly one decimal and "don\'t know" as an empty cell', () => {
    const csv = sampleToCsv([row({ years_on_benefits: 3, belief: null }), row({ years_on_benefits: 12.25 })]);
    expect(csv.split('\n')[1]).toBe('1,1,1,1,2013Q1,1,40,female,cash_benefit,3.0,3,3,3,,0,0,0');
    expect(csv.split('\n')[2]).toContain(',12.3,'); // 12.25 is exact in binary; toFixed rounds the tie up
  });

  it('reads back through parseSample to the same values', () => {
    const rows = [row({ belief: null, years_on_benefits: 0.4 }), row({ response_id: 2, person_id: 2, belief: 5, job_52w: 1, job_or_edu_52w: 1, gender: 'male', benefit_group: 'education_support' })];
    expect(parseSample(sampleToCsv(rows)).objects()).toEqual(rows);
  });
});
