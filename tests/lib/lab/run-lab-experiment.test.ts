import { describe, expect, it } from 'vitest';
import { runLabExperiment, LAB_STAGES } from '../../../src/lib/lab/run-lab-experiment';
import { labSampleParams } from '../../../src/lib/lab/lab-sample-params';
import { LAB_SPEC, labTruthsOf } from '../../../src/lib/lab/lab-spec';
import { stateDefaults } from '../../../src/lib/state/url-state';
import { labView } from '../../../src/lib/lab/lab-view';
import { WEAK_INSTRUMENT_F } from '../../../src/lib/lab/instrument-strength';
import { binomialRange, replicationJobs, summariseRuns } from '../../../src/lib/lab/lab-replication';
import { figureContext } from '../../../src/i18n/figure-context';

// The lab's own defaults: the published truths at the study's size (4,000 persons, 13,500 answers,
// 300 caseworkers). The coverage test runs exactly these, so what it shows is what the page does.
const defaults = labTruthsOf(stateDefaults(LAB_SPEC));
const sv = figureContext('sv');

describe('labSampleParams', () => {
  it('sets the reader’s truths, keeps the study’s answers per person, and switches the calibration off', () => {
    const p = labSampleParams({ ...defaults, beta: 2.5, delta: -1, persons: 1000 });
    expect(p.betaJob).toBe(0.025);
    expect(p.deltaJob).toBe(-0.01);
    expect(p.answers).toBe(3375);
    expect(p.calibration).toBeNull();
  });
});

describe('runLabExperiment', () => {
  it('defaults are the published truths at the study’s size', () => {
    expect(defaults).toEqual({ beta: 1.3, delta: -1.3, alpha: 0.95, spread: 0.78, persons: 4000, caseworkers: 300, seed: 1 });
  });

  it('reports every stage in order and the naive slope overshoots the truth far more than 2SLS', () => {
    const stages: string[] = [];
    const r = runLabExperiment(defaults, (stage) => stages.push(stage));
    expect(stages).toEqual([...LAB_STAGES]);
    expect(r.rows).toBe(13500);
    expect(r.naive!.low).toBeGreaterThan(defaults.beta);
    expect(r.ols!.low).toBeGreaterThan(defaults.beta);
    expect(r.ivStrength).toBe('strong');
    expect(Math.abs(r.iv!.value - defaults.beta)).toBeLessThan(Math.abs(r.naive!.value - defaults.beta));
    expect(r.firstStageF).toBeGreaterThan(WEAK_INSTRUMENT_F);
    const view = labView(r, sv);
    expect(view.warnings).toEqual([]);
    // The default instrument is far stronger than real studies have, and the page says so.
    expect(view.notes.some((n) => n.includes('betydligt starkare än i de flesta verkliga studier'))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const small = { ...defaults, persons: 800, caseworkers: 60 };
    const seven = runLabExperiment({ ...small, seed: 7 });
    expect(runLabExperiment({ ...small, seed: 7 })).toEqual(seven);
    // …and the seed matters: another seed draws another sample, so the estimates differ.
    const eight = runLabExperiment({ ...small, seed: 8 });
    expect(eight.rows).toBe(seven.rows);
    expect(eight.naive!.value).not.toBe(seven.naive!.value);
    expect(eight).not.toEqual(seven);
  });

  it('with no caseworker optimism the instrument is weak or absent: no 2SLS estimate, no "Ja", a warning first', () => {
    for (const truths of [{ ...defaults, spread: 0, persons: 800, caseworkers: 60 }, { ...defaults, spread: 0 }]) {
      const r = runLabExperiment(truths);
      expect(r.naive).not.toBeNull();
      expect(r.iv).toBeNull();
      expect(['weak', 'none']).toContain(r.ivStrength);
      if (r.firstStageF !== null) expect(r.firstStageF).toBeLessThan(WEAK_INSTRUMENT_F);
      const view = labView(r, sv);
      const ivRow = view.table.rows[2]!;
      expect(ivRow[1]).toMatch(/kan inte skattas|skattas inte/);
      expect(ivRow[4]).toBe('–');
      expect(view.warnings[0]).toMatch(/^(Svagt instrument|Instrumentet saknar styrka|Utan variation)/);
    }
  });

  it('warns when caseworkers outnumber persons (500 persons, 600 caseworkers) or have under 2 clients on average', () => {
    const crowded = labView(runLabExperiment({ ...defaults, persons: 500, caseworkers: 600 }), sv);
    expect(crowded.warnings.some((w) => w.startsWith('Fler handläggare (600) än personer (500)'))).toBe(true);
    const thin = labView(runLabExperiment({ ...defaults, persons: 900, caseworkers: 600 }), sv);
    expect(thin.warnings.some((w) => w.startsWith('Bara 1,5 personer per handläggare'))).toBe(true);
  });

  it('lists the controls of the adjusted models', () => {
    const notes = labView(runLabExperiment({ ...defaults, persons: 800, caseworkers: 60 }), sv).notes.join(' ');
    expect(notes).toContain('Kontrollerna i ”OLS med kontroller”');
    for (const control of ['ålder', 'kön', 'ersättningsgrupp', 'år med offentlig försörjning', 'jobbsökning', 'fasta effekter för jobbcenter']) {
      expect(notes).toContain(control);
    }
  });
});

describe('100 seeded repetitions at the defaults', () => {
  it('2SLS covers the true β within the binomial range of a 95 % interval; the naive slope far below it', () => {
    const results = replicationJobs(defaults, 100).map((job) => runLabExperiment(job.truths));
    const summary = summariseRuns(results);
    const range = binomialRange(100, 0.95);
    expect(range).toEqual({ low: 90, high: 99 });
    expect(summary.iv.estimated).toBe(100);
    expect(summary.iv.covered).toBeGreaterThanOrEqual(range.low);
    expect(summary.iv.covered).toBeLessThanOrEqual(range.high);
    expect(Math.abs(summary.iv.bias!)).toBeLessThan(0.2);
    // The naive slope and OLS are biased upwards: their intervals (almost) never cover the truth.
    expect(summary.naive.covered).toBeLessThan(range.low / 2);
    expect(summary.naive.bias!).toBeGreaterThan(2);
    expect(summary.ols.covered).toBeLessThan(range.low / 2);
    expect(summary.change.covered).toBeGreaterThanOrEqual(85);
  }, 300_000);
});
