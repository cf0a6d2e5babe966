import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { binomialRange, replicationJobs, replicationSeeds, summariseRuns, sweepJobs, sweepValues } from '../../../src/lib/lab/lab-replication';
import { LAB_SPEC, labSweepOf, labTruthsOf } from '../../../src/lib/lab/lab-spec';
import { labReplicationView } from '../../../src/lib/lab/lab-replication-view';
import { labReplicationHtml } from '../../../src/lib/lab/lab-replication-html';
import { labSweepView } from '../../../src/lib/lab/lab-sweep-view';
import { labSweepHtml } from '../../../src/lib/lab/lab-sweep-html';
import type { LabEstimate, LabResult } from '../../../src/lib/lab/run-lab-experiment';
import { readState, stateDefaults } from '../../../src/lib/state/url-state';
import { figureContext } from '../../../src/i18n/figure-context';

const sv = figureContext('sv');
const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const truths = labTruthsOf(stateDefaults(LAB_SPEC));
const est = (value: number, covers: boolean): LabEstimate => ({ value, low: value - 0.5, high: value + 0.5, covers });

/** A hand-made run: naive at `naive`, 2SLS at `iv` (null: weak instrument), change always covering. */
function run(naive: number, iv: number | null, ivCovers = true): LabResult {
  return {
    truths,
    rows: 100,
    naive: est(naive, false),
    ols: est(naive - 1, false),
    iv: iv == null ? null : est(iv, ivCovers),
    ivStrength: iv == null ? 'weak' : 'strong',
    firstStageF: iv == null ? 4 : 40,
    change: est(-1.3, true),
  };
}

describe('replication seeds and jobs', () => {
  it('run i uses seed + i − 1, so run 1 is the single experiment', () => {
    expect(replicationSeeds(7, 4)).toEqual([7, 8, 9, 10]);
    const jobs = replicationJobs({ ...truths, seed: 3 }, 3);
    expect(jobs.map((j) => [j.point, j.run, j.truths.seed])).toEqual([[0, 0, 3], [0, 1, 4], [0, 2, 5]]);
    expect(jobs[0]!.truths).toEqual({ ...truths, seed: 3 });
  });

  it('a sweep visits even steps, both ends included, with the same seeds at every point', () => {
    expect(sweepValues({ param: 'spread', from: 0, to: 1.5, points: 7 })).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]);
    expect(sweepValues({ param: 'persons', from: 500, to: 1000, points: 3 })).toEqual([500, 750, 1000]);
    expect(sweepValues({ param: 'alpha', from: 0, to: 1, points: 4 })).toEqual([0, 0.333333333333, 0.666666666667, 1]);
    const jobs = sweepJobs(truths, { param: 'spread', from: 0, to: 1, points: 2, runs: 2 });
    expect(jobs.map((j) => [j.point, j.run, j.truths.spread, j.truths.seed])).toEqual([[0, 0, 0, 1], [0, 1, 0, 2], [1, 0, 1, 1], [1, 1, 1, 2]]);
  });

  it('the URL state describes a sweep: the range fields of the swept parameter count, at most 1,000 runs', () => {
    const state = readState(new URLSearchParams('labb.sweep=alpha&labb.alpha_to=0.5&labb.sweep_points=4&labb.sweep_runs=10'), LAB_SPEC);
    expect(state.invalid).toEqual([]);
    expect(labSweepOf(state.values)).toEqual({ param: 'alpha', from: 0, to: 0.5, points: 4, runs: 10 });
    const tooMany = readState(new URLSearchParams('labb.sweep_points=16&labb.sweep_runs=100'), LAB_SPEC);
    expect(tooMany.invalid).toEqual(['labb.sweep_runs']);
    expect(tooMany.values.sweep_runs).toBe(20);
    expect(readState(new URLSearchParams('labb.runs=1001&labb.alpha_to=2'), LAB_SPEC).invalid).toEqual(['labb.runs', 'labb.alpha_to']);
  });
});

describe('summariseRuns', () => {
  it('mean, bias, RMSE and coverage per estimator; a weak-instrument run has no 2SLS estimate and never covers', () => {
    const s = summariseRuns([run(4, 1.3), run(5, 1.8, false), run(6, null)]);
    expect(s.runs).toBe(3);
    expect(s.naive).toMatchObject({ estimated: 3, mean: 5, covered: 0, coverage: 0 });
    expect(s.naive.bias).toBeCloseTo(3.7, 12);
    expect(s.naive.rmse).toBeCloseTo(Math.sqrt((2.7 ** 2 + 3.7 ** 2 + 4.7 ** 2) / 3), 12);
    expect(s.iv).toMatchObject({ estimated: 2, covered: 1, coverage: 0.5, estimates: [1.3, 1.8] });
    expect(s.iv.bias).toBeCloseTo(0.25, 12);
    expect(s.change).toMatchObject({ truth: -1.3, estimated: 3, covered: 3, coverage: 1 });
    expect(s.medianF).toBe(40);
  });
});

describe('binomialRange', () => {
  it('the central 95 % of Binomial(n, 0.95): 90–99 of 100, 17–20 of 20, 936–963 of 1,000', () => {
    expect(binomialRange(100, 0.95)).toEqual({ low: 90, high: 99 });
    expect(binomialRange(20, 0.95)).toEqual({ low: 17, high: 20 });
    expect(binomialRange(1000, 0.95)).toEqual({ low: 936, high: 963 });
  });
});

describe('labReplicationView and labReplicationHtml', () => {
  const results = [run(4, 1.3), run(5, 1.2), run(6, null)];
  const view = labReplicationView(summariseRuns(results), truths, sv);

  it('a row per estimator: runs with an estimate, mean, truth, bias, RMSE, coverage and whether it is what 95 % gives', () => {
    expect(view.table.rows.map((r) => r.map(clean))).toEqual([
      ['Naiv lutning (utan kontroller)', '+5,00', '+1,30', '+3,70', '3,79', '0 av 3 (0 %)', 'nej, för sällan (väntat 2–3 av 3)'],
      ['OLS med kontroller', '+4,00', '+1,30', '+2,70', '2,82', '0 av 3 (0 %)', 'nej, för sällan (väntat 2–3 av 3)'],
      ['2SLS med jobbfokusering som instrument', '+1,25', '+1,30', '−0,05', '0,07', '2 av 2 (100 %)', 'ja (väntat 1–2 av 2)'],
      ['Effekt per handläggarbyte (OLS med kontroller)', '−1,30', '−1,30', '0,00', '0,00', '3 av 3 (100 %)', 'ja (väntat 2–3 av 3)'],
    ]);
    expect(clean(view.warnings[0]!)).toContain('I 1 av 3 körningar var instrumentet svagt');
    expect(clean(view.heading)).toMatch(/^3 körningar med frön 1–3:/);
  });

  it('renders warnings before the table, the histogram with a panel per belief estimator, and the downloads it is given', () => {
    const html = labReplicationHtml(view, sv, 640, [{ href: 'blob:x', filename: 'a.csv', label: 'CSV' }]);
    const { document } = parseHTML(`<div>${html}</div>`);
    expect(document.querySelector('table[data-role="repeat-table"] caption')!.textContent).toBe(sv.strings.lab.repeat.table_caption);
    expect(html.indexOf('lab__warning')).toBeLessThan(html.indexOf('<table'));
    const svg = document.querySelector('[data-role="repeat-chart"] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('3 körningar');
    expect(svg.textContent).toContain('Naiv lutning (medelvärde +5,00)');
    // The explorer reads each bar's count in words, as the table writes counts ("1 av 3"), not "1/3".
    const bars = [...svg.querySelectorAll('[data-explore]')].map((e) => e.getAttribute('data-explore')!);
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar).toMatch(/: \d+ av [23]$/);
    const link = document.querySelector('a[data-role="download"]')!;
    expect([link.getAttribute('href'), link.getAttribute('download')]).toEqual(['blob:x', 'a.csv']);
  });
});

describe('labSweepView and labSweepHtml', () => {
  it('bias and coverage per point; 2SLS missing where no run had a strong instrument, and the page says where', () => {
    const sweep = { param: 'spread' as const, from: 0, to: 1, points: 2, runs: 2 };
    const points = [
      { value: 0, summary: summariseRuns([run(4, null), run(4, null)]) },
      { value: 1, summary: summariseRuns([run(4, 1.3), run(4, 1.3)]) },
    ];
    const view = labSweepView(points, sweep, truths, sv);
    expect(view.table.rows.map((r) => r.map(clean))).toEqual([
      ['0', '+2,70', '+1,70', '–', '0 %', '0 %', '–', '0 av 2', '4,0'],
      ['1', '+2,70', '+1,70', '0,00', '0 %', '0 %', '100 %', '2 av 2', '40'],
    ]);
    expect(clean(view.warnings[0]!)).toContain('Vid 0 hade ingen körning');
    // The swept parameter is not among the values held fixed.
    expect(clean(view.notes[0]!)).toBe('Övriga värden hålls fasta: β = +1,30, α = 0,95, 4 000 personer och 300 handläggare.');
    expect(view.chart.coverage.series[2]!.values).toEqual([null, 100]);
    const html = labSweepHtml(view, sv, 640);
    const { document } = parseHTML(`<div>${html}</div>`);
    expect(document.querySelectorAll('svg[role="img"]')).toHaveLength(2);
    expect(document.querySelector('table[data-role="sweep-table"]')).not.toBeNull();
    expect(html).not.toContain('data-role="downloads"');
  });
});
