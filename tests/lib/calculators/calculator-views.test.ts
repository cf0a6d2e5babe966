import { describe, expect, it } from 'vitest';
import { stepEffectView } from '../../../src/lib/calculators/step-effect-view';
import { caseworkerChangeView } from '../../../src/lib/calculators/caseworker-change-view';
import { jobOrientationView } from '../../../src/lib/calculators/job-orientation-view';
import { CHANGE_SPEC, ORIENTATION_SPEC, STEP_SPEC } from '../../../src/lib/calculators/calculator-specs';
import type { CalculatorSampleFigures } from '../../../src/lib/calculators/calculator-sample-figures';
import { stateDefaults } from '../../../src/lib/state/url-state';
import { figureContext } from '../../../src/i18n/figure-context';

const context = figureContext('sv');
const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
// A hand-made stand-in for the sample's figures, so the views are tested apart from the sample.
const sample: CalculatorSampleFigures = {
  stepEffect: { job: { value: 1.4, low: 0.6, high: 2.2 }, job_or_edu: { value: 3.2, low: 2, high: 4.4 } },
  orientation: { low: 5, high: 7.5 },
  rows: 13500,
};

describe('stepEffectView', () => {
  it('defaults: the report’s 6 % and +1,3 per step, Varierar → Goda chanser, a BIP job centre', () => {
    const view = stepEffectView(stateDefaults(STEP_SPEC), sample, context);
    expect(view.kind).toBe('published');
    expect(view.rows.map((r) => clean(r.value))).toEqual(['7,3 %', '+5,2 av 400 personer', '+22 %', '77 personer']);
    expect(clean(view.summary)).toBe('Om handläggarens svar går från ”Varierar” till ”Goda chanser” ändras andelen från 6,0 % till 7,3 %.');
    expect(view.sources.map(clean)).toEqual([
      'Andel i dag: 6,0 % (publicerad, Byte av handläggare).',
      'Effekt per steg: +1,3 procentenheter (publicerad, Tabell 4).',
    ]);
    expect(view.display).toEqual({ baseline: '6', effect: '1,3', persons: '400' });
    expect(view.chart!.points.map((p) => p.role)).toEqual(['other', 'other', 'start', 'end', 'other']);
  });

  it('the sample’s estimate is labelled as the synthetic sample and carries its interval', () => {
    const view = stepEffectView({ ...stateDefaults(STEP_SPEC), effect_source: 'sample' }, sample, context);
    expect(view.kind).toBe('sample');
    expect(clean(view.rows[0]!.value)).toBe('7,4 %');
    expect(clean(view.rows[0]!.detail!)).toBe('95 %-intervall: 6,6 % till 8,2 %');
    expect(clean(view.sources.join(' '))).toContain('Effekt per steg: +1,40 procentenheter (2SLS-skattning på det syntetiska urvalet).');
    expect(clean(view.sources.join(' '))).toContain('syntetiska urval (13 500 svar)');
  });

  it('typed values are labelled as own values; the 0–100 % limit is noted', () => {
    const view = stepEffectView(
      { ...stateDefaults(STEP_SPEC), baseline_source: 'typed', baseline: 2, effect_source: 'typed', effect: -2.5 },
      sample,
      context,
    );
    expect(view.kind).toBe('typed');
    expect(clean(view.rows[0]!.value)).toBe('0,0 %');
    expect(view.notes[0]).toContain('0–100 %');
  });
});

describe('caseworkerChangeView and jobOrientationView', () => {
  it('five changes: jobs floored at 0 % with a note naming the outcome', () => {
    const view = caseworkerChangeView({ ...stateDefaults(CHANGE_SPEC), changes: 5 }, context);
    expect(view.table!.rows.map((r) => clean(r[1]!))).toEqual(['0,0 %', '2,0 %']);
    expect(view.notes).toHaveLength(1);
    expect(view.notes[0]).toContain('jobb');
    expect(clean(view.summary)).toContain('Med 5 byten väntas 0,0 % få jobb');
  });

  it('says "ett byte" for one change and leaves the comparison out for none', () => {
    expect(clean(caseworkerChangeView(stateDefaults(CHANGE_SPEC), context).summary)).toBe(
      'Med ett byte väntas 4,7 % få jobb och 8,4 % få jobb eller börja en utbildning inom ett år, mot 6,0 % och 10,0 % utan byte.',
    );
    expect(clean(caseworkerChangeView({ ...stateDefaults(CHANGE_SPEC), changes: 0 }, context).summary)).toBe(
      'Utan byten väntas 6,0 % få jobb och 10,0 % få jobb eller börja en utbildning inom ett år.',
    );
  });

  it('the thirds: published 5,3 → 7,0 % and the sample’s row, for a caseload of 40', () => {
    const view = jobOrientationView({ ...stateDefaults(ORIENTATION_SPEC), population: 'caseload' }, sample, context);
    expect(view.table!.rows.map((r) => r.map(clean))).toEqual([
      ['Rapporten (Figur 4, publicerad)', '5,3 %', '7,0 %', '+1,7 p.e. (+32 %)', '+0,7 av 40 personer'],
      ['Urvalet (syntetiskt)', '5,0 %', '7,5 %', '+2,5 p.e. (+50 %)', '+1 av 40 personer'],
    ]);
  });
});
