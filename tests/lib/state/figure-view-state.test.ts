import { describe, expect, it } from 'vitest';
import { figureViewState, type FigureViewOptions } from '../../../src/lib/state/figure-view-state';
import { writeFigureView } from '../../../src/lib/state/write-figure-view';

const options: FigureViewOptions = {
  id: 'job-rate-by-belief',
  sources: ['published', 'sample'],
  outcomes: ['job_52w', 'job_or_edu_52w'],
  defaultView: { source: 'published', outcome: 'job_52w' },
};

describe('figureViewState', () => {
  it('gives the default view when the URL says nothing', () => {
    expect(figureViewState(new URLSearchParams(''), options)).toEqual({ view: options.defaultView, invalid: [] });
  });

  it('reads a valid source and outcome', () => {
    const state = figureViewState(new URLSearchParams('job-rate-by-belief=sample&job-rate-by-belief.outcome=job_or_edu_52w'), options);
    expect(state).toEqual({ view: { source: 'sample', outcome: 'job_or_edu_52w' }, invalid: [] });
  });

  it('falls back to the default for hand-edited values and names them', () => {
    const state = figureViewState(new URLSearchParams('job-rate-by-belief=SAMPLE&job-rate-by-belief.outcome=<script>'), options);
    expect(state.view).toEqual(options.defaultView);
    expect(state.invalid).toEqual(['job-rate-by-belief', 'job-rate-by-belief.outcome']);
  });

  it('ignores parameters of other figures', () => {
    expect(figureViewState(new URLSearchParams('belief-distribution=bogus'), options).invalid).toEqual([]);
  });
});

describe('writeFigureView', () => {
  it('round-trips through the URL', () => {
    const view = { source: 'sample', outcome: 'job_or_edu_52w' } as const;
    const params = writeFigureView(new URLSearchParams('other=1'), options, view);
    expect(params.get('other')).toBe('1');
    expect(figureViewState(params, options).view).toEqual(view);
  });

  it('leaves defaults out so links stay short', () => {
    const params = writeFigureView(new URLSearchParams('job-rate-by-belief=sample'), options, options.defaultView);
    expect(params.toString()).toBe('');
  });
});
