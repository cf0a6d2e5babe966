import { describe, expect, it } from 'vitest';
import { csvCell, labRunsCsv, labSampleCsv, labSampleMetadata, toCsv } from '../../../src/lib/lab/lab-csv';
import { generateLabSample, estimateLabSample } from '../../../src/lib/lab/run-lab-experiment';
import { replicationJobs } from '../../../src/lib/lab/lab-replication';
import { LAB_SPEC, labTruthsOf } from '../../../src/lib/lab/lab-spec';
import { SAMPLE_COLUMNS } from '../../../src/lib/data/sample-columns';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { stateDefaults } from '../../../src/lib/state/url-state';

const small = { ...labTruthsOf(stateDefaults(LAB_SPEC)), persons: 600, caseworkers: 40, seed: 5 };

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula, but keeps plain numbers as numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('-1.3')).toBe('-1.3');
    expect(csvCell(-1.3)).toBe('-1.3');
    expect(csvCell('+2e-5')).toBe('+2e-5');
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('1');
    expect(toCsv([['a', 1], ['b', null]])).toBe('a,1\nb,\n');
  });
});

describe('the lab downloads', () => {
  const rows = generateLabSample(small);
  const result = estimateLabSample(small, rows);

  it('the sample CSV has the codebook’s columns and reads back as a valid sample with the same rows', () => {
    const csv = labSampleCsv(rows);
    expect(csv.split('\n')[0]).toBe(SAMPLE_COLUMNS.join(','));
    const table = parseSample(csv);
    expect(table.numRows()).toBe(rows.length);
    expect(table.column('person_id')!.at(0)).toBe(rows[0]!.person_id);
    expect(labSampleCsv(generateLabSample(small))).toBe(csv);
  });

  it('the metadata says it is synthetic and carries the truths, the generator parameters and the estimates', () => {
    const meta = JSON.parse(labSampleMetadata(result, { description: 'Syntetiskt' }));
    expect(meta.synthetic).toBe(true);
    expect(meta.truths).toMatchObject({ beta_pp: 1.3, persons: 600, caseworkers: 40, seed: 5 });
    expect(meta.generator.parameters).toMatchObject({ seed: 5, persons: 600, calibration: null });
    expect(meta.rows).toBe(rows.length);
    expect(meta.controls.map((c: { name: string }) => c.name)).toContain('jobcentre_id');
    expect(meta.estimates_pp.tsls_instrument_strength).toBe(result.ivStrength);
  });

  it('the runs CSV has one row per run with its seed, estimates and the 2SLS only when the instrument was strong', () => {
    const jobs = replicationJobs(small, 2);
    const weak = { ...result, iv: null, ivStrength: 'weak' as const, firstStageF: 3.2 };
    const lines = labRunsCsv(jobs, [result, weak], null).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const head = lines[0]!.split(',');
    expect(head.slice(0, 4)).toEqual(['run', 'point', 'swept_parameter', 'seed']);
    const second = Object.fromEntries(lines[2]!.split(',').map((v, i) => [head[i], v]));
    expect(second).toMatchObject({ run: '2', seed: '6', iv: '', iv_covers: '', iv_strength: 'weak', first_stage_f: '3.2' });
    expect(Number(Object.fromEntries(lines[1]!.split(',').map((v, i) => [head[i], v])).naive)).toBeCloseTo(result.naive!.value, 12);
  });
});
