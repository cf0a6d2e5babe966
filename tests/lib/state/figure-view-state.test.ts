import { describe, expect, it } from 'vitest';
import { figureViewState, type FigureViewOptions } from '../../../src/lib/state/figure-view-state';
import { writeFigureView } from '../../../src/lib/state/write-figure-view';
import { OUTCOME_CONTROL, SOURCE_CONTROL, defaultView } from '../../../src/lib/figures/figure-model';

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
