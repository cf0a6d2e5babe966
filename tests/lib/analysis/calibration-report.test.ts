import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import sampleMeta from '../../../data/sample-meta.json';
import published from '../../../data/published.json';
import { calibrationReport, type CalibrationRow } from '../../../src/lib/analysis/calibration-report';
import { parseSample } from '../../../src/lib/data/parse-sample';

const csv = readFileSync('data/sample.csv', 'utf8');
let report: CalibrationRow[];
beforeAll(() => {
  report = calibrationReport(parseSample(csv));
});
const byKey = (rows: CalibrationRow[], key: string) => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe('calibrationReport', () => {
  it('lists every target of DESIGN §3 once: size, base rates, Tabell 2, shares, changes, thirds, both estimators', () => {
    expect(report.map((r) => r.key)).toEqual([
      'size_rows', 'size_persons', 'size_caseworkers', 'size_centres',
      'base_job', 'base_job_or_edu',
      'tabell2_1', 'tabell2_2', 'tabell2_3', 'tabell2_4', 'tabell2_5',
      'share_1', 'share_2', 'share_3', 'share_4', 'share_5', 'share_dont_know',
      'change_share', 'third_low', 'third_high',
      'change_effect_job', 'change_effect_job_or_edu', 'step_effect_job', 'step_effect_job_or_edu',
    ]);
  });

  it('reads targets from published.json / assumed.json, not from code', () => {
    expect(byKey(report, 'tabell2_5').target).toBe(published.figures.job_rate_belief_5.value);
    expect(byKey(report, 'step_effect_job_or_edu').target).toBe(published.figures.step_effect_job_or_edu.value);
    expect(byKey(report, 'share_2').source).toEqual({ kind: 'assumed', id: 'belief_share_tvivlar' });
  });

  it('finds the committed sample meets every target', () => {
    expect(report.filter((r) => !r.ok).map((r) => `${r.key}: ${r.achieved}`)).toEqual([]);
  });

  it('computes the same thirds and estimates the seed search screened (sample-meta.json)', () => {
    const s = sampleMeta.screened;
    expect(byKey(report, 'third_low').achieved).toBeCloseTo(s.thirdLow, 3);
    expect(byKey(report, 'third_high').achieved).toBeCloseTo(s.thirdHigh, 3);
    expect(byKey(report, 'change_effect_job').achieved).toBeCloseTo(s.changeJob, 3);
    expect(byKey(report, 'change_effect_job_or_edu').achieved).toBeCloseTo(s.changeJobOrEdu, 3);
    expect(byKey(report, 'step_effect_job').achieved).toBeCloseTo(s.beliefJob, 3);
    expect(byKey(report, 'step_effect_job_or_edu').achieved).toBeCloseTo(s.beliefJobOrEdu, 3);
    expect(byKey(report, 'size_rows').achieved).toBe(13500);
  });

  it('flags a sample that misses: 200 extra jobs break the base rate and Tabell 2', () => {
    const lines = csv.trimEnd().split('\n');
    let flipped = 0;
    const changed = lines.map((line, i) => {
      if (i === 0 || flipped >= 200) return line;
      const cells = line.split(',');
      if (cells[13] !== '5' || cells[15] !== '0') return line;
      flipped++;
      cells[15] = '1';
      cells[16] = '1';
      return cells.join(',');
    });
    expect(flipped).toBe(200);
    const broken: ColumnTable = parseSample(changed.join('\n') + '\n');
    const rows = calibrationReport(broken);
    expect(byKey(rows, 'base_job').ok).toBe(false);
    expect(byKey(rows, 'tabell2_5').ok).toBe(false);
    expect(byKey(rows, 'tabell2_1').ok).toBe(true);
    expect(byKey(rows, 'size_rows').ok).toBe(true);
  });

  it('treats "exact after rounding" as rounding to 0.1 pp', () => {
    const t2 = byKey(report, 'tabell2_1');
    expect(t2.tolerance).toEqual({ kind: 'rounded', decimals: 1 });
    expect(Math.round(t2.achieved * 10) / 10).toBe(t2.target);
  });
});
