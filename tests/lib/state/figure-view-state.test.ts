import { describe, expect, expectTypeOf, it } from 'vitest';
import { controlField, figureStateSpec, figureViewState, type FigureViewOptions } from '../../../src/lib/state/figure-view-state';
import { writeFigureView } from '../../../src/lib/state/write-figure-view';
import { fieldInUse, readState, writeState, type ChoiceField } from '../../../src/lib/state/url-state';
import { OUTCOME_CONTROL, SOURCE_CONTROL, defaultView, type FigureControl } from '../../../src/lib/figures/figure-model';

const options: FigureViewOptions = { id: 'job-rate-by-belief', controls: [SOURCE_CONTROL, OUTCOME_CONTROL] };
const defaults = { source: 'published', outcome: 'job_52w' };

describe('figureViewState', () => {
  it('gives the default view when the URL says nothing', () => {
    expect(figureViewState(new URLSearchParams(''), options)).toEqual({ view: defaults, invalid: [] });
    expect(defaultView(options.controls)).toEqual(defaults);
  });

  it('reads a valid value for each control', () => {
    const state = figureViewState(new URLSearchParams('job-rate-by-belief.source=sample&job-rate-by-belief.outcome=job_or_edu_52w'), options);
    expect(state).toEqual({ view: { source: 'sample', outcome: 'job_or_edu_52w' }, invalid: [] });
  });

  it('falls back to the default for hand-edited values and names them', () => {
    const state = figureViewState(new URLSearchParams('job-rate-by-belief.source=SAMPLE&job-rate-by-belief.outcome=<script>'), options);
    expect(state.view).toEqual(defaults);
    expect(state.invalid).toEqual(['job-rate-by-belief.source', 'job-rate-by-belief.outcome']);
  });

  it('keeps the valid part of a half-broken link', () => {
    const state = figureViewState(new URLSearchParams('job-rate-by-belief.source=sample&job-rate-by-belief.outcome=x'), options);
    expect(state.view).toEqual({ source: 'sample', outcome: 'job_52w' });
    expect(state.invalid).toEqual(['job-rate-by-belief.outcome']);
  });

  it('ignores parameters of other figures', () => {
    expect(figureViewState(new URLSearchParams('belief-distribution.source=bogus'), options).invalid).toEqual([]);
  });
});

describe('writeFigureView', () => {
  it('round-trips through the URL and keeps other parameters', () => {
    const view = { source: 'sample', outcome: 'job_or_edu_52w' };
    const params = writeFigureView(new URLSearchParams('other=1'), options, view);
    expect(params.get('other')).toBe('1');
    expect(figureViewState(params, options).view).toEqual(view);
  });

  it('leaves defaults out so links stay short', () => {
    const params = writeFigureView(new URLSearchParams('job-rate-by-belief.source=sample'), options, defaults);
    expect(params.toString()).toBe('');
  });
});

describe('a figure control as a field of URL state', () => {
  it('maps 1:1 to a choice field, sampleOnly included', () => {
    expect(controlField(OUTCOME_CONTROL)).toEqual({ kind: 'choice', name: 'outcome', values: ['job_52w', 'job_or_edu_52w'], defaultValue: 'job_52w', sampleOnly: true });
    expect(figureStateSpec(options).fields.map((f) => f.kind)).toEqual(['choice', 'choice']);
    expectTypeOf<FigureControl>().toExtend<Omit<ChoiceField, 'kind'>>();
  });

  it('is in use only in the sample view when sample-only, and its value is kept in the published view', () => {
    const outcome = controlField(OUTCOME_CONTROL);
    expect(fieldInUse(outcome, { source: 'published' })).toBe(false);
    expect(fieldInUse(outcome, { source: 'sample' })).toBe(true);
    const state = figureViewState(new URLSearchParams('job-rate-by-belief.outcome=job_or_edu_52w'), options);
    expect(state).toEqual({ view: { source: 'published', outcome: 'job_or_edu_52w' }, invalid: [] });
  });

  it('reads and writes the same parameters as the calculators and the lab', () => {
    const view = { source: 'sample', outcome: 'job_or_edu_52w' };
    expect(writeFigureView(new URLSearchParams(''), options, view).toString()).toBe(writeState(new URLSearchParams(''), figureStateSpec(options), view).toString());
    expect(figureViewState(new URLSearchParams('job-rate-by-belief.source=x'), options).invalid).toEqual(readState(new URLSearchParams('job-rate-by-belief.source=x'), figureStateSpec(options)).invalid);
  });
});
