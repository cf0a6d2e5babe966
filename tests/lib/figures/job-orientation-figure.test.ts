import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import assumed from '../../../data/assumed.json';
import { jobOrientationFigure } from '../../../src/lib/figures/job-orientation-figure';
import { figureContext } from '../../../src/i18n/figure-context';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/&#160;/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
const pct = (v: number) => `${v.toFixed(1).replace('.', ',')} %`;


/**
 * Two centres, two caseworkers each. At centre 1 caseworker 1 answers 5, 5 and caseworker 2 answers 1, 1:
 * orientation of caseworker 1's answers = 5 − 1 = +4, of caseworker 2's = 1 − 5 = −4. Centre 2: 3 vs 3 → 0.
 */
const FOUR_CASEWORKERS = [
  { caseworker_id: 1, jobcentre_id: 1, belief: 5, job_52w: 1 },
  { caseworker_id: 1, jobcentre_id: 1, belief: 5, job_52w: 1 },
  { caseworker_id: 2, jobcentre_id: 1, belief: 1 },
  { caseworker_id: 2, jobcentre_id: 1, belief: 1 },
  { caseworker_id: 3, jobcentre_id: 2, belief: 3, job_52w: 1 },
  { caseworker_id: 3, jobcentre_id: 2, belief: 3 },
  { caseworker_id: 4, jobcentre_id: 2, belief: 3 },
  { caseworker_id: 4, jobcentre_id: 2, belief: 3 },
] as const;

describe('jobOrientationFigure', () => {
  it('shows the published thirds and marks the unpublished middle third as assumed', () => {
    const model = jobOrientationFigure.build({ source: 'published', groups: '3' }, null, context);
    const rows = model.table.rows.map((r) => r.map(plain));
    expect(rows[0]).toEqual(['Lägsta tredjedelen', pct(published.figures.orientation_rate_low.value), 'publicerad']);
    expect(rows[1]).toEqual(['Mellersta tredjedelen', pct(assumed.values.orientation_rate_middle.value), 'antagen']);
    expect(rows[2]).toEqual(['Högsta tredjedelen', pct(published.figures.orientation_rate_high.value), 'publicerad']);
    expect(rows[3]![1]).toBe(`${published.figures.base_rate_job.value} %`);
    expect(model.sourceLine).toContain('Figur 4');
    expect(model.sourceLine).toContain('antagen');
    expect(plain(model.takeaway)).toContain('+32 %');
    const svg = plain(renderChartSvg(model.plot(680)));
    expect(svg).toContain('5,3 %');
    expect(svg).toContain('7,0 %');
    expect(svg).toContain('Alla: 6 %');
  });

  it('ignores the groups choice in the published view (the report has thirds only)', () => {
    const model = jobOrientationFigure.build({ source: 'published', groups: '5' }, null, context);
    expect(model.table.rows).toHaveLength(4);
  });

  it('splits the sample into the chosen number of equal groups with rates, ranges and a histogram', () => {
    // FOUR_CASEWORKERS: orientations −4, −4 | 0, 0 | 0, 0 | +4, +4.
    const sample = tinySample(FOUR_CASEWORKERS.map((r) => ({ ...r })));
    const four = jobOrientationFigure.build({ source: 'sample', groups: '4' }, sample, context);
    // Ranks by orientation then response id: [−4, −4], [0, 0], [0, 0], [+4, +4].
    expect(four.table.rows.map((r) => plain(r[2]!))).toEqual(['0,0 %', '50,0 %', '0,0 %', '100,0 %', '37,5 %']);
    expect(four.table.rows[0]![1]).toBe('−4,00 – −4,00');
    expect(four.kind).toBe('sample');
    // A header, the four groups and everyone, then one histogram row per group (each group's two answers share a bin).
    expect(four.csv.split('\n')).toHaveLength(10);
    const svg = renderChartSvg(four.plot(680));
    expect(svg).toContain('<svg');
    const two = jobOrientationFigure.build({ source: 'sample', groups: '3' }, sample, context);
    expect(two.table.rows).toHaveLength(4);
  });

  it('gives the histogram counts as a second table and as CSV rows, and each bar its count to explore', () => {
    // As above: orientations −4, −4 | 0, 0 | 0, 0 | +4, +4 in four groups; bins are a tenth of a step.
    const model = jobOrientationFigure.build({ source: 'sample', groups: '4' }, tinySample(FOUR_CASEWORKERS.map((r) => ({ ...r }))), context);
    const text = context.strings.figures['job-orientation'];
    expect(model.tables).toHaveLength(1);
    const histogram = model.tables![0]!;
    expect(histogram.key).toBe('histogram');
    expect(plain(histogram.caption)).toContain('0,1 skalsteg');
    expect(histogram.head).toEqual([text.col_group, text.col_range, text.col_n]);
    // Only bins with answers: the empty ones between the groups are left out. The last bin holds its upper edge.
    expect(histogram.rows.map((r) => r.map(plain))).toEqual([
      ['Grupp 1 av 4', '−4,0 – −3,9', '2'],
      ['Grupp 2 av 4', '0,0 – +0,1', '2'],
      ['Grupp 3 av 4', '0,0 – +0,1', '2'],
      ['Grupp 4 av 4', '+3,9 – +4,0', '2'],
    ]);
    const lines = model.csv.trim().split('\n');
    const header = lines[0]!.split(',');
    const cell = (line: string, key: string) => line.split(',')[header.indexOf(key)];
    const bins = lines.slice(1).filter((l) => cell(l, 'part') === 'histogram');
    expect(bins.map((l) => [cell(l, 'group'), cell(l, 'bin_from'), cell(l, 'bin_to'), cell(l, 'n'), cell(l, 'kind')])).toEqual([
      ['1', '-4', '-3.9', '2', 'sample'],
      ['2', '0', '0.1', '2', 'sample'],
      ['3', '0', '0.1', '2', 'sample'],
      ['4', '3.9', '4', '2', 'sample'],
    ]);
    // The group rows say they are groups and leave the bin columns empty.
    expect(lines.slice(1, 6).map((l) => [cell(l, 'part'), cell(l, 'bin_from')])).toEqual(Array(5).fill(['group', '']));
    const svg = plain(renderChartSvg(model.plot(680)));
    const explored = [...svg.matchAll(/data-explore="([^"]*)"/g)].map((m) => m[1]);
    expect(explored).toContain('Grupp 1 av 4, −4,0 – −3,9: 2 svar');
    expect(explored).toContain('Grupp 4 av 4, +3,9 – +4,0: 2 svar');
    // Four groups' lines and four bins with answers; the empty bins are not stops.
    expect(explored).toHaveLength(8);
  });

  it('has no second table in the published view, whose thirds have no histogram', () => {
    const model = jobOrientationFigure.build({ source: 'published', groups: '3' }, null, context);
    expect(model.tables).toBeUndefined();
  });
});
