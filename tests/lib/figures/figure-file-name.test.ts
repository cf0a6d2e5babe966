import { describe, expect, it } from 'vitest';
import { figureFileName, shownFigureView } from '../../../src/lib/figures/figure-export';
import { SOURCE_CONTROL, OUTCOME_CONTROL } from '../../../src/lib/figures/figure-model';
import { GROUPS_CONTROL } from '../../../src/lib/figures/job-orientation-figure';
import { caseworkerChangeFigure } from '../../../src/lib/figures/caseworker-change-figure';

const controls = [SOURCE_CONTROL, GROUPS_CONTROL];

describe('shownFigureView', () => {
  it('keeps a sample-only choice at its default in the published view, which does not show it', () => {
    expect(shownFigureView(controls, { source: 'published', groups: '5' })).toEqual({ source: 'published', groups: '3' });
    expect(shownFigureView(controls, { source: 'sample', groups: '5' })).toEqual({ source: 'sample', groups: '5' });
  });

  it('fills a missing choice with its default', () => {
    expect(shownFigureView(controls, {})).toEqual({ source: 'published', groups: '3' });
  });
});

describe('figureFileName', () => {
  it('names the non-default choices of the view shown, never a choice the file does not show', () => {
    expect(figureFileName('job-orientation', controls, { source: 'published', groups: '5' })).toBe('job-orientation');
    expect(figureFileName('job-orientation', controls, { source: 'sample', groups: '3' })).toBe('job-orientation-sample');
    expect(figureFileName('job-orientation', controls, { source: 'sample', groups: '5' })).toBe('job-orientation-sample-5');
  });

  it('names choices in the order the figure declares them', () => {
    const three = [SOURCE_CONTROL, OUTCOME_CONTROL, GROUPS_CONTROL];
    expect(figureFileName('x', three, { groups: '4', outcome: 'job_or_edu_52w', source: 'sample' })).toBe('x-sample-job_or_edu_52w-4');
    expect(figureFileName('x', three, { groups: '4', outcome: 'job_or_edu_52w', source: 'published' })).toBe('x');
  });

  it("leaves out a choice that applies only in another view (Tabell 1's comparison shows both outcomes)", () => {
    const change = caseworkerChangeFigure.controls;
    expect(figureFileName('caseworker-change', change, { source: 'sample', change_outcome: 'job_or_edu_52w' })).toBe('caseworker-change-sample');
    expect(figureFileName('caseworker-change', change, { source: 'sample', change_view: 'by_changes', change_outcome: 'job_or_edu_52w' })).toBe(
      'caseworker-change-sample-by_changes-job_or_edu_52w',
    );
  });
});
