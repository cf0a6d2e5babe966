import { describe, expect, it } from 'vitest';
import { runLabExperiment, LAB_STAGES } from '../../../src/lib/lab/run-lab-experiment';
import { labSampleParams, type LabTruths } from '../../../src/lib/lab/lab-sample-params';
import { LAB_SPEC } from '../../../src/lib/lab/lab-spec';
import { toolDefaults } from '../../../src/lib/state/tool-state';
import { labView } from '../../../src/lib/lab/lab-view';
import { figureContext } from '../../../src/i18n/figure-context';

// The lab's own defaults: the published truths at the study's size (4,000 persons, 13,500 answers,
// 300 caseworkers). The coverage test runs exactly these, so what it shows is what the page does.
const defaults = toolDefaults(LAB_SPEC) as unknown as LabTruths;

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
    expect(defaults).toMatchObject({ beta: 1.3, delta: -1.3, persons: 4000, caseworkers: 300 });
  });

  it('reports every stage in order and the naive slope overshoots the truth far more than 2SLS', () => {
    const stages: string[] = [];
    const r = runLabExperiment(defaults, (stage) => stages.push(stage));
    expect(stages).toEqual([...LAB_STAGES]);
    expect(r.rows).toBe(13500);
    expect(r.naive!.low).toBeGreaterThan(defaults.beta);
    expect(r.ols!.low).toBeGreaterThan(defaults.beta);
    expect(Math.abs(r.iv!.value - defaults.beta)).toBeLessThan(Math.abs(r.naive!.value - defaults.beta));
    expect(r.firstStageF).toBeGreaterThan(10);
  });

  it('is deterministic for a seed', () => {
    const small = { ...defaults, persons: 800, caseworkers: 60 };
    expect(runLabExperiment({ ...small, seed: 7 })).toEqual(runLabExperiment({ ...small, seed: 7 }));
  });

  it('with no caseworker optimism the instrument has nothing to work with and 2SLS is reported as missing', () => {
    const r = runLabExperiment({ ...defaults, spread: 0, persons: 800, caseworkers: 60 });
    // Leave-one-out means still vary by chance, so the model may run, but then the instrument is weak.
    expect(r.iv === null || (r.firstStageF ?? 0) < 100).toBe(true);
    expect(r.naive).not.toBeNull();
    const notes = labView(runLabExperiment({ ...defaults, spread: 0 }), figureContext('sv')).notes;
    expect(notes[0]).toContain('svagt');
  });

  it('set to the published truths, 2SLS covers the true β in at least 90 of 100 seeded runs', () => {
    let covered = 0;
    let changeCovered = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const r = runLabExperiment({ ...defaults, seed });
      if (r.iv?.covers) covered++;
      if (r.change?.covers) changeCovered++;
    }
    expect(covered).toBeGreaterThanOrEqual(90);
    expect(changeCovered).toBeGreaterThanOrEqual(85);
  }, 120_000);
});
