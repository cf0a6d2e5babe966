import { describe, expect, it } from 'vitest';
import {
  checkField,
  differsFromDefaults,
  fieldInUse,
  invalidStateNotice,
  readState,
  stateDefaults,
  stateHref,
  unknownKeys,
  writeState,
  type StateSpec,
} from '../../../src/lib/state/url-state';
import { STEP_SPEC } from '../../../src/lib/calculators/calculator-specs';
import { LAB_SPEC } from '../../../src/lib/lab/lab-spec';

const spec: StateSpec = {
  id: 't',
  fields: [
    { name: 'rate', kind: 'number', min: 0, max: 100, defaultValue: 6 },
    { name: 'n', kind: 'number', min: 1, max: 50, integer: true, defaultValue: 40 },
    { name: 'outcome', kind: 'choice', values: ['job', 'job_or_edu'], defaultValue: 'job' },
  ],
  crossCheck: (v) => (Number(v.rate) > Number(v.n) ? ['rate'] : []),
};

/** A figure-like spec: a source choice, a sample-only choice, and a number used only for a typed source. */
const mixed: StateSpec = {
  id: 'f',
  fields: [
    { name: 'source', kind: 'choice', values: ['published', 'sample', 'typed'], defaultValue: 'published' },
    { name: 'groups', kind: 'choice', values: ['3', '4', '5'], defaultValue: '3', sampleOnly: true },
    { name: 'rate', kind: 'number', min: 0, max: 100, defaultValue: 6, when: { field: 'source', value: 'typed' } },
  ],
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

describe('readState / writeState', () => {
  it('gives the defaults for an empty URL and reports nothing', () => {
    expect(readState(new URLSearchParams(''), spec)).toEqual({ values: stateDefaults(spec), invalid: [] });
  });

  it('round-trips non-default values and leaves defaults out of the URL', () => {
    const values = { rate: 2.5, n: 40, outcome: 'job_or_edu' };
    const params = writeState(new URLSearchParams('other=1'), spec, values);
    expect(params.toString()).toBe('other=1&t.rate=2.5&t.outcome=job_or_edu');
    expect(readState(params, spec)).toEqual({ values, invalid: [] });
  });

  it('round-trips choices and numbers of one spec together, and writes nothing for the defaults', () => {
    const values = { source: 'sample', groups: '5', rate: 12.25 };
    const params = writeState(new URLSearchParams(''), mixed, values);
    expect(params.toString()).toBe('f.source=sample&f.groups=5&f.rate=12.25');
    expect(readState(params, mixed)).toEqual({ values, invalid: [] });
    expect(writeState(params, mixed, stateDefaults(mixed)).toString()).toBe('');
  });

  it('falls back to the default for malformed, out-of-range and unknown values and names each', () => {
    const state = readState(new URLSearchParams('t.rate=abc&t.n=500&t.outcome=jobs'), spec);
    expect(state.values).toEqual(stateDefaults(spec));
    expect(state.invalid).toEqual(['t.rate', 't.n', 't.outcome']);
  });

  it('restores the rest of the view when one value is malformed, and the notice names only that one', () => {
    const state = readState(new URLSearchParams('f.source=sample&f.groups=<script>&f.rate=7'), mixed);
    expect(state.values).toEqual({ source: 'sample', groups: '3', rate: 7 });
    expect(state.invalid).toEqual(['f.groups']);
    expect(invalidStateNotice(state.invalid, 'Ogiltigt: {names}.')).toBe('Ogiltigt: f.groups.');
    expect(invalidStateNotice([], 'Ogiltigt: {names}.')).toBe('');
  });

  it('refuses choices by exact value (no case folding), reports unknown names with its prefix, and leaves other prefixes alone', () => {
    const state = readState(new URLSearchParams('f.source=SAMPLE&f.colour=red&g.source=bogus'), mixed);
    expect(state).toEqual({ values: stateDefaults(mixed), invalid: ['f.source', 'f.colour'] });
  });

  it('accepts a hand-typed decimal comma in the URL', () => {
    expect(readState(new URLSearchParams('t.rate=2,5'), spec).values.rate).toBe(2.5);
  });

  it('resets a field that breaks the cross-field rule, keeping the others', () => {
    const state = readState(new URLSearchParams('t.rate=30&t.n=20'), spec);
    expect(state.values).toEqual({ rate: 6, n: 20, outcome: 'job' });
    expect(state.invalid).toEqual(['t.rate']);
  });

  it('keeps the step calculator on the 5-point scale (start + steps ≤ 5)', () => {
    const state = readState(new URLSearchParams('steg.start=4&steg.steps=2'), STEP_SPEC);
    expect(state.values.start).toBe(4);
    expect(state.values.steps).toBe(1);
    expect(state.invalid).toEqual(['steg.steps']);
    expect(readState(new URLSearchParams('steg.start=2&steg.steps=3'), STEP_SPEC).invalid).toEqual([]);
  });

  it('reads the lab truths, refusing a fractional seed and too many persons', () => {
    const state = readState(new URLSearchParams('labb.beta=2,5&labb.seed=1.5&labb.persons=90000'), LAB_SPEC);
    expect(state.values.beta).toBe(2.5);
    expect(state.values.seed).toBe(1);
    expect(state.values.persons).toBe(4000);
    expect(state.invalid).toEqual(['labb.persons', 'labb.seed']);
  });
});

describe('fields not in use (when, sampleOnly)', () => {
  it('a sample-only field is in use only while the source is the sample; a `when` field only while its choice is made', () => {
    const [, groups, rate] = mixed.fields as [unknown, (typeof mixed.fields)[number], (typeof mixed.fields)[number]];
    expect(fieldInUse(groups, { source: 'published' })).toBe(false);
    expect(fieldInUse(groups, { source: 'sample' })).toBe(true);
    expect(fieldInUse(rate, { source: 'sample' })).toBe(false);
    expect(fieldInUse(rate, { source: 'typed' })).toBe(true);
    expect(fieldInUse(mixed.fields[0]!, {})).toBe(true);
  });

  it('keeps a valid value of a field not in use, so it counts again when the reader switches back', () => {
    const state = readState(new URLSearchParams('f.groups=4&f.rate=9'), mixed);
    expect(state).toEqual({ values: { source: 'published', groups: '4', rate: 9 }, invalid: [] });
  });
});

describe('differsFromDefaults and stateHref', () => {
  it('tells a shared link from the page as built', () => {
    expect(differsFromDefaults(spec, stateDefaults(spec))).toBe(false);
    expect(differsFromDefaults(spec, { ...stateDefaults(spec), n: 41 })).toBe(true);
  });

  it('writes the values into the current address, keeping other parameters and the hash', () => {
    const location = { pathname: '/sv/kalkylatorer/', search: '?fokus.population=typed', hash: '#kalkylator-steg' };
    expect(stateHref(location, spec, { rate: 2.5, n: 40, outcome: 'job' })).toBe('/sv/kalkylatorer/?fokus.population=typed&t.rate=2.5#kalkylator-steg');
    expect(stateHref({ ...location, search: '?t.rate=3' }, spec, stateDefaults(spec))).toBe('/sv/kalkylatorer/#kalkylator-steg');
  });
});

describe('parameters that name no field', () => {
  const spec = { id: 'job-rate-by-belief', fields: [{ name: 'source', kind: 'choice', values: ['published', 'sample'], defaultValue: 'published' }] } as const;

  it('are reported when they carry the prefix in any case, and other parameters are left alone', () => {
    const params = new URLSearchParams('JOB-RATE-BY-BELIEF.source=sample&job-rate-by-belief.sorce=sample&job-rate-by-belief.source=sample&other.x=1');
    const { values, invalid } = readState(params, spec);
    expect(values.source).toBe('sample');
    expect(invalid).toEqual(['JOB-RATE-BY-BELIEF.source', 'job-rate-by-belief.sorce']);
    expect(unknownKeys(params, spec)).toEqual(['JOB-RATE-BY-BELIEF.source', 'job-rate-by-belief.sorce']);
  });

  it('are dropped when the state is written back, so the address describes what is shown', () => {
    const written = writeState(new URLSearchParams('JOB-RATE-BY-BELIEF.source=sample&other.x=1'), spec, { source: 'published' });
    expect(written.toString()).toBe('other.x=1');
  });
});

describe('numbers that mean what they look like', () => {
  const persons = LAB_SPEC.fields.find((f) => f.name === 'persons')!;
  const alpha = LAB_SPEC.fields.find((f) => f.name === 'alpha')!;

  it.each(['sv-SE', 'da-DK', 'en-GB'])('reads "1.000", "1,000" and "1 000" persons as a thousand in %s, and refuses "5%" in a count', (locale) => {
    for (const text of ['1.000', '1,000', '1 000', '1\u00a0000']) expect(checkField(persons, text, locale), text).toEqual({ ok: true, value: 1000 });
    expect(checkField(persons, '1,5', locale)).toEqual({ ok: false, problem: 'not-whole' });
    expect(checkField(persons, '800%', locale)).toEqual({ ok: false, problem: 'percent-not-allowed' });
  });

  it('refuses more decimals than a field keeps instead of rounding them away, in the form and in the URL', () => {
    expect(checkField(alpha, '0,123', 'sv-SE')).toEqual({ ok: true, value: 0.123 });
    expect(checkField(alpha, '0,12345', 'sv-SE')).toEqual({ ok: false, problem: 'too-precise' });
    const state = readState(new URLSearchParams(`${LAB_SPEC.id}.alpha=0.12345`), LAB_SPEC);
    expect(state.invalid).toEqual([`${LAB_SPEC.id}.alpha`]);
    expect(state.values.alpha).toBe(alpha.defaultValue);
  });
});
