import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { caseworkerChangeFigure } from '../../../src/lib/figures/caseworker-change-figure';
import { figureContext } from '../../../src/i18n/figure-context';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';
import { caseworkerChangeEffect } from '../../../src/lib/analysis/caseworker-change-effect';
import { controlInUse, defaultView } from '../../../src/lib/figures/figure-model';
import { figureViewState } from '../../../src/lib/state/figure-view-state';
import { writeFigureView } from '../../../src/lib/state/write-figure-view';
import { loadSampleFile } from '../../../src/site/load-sample-file';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/&#160;/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
const fmt = (v: number) => String(v).replace('.', ',').replace('-', '−');
const f = published.figures;

describe('caseworkerChangeFigure', () => {
  it('shows Tabell 1 for both outcomes from published.json: base, after one change, drop and relative drop', () => {
    const model = caseworkerChangeFigure.build({ source: 'published', change_outcome: 'job_52w' }, null, context);
    expect(model.table.rows.map((r) => r.map(plain))).toEqual([
      ['Jobb inom ett år', `${fmt(f.base_rate_job.value)} %`, `${fmt(f.change_rate_after_job.value)} %`, `${fmt(f.change_effect_job.value)} p.e.`, `${fmt(f.change_relative_job.value)} %`],
      [
        'Jobb eller utbildning inom ett år',
        `${fmt(f.base_rate_job_or_edu.value)} %`,
        `${fmt(f.change_rate_after_job_or_edu.value)} %`,
        `${fmt(f.change_effect_job_or_edu.value)} p.e.`,
        `${fmt(f.change_relative_job_or_edu.value)} %`,
      ],
    ]);
    expect(model.kind).toBe('published');
    expect(model.sourceLine).toContain('Tabell 1');
    expect(plain(model.alt)).toContain('−22 %');
    expect(plain(model.alt)).toContain('−16 %');
    expect(model.csv.split('\n')[1]).toBe('job_52w,6,4.7,-1.3,-22,published,,"Publicerad siffra, Tabell 1 i rapporten från Væksthusets Forskningscenter (2020)."');
  });

  it('draws the drop of each outcome in the SVG, so the chart reads without the table', () => {
    const model = caseworkerChangeFigure.build({ source: 'published', change_outcome: 'job_52w' }, null, context);
    const svg = plain(renderChartSvg(model.plot(680)));
    expect(svg).toContain('−1,3 p.e. (−22 %)');
    expect(svg).toContain('−1,6 p.e. (−16 %)');
    expect(svg).toContain('4,7 %');
    expect(svg).toContain('8,4 %');
  });

  it('computes the rate by number of changes in the sample, pooling 3 or more, for the chosen outcome', () => {
    // 0 changes: 1 of 2 in a job; 1 change: 0 of 1 (1 in education); 4 and 3 changes pool into "3+": 1 of 2.
    const sample = tinySample([
      { caseworker_changes: 0, job_52w: 1 },
      { caseworker_changes: 0 },
      { caseworker_changes: 1, job_or_edu_52w: 1 },
      { caseworker_changes: 3, job_52w: 1 },
      { caseworker_changes: 4 },
    ]);
    const job = caseworkerChangeFigure.build({ source: 'sample', change_view: 'by_changes', change_outcome: 'job_52w' }, sample, context);
    expect(job.table.rows.map((r) => [r[0], plain(r[1]!), r[3]])).toEqual([
      ['0', '50,0 %', '2'],
      ['1', '0,0 %', '1'],
      ['2', '–', '0'],
      ['3 eller fler', '50,0 %', '2'],
    ]);
    expect(job.kind).toBe('sample');
    // Descriptive rates, and the note says they are not Tabell 1's effect.
    expect(job.note).toBe(context.strings.figures['caseworker-change'].note_by_changes);
    // 3 of 5 persons (each row its own person) have at least one change.
    expect(plain(job.takeaway)).toContain('60,0 %');
    const edu = caseworkerChangeFigure.build({ source: 'sample', change_view: 'by_changes', change_outcome: 'job_or_edu_52w' }, sample, context);
    expect(plain(edu.table.rows[1]![1]!)).toBe('100,0 %');
    expect(edu.csv.split('\n')[4]).toMatch(/^3\+,job_or_edu_52w,50,/);
  });

  it('refuses the sample view without a sample', () => {
    expect(() => caseworkerChangeFigure.build({ source: 'sample' }, null, context)).toThrow();
  });

  describe('the sample beside the report (the sample view\'s default)', () => {
    const sample = loadSampleFile();
    const model = caseworkerChangeFigure.build({ source: 'sample' }, sample, context);
    const text = context.strings.figures['caseworker-change'];
    const lines = model.csv.trim().split('\n');
    const header = lines[0]!.split(',');
    // The source lines hold commas inside quotes; the cells before them do not.
    const cell = (line: string, key: string) => line.split(',')[header.indexOf(key)];

    it('shows both outcomes, the report\'s row then the sample\'s, each naming its kind', () => {
      expect(model.kind).toBe('sample');
      expect(model.caption).toBe(text.caption_compare);
      expect(model.table.rows.map((r) => [r[0], r[1]])).toEqual([
        ['Jobb inom ett år', text.kind_published],
        ['Jobb inom ett år', text.kind_sample],
        ['Jobb eller utbildning inom ett år', text.kind_published],
        ['Jobb eller utbildning inom ett år', text.kind_sample],
      ]);
      // The report's rows as published.json has them, without an interval (the report gives none).
      expect(plain(model.table.rows[0]![2]!)).toBe(`${fmt(f.base_rate_job.value)} %`);
      expect(plain(model.table.rows[2]![3]!)).toBe(`${fmt(f.change_rate_after_job_or_edu.value)} %`);
      // The sample's rows with their intervals in brackets.
      expect(plain(model.table.rows[1]![2]!)).toMatch(/^\d+,\d % \(\d+,\d % – \d+,\d %\)$/);
      expect(plain(model.table.rows[3]![3]!)).toMatch(/^\d+,\d % \(\d+,\d % – \d+,\d %\)$/);
    });

    it('computes "after one change" as the method does: the average plus the regression\'s effect of one change', () => {
      for (const [line, outcome] of [[lines[2]!, 'job_52w'], [lines[4]!, 'job_or_edu_52w']] as const) {
        const values = sample.array(outcome) as ArrayLike<number>;
        let positives = 0;
        for (let r = 0; r < values.length; r++) positives += values[r]!;
        const base = (positives / values.length) * 100;
        const fit = caseworkerChangeEffect(sample, { outcome });
        const round = (v: number) => Math.round(v * 1e4) / 1e4;
        expect(cell(line, 'outcome')).toBe(outcome);
        expect(Number(cell(line, 'base_percent'))).toBe(round(base));
        expect(Number(cell(line, 'change_pp'))).toBe(round(fit.coefficient * 100));
        expect(Number(cell(line, 'after_one_change_percent'))).toBe(round(base + fit.coefficient * 100));
        expect(Number(cell(line, 'after_low_percent'))).toBe(round(base + fit.low * 100));
        expect(Number(cell(line, 'change_relative_percent'))).toBe(round(((fit.coefficient * 100) / base) * 100));
        expect(Number(cell(line, 'base_low_percent'))).toBeLessThan(base);
      }
    });

    it('says in every CSV row whose number it is, with that row\'s own source', () => {
      expect(lines).toHaveLength(5);
      expect(lines.slice(1).map((l) => cell(l, 'kind'))).toEqual(['published', 'sample', 'published', 'sample']);
      for (const line of [lines[1]!, lines[3]!]) {
        expect(line).toContain('Publicerad siffra, Tabell 1');
        expect(cell(line, 'after_low_percent')).toBe('');
      }
      for (const line of [lines[2]!, lines[4]!]) expect(line).toContain('Syntetiskt urval');
    });

    it('draws the report\'s and the sample\'s pairs in each panel, marked and explorable, with every drop', () => {
      for (const width of [680, 272]) {
        const svg = plain(renderChartSvg(model.plot(width)));
        // The sample's pairs are named as such on the chart itself (on a phone in two lines).
        expect(svg).toMatch(/>Urval(?: |<\/tspan><tspan[^>]*>)\(syntetiskt\)</);
        const kinds = [...svg.matchAll(/data-explore-kind="([^"]*)"/g)].map((m) => m[1]);
        expect(kinds).toEqual(['published', 'published', 'sample', 'sample', 'published', 'published', 'sample', 'sample']);
        expect(svg).toMatch(/data-explore-kind="sample" data-explore-interval="[^"]+" data-explore="Jobb inom ett år, Efter ett byte: /);
        for (const row of model.table.rows) expect(svg).toContain(plain(`${row[4]} (${row[5]})`));
      }
    });

    it('names the method under the chart and in "Så räknas det"', () => {
      expect(model.note).toBe(text.note_compare);
      expect(model.how?.pipelines.map((p) => p.pipeline.id)).toEqual(['caseworker-change-base']);
      expect(model.how?.after?.map((a) => a.id)).toEqual(['change_effect_estimate']);
      expect(plain(model.alt)).toContain(plain(`urvalet ${model.table.rows[1]![2]!.split(' (')[0]}`));
    });
  });

  describe('the view option', () => {
    const options = { id: caseworkerChangeFigure.id, controls: caseworkerChangeFigure.controls };

    it('defaults to the comparison, and the outcome applies only to the view by number of changes', () => {
      const [, view, outcome] = caseworkerChangeFigure.controls;
      expect(defaultView(caseworkerChangeFigure.controls).change_view).toBe('compare');
      expect(controlInUse(view!, { source: 'published', change_view: 'compare' })).toBe(false);
      expect(controlInUse(view!, { source: 'sample', change_view: 'compare' })).toBe(true);
      expect(controlInUse(outcome!, { source: 'sample', change_view: 'compare' })).toBe(false);
      expect(controlInUse(outcome!, { source: 'sample', change_view: 'by_changes' })).toBe(true);
      expect(controlInUse(outcome!, { source: 'published', change_view: 'by_changes' })).toBe(false);
    });

    it('round-trips through the URL and refuses a value it does not offer', () => {
      const query = 'caseworker-change.source=sample&caseworker-change.change_view=by_changes&caseworker-change.change_outcome=job_or_edu_52w';
      const { view, invalid } = figureViewState(new URLSearchParams(query), options);
      expect(invalid).toEqual([]);
      expect(view).toEqual({ source: 'sample', change_view: 'by_changes', change_outcome: 'job_or_edu_52w' });
      expect(writeFigureView(new URLSearchParams(), options, view).toString()).toBe(query);
      // The default view writes nothing.
      expect(writeFigureView(new URLSearchParams(), options, { source: 'sample', change_view: 'compare', change_outcome: 'job_52w' }).toString()).toBe(
        'caseworker-change.source=sample',
      );
      const bad = figureViewState(new URLSearchParams('caseworker-change.source=sample&caseworker-change.change_view=tabell'), options);
      expect(bad.invalid).toEqual(['caseworker-change.change_view']);
      expect(bad.view.change_view).toBe('compare');
    });
  });
});
