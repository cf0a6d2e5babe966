import { describe, expect, it } from 'vitest';
import { checkField, readToolState, toolDefaults, writeToolState, type ToolSpec } from '../../../src/lib/state/tool-state';
import { STEP_SPEC } from '../../../src/lib/calculators/calculator-specs';
import { LAB_SPEC } from '../../../src/lib/lab/lab-spec';

const spec: ToolSpec = {
  id: 't',
  fields: [
    { name: 'rate', kind: 'number', min: 0, max: 100, defaultValue: 6 },
    { name: 'n', kind: 'number', min: 1, max: 50, integer: true, defaultValue: 40 },
    { name: 'outcome', kind: 'choice', values: ['job', 'job_or_edu'], defaultValue: 'job' },
  ],
  crossCheck: (v) => (Number(v.rate) > Number(v.n) ? ['rate'] : []),
};

describe('checkField', () => {
  it('accepts numbers typed with a decimal comma and reports each kind of problem', () => {
    const rate = spec.fields[0]!;
    const n = spec.fields[1]!;
    expect(checkField(rate, '2,5', 'sv-SE')).toEqual({ ok: true, value: 2.5 });
    expect(checkField(rate, '', 'sv-SE')).toEqual({ ok: false, problem: 'empty' });
    expect(checkField(rate, 'sex', 'sv-SE')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(checkField(rate, '-1', 'sv-SE')).toEqual({ ok: false, problem: 'too-small' });
    expect(checkField(rate, '100,1', 'sv-SE')).toEqual({ ok: false, problem: 'too-large' });
    expect(checkField(n, '2,5', 'sv-SE')).toEqual({ ok: false, problem: 'not-whole' });
    expect(checkField(spec.fields[2]!, 'jobs', 'sv-SE')).toEqual({ ok: false, problem: 'not-a-choice' });
  });
});

describe('readToolState / writeToolState', () => {
  it('gives the defaults for an empty URL and reports nothing', () => {
    expect(readToolState(new URLSearchParams(''), spec)).toEqual({ values: toolDefaults(spec), invalid: [] });
  });

  it('round-trips non-default values and leaves defaults out of the URL', () => {
    const values = { rate: 2.5, n: 40, outcome: 'job_or_edu' };
    const params = writeToolState(new URLSearchParams('other=1'), spec, values);
    expect(params.toString()).toBe('other=1&t.rate=2.5&t.outcome=job_or_edu');
    expect(readToolState(params, spec)).toEqual({ values, invalid: [] });
  });

  it('falls back to the default for malformed, out-of-range and unknown values and names each', () => {
    const state = readToolState(new URLSearchParams('t.rate=abc&t.n=500&t.outcome=jobs'), spec);
    expect(state.values).toEqual(toolDefaults(spec));
    expect(state.invalid).toEqual(['t.rate', 't.n', 't.outcome']);
  });

  it('accepts a hand-typed decimal comma in the URL', () => {
    expect(readToolState(new URLSearchParams('t.rate=2,5'), spec).values.rate).toBe(2.5);
  });

  it('resets a field that breaks the cross-field rule, keeping the others', () => {
    const state = readToolState(new URLSearchParams('t.rate=30&t.n=20'), spec);
    expect(state.values).toEqual({ rate: 6, n: 20, outcome: 'job' });
    expect(state.invalid).toEqual(['t.rate']);
  });

  it('keeps the step calculator on the 5-point scale (start + steps ≤ 5)', () => {
    const state = readToolState(new URLSearchParams('steg.start=4&steg.steps=2'), STEP_SPEC);
    expect(state.values.start).toBe(4);
    expect(state.values.steps).toBe(1);
    expect(state.invalid).toEqual(['steg.steps']);
    expect(readToolState(new URLSearchParams('steg.start=2&steg.steps=3'), STEP_SPEC).invalid).toEqual([]);
  });

  it('reads the lab truths, refusing a fractional seed and too many persons', () => {
    const state = readToolState(new URLSearchParams('labb.beta=2,5&labb.seed=1.5&labb.persons=90000'), LAB_SPEC);
    expect(state.values.beta).toBe(2.5);
    expect(state.values.seed).toBe(1);
    expect(state.values.persons).toBe(4000);
    expect(state.invalid).toEqual(['labb.persons', 'labb.seed']);
  });
});
