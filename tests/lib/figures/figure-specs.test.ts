import { describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { figureContext } from '../../../src/i18n/figure-context';
import { jobOrientationOf } from '../../../src/lib/analysis/job-orientation-of';
import { FIGURES } from '../../../src/lib/figures/figures';
import { viewSource } from '../../../src/lib/figures/figure-model';
import { looCaseworkers } from '../../../src/lib/figures/loo-caseworkers';
import { stepEffectFigure } from '../../../src/lib/figures/step-effect-figure';
import { loadSampleFile } from '../../../src/site/load-sample-file';
import { figureViews } from '../charts/snapshot-helpers';

const context = figureContext('sv');
const sample = loadSampleFile();
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Every figure in every view, built once. */
const built = Object.values(FIGURES).flatMap((spec) =>
  figureViews(spec.controls).map(({ name, view }) => ({
    name: `${spec.id} ${name}`,
    id: spec.id,
    source: viewSource(view),
    model: spec.build(view, viewSource(view) === 'sample' ? sample : null, context),
  })),
);
const find = (name: string) => built.find((b) => b.name === name)!.model;

describe('figure specs declare their columns once', () => {
  it.each(built)('$name: one CSV line per table row, every table row as long as its header', ({ model }) => {
    const lines = model.csv.trim().split('\n');
    const extra = model.tables ?? [];
    expect(lines.length - 1).toBe(model.table.rows.length + extra.reduce((sum, t) => sum + t.rows.length, 0));
    for (const table of [model.table, ...extra]) for (const row of table.rows) expect(row).toHaveLength(table.head.length);
  });

  it('write the CSV columns of each view in a fixed order, the same for both views where the numbers are alike', () => {
    const header = (name: string) => find(name).csv.split('\n')[0];
    expect(header('belief-distribution published')).toBe('answer,share_percent,low_percent,high_percent,n,kind,approx,source');
    expect(header('belief-distribution sample')).toBe(header('belief-distribution published'));
    expect(header('job-rate-by-belief published')).toBe('belief,answer,outcome,rate_percent,low_percent,high_percent,n,kind,approx,source');
    expect(header('job-rate-by-belief sample-job_52w')).toBe(header('job-rate-by-belief published'));
    expect(header('caseworker-change published')).toBe('outcome,base_percent,after_one_change_percent,change_pp,change_relative_percent,kind,approx,source');
    expect(header('caseworker-change sample-by_changes-job_52w')).toBe('changes,outcome,rate_percent,low_percent,high_percent,n,kind,approx,source');
    expect(header('caseworker-change sample-compare')).toBe(
      'outcome,base_percent,base_low_percent,base_high_percent,after_one_change_percent,after_low_percent,after_high_percent,change_pp,change_low_pp,change_high_pp,change_relative_percent,kind,approx,source',
    );
    expect(header('job-orientation published')).toBe('group,groups,rate_percent,kind,approx,source');
    // The groups, then the histogram's bins (part = histogram) in the same file.
    expect(header('job-orientation sample-4')).toBe('part,group,groups,from,to,rate_percent,low_percent,high_percent,n,bin_from,bin_to,kind,approx,source');
    expect(header('step-effect published')).toBe('outcome,base_percent,effect_pp_per_step,low_pp,high_pp,relative_percent_per_step,one_step_percent,two_steps_percent,kind,approx,source');
    expect(header('step-effect sample')).toBe(header('step-effect published'));
  });

  it('show the interval and count columns in the sample view only', () => {
    const text = context.strings.figures['job-rate-by-belief'];
    expect(find('job-rate-by-belief published').table.head).toEqual([text.col_answer, text.col_rate]);
    expect(find('job-rate-by-belief sample-job_52w').table.head).toEqual([text.col_answer, text.col_rate, text.col_interval, text.col_n]);
    expect(find('step-effect published').table.head).not.toContain(context.strings.figures['step-effect'].col_interval);
    // The published view's CSV keeps those columns, empty.
    expect(find('job-rate-by-belief published').csv.split('\n')[1]).toMatch(/^1,Nej,job_52w,[\d.]+,,,,published,,"Publicerad siffra, Tabell 2 [^"]+"$/);
  });

  it('state in the alt text the same label and value the table shows for each bar', () => {
    for (const name of ['belief-distribution published', 'belief-distribution sample', 'job-rate-by-belief published', 'job-rate-by-belief sample-job_or_edu_52w']) {
      const model = find(name);
      for (const row of model.table.rows) expect(plain(model.alt), name).toContain(plain(`${row[0]} ${row[1]}`));
    }
    // Groups of job orientation: every group but the overall row, which the alt text names separately.
    const groups = find('job-orientation sample-5');
    for (const row of groups.table.rows.slice(0, -1)) expect(plain(groups.alt)).toContain(plain(`${row[0]} ${row[2]}`));
    // Caseworker changes: the alt text counts "3+" where the table writes "3 eller fler".
    const changes = find('caseworker-change sample-by_changes-job_52w');
    expect(changes.table.rows[3]![0]).toBe('3 eller fler');
    expect(plain(changes.alt)).toContain(plain(`3+: ${changes.table.rows[3]![1]}`));
  });

  it('show the computation that ran: the pipelines and the view\'s params', () => {
    const how = (name: string) => find(name).how?.pipelines.map((p) => [p.pipeline.id, p.params ?? {}]);
    expect(how('belief-distribution sample')).toEqual([['belief-distribution', {}]]);
    expect(how('job-rate-by-belief sample-job_or_edu_52w')).toEqual([['job-rate-by-belief', { outcome: 'job_or_edu_52w' }]]);
    expect(how('caseworker-change sample-by_changes-job_or_edu_52w')).toEqual([
      ['caseworker-change-persons', {}],
      ['caseworker-change-rates', { outcome: 'job_or_edu_52w', top_code: 3 }],
    ]);
    expect(how('caseworker-change sample-compare')).toEqual([['caseworker-change-base', {}]]);
    expect(find('caseworker-change sample-compare').how?.after?.map((a) => a.id)).toEqual(['change_effect_estimate']);
    expect(how('job-orientation sample-4')).toEqual([
      ['job-orientation', {}],
      ['job-orientation-ranking', {}],
      ['job-orientation-groups', { groups: 4, outcome: 'job_52w' }],
      ['job-orientation-histogram', { groups: 4 }],
    ]);
    expect(how('step-effect sample')).toEqual([
      ['job-orientation', {}],
      ['step-effect-base', {}],
    ]);
    expect(find('step-effect sample').how?.after?.map((a) => a.id)).toEqual(['tsls_estimate']);
    for (const b of built.filter((x) => x.source === 'published')) expect(b.model.how, b.name).toBeNull();
  });

  it('compute job orientation once per sample table, whichever figures ask', () => {
    expect(jobOrientationOf(sample)).toBe(jobOrientationOf(sample));
    const csv = (groups: string) => FIGURES['job-orientation']!.build({ source: 'sample', groups }, sample, context).csv;
    expect(csv('3')).toBe(find('job-orientation sample-3').csv);
  });

  it('take the step effect\'s base rates from an Arquero rollup equal to counting the answers with the outcome', () => {
    const model = stepEffectFigure.build({ source: 'sample' }, sample, context);
    for (const [i, outcome] of (['job_52w', 'job_or_edu_52w'] as const).entries()) {
      const values = sample.array(outcome) as ArrayLike<number>;
      let positives = 0;
      for (let r = 0; r < values.length; r++) positives += values[r] === 1 ? 1 : 0;
      expect(Number(model.csv.split('\n')[i + 1]!.split(',')[1])).toBe(Math.round((positives / values.length) * 100 * 1e4) / 1e4);
    }
  });
});

/** The caseworker list as the hand loop before the Arquero rollup made it: the centre of each caseworker's first answer. */
function looCaseworkersByLoop(table: ColumnTable) {
  const caseworkers = table.array('caseworker_id') as ArrayLike<number>;
  const centres = table.array('jobcentre_id') as ArrayLike<number>;
  const persons = table.array('person_id') as ArrayLike<number>;
  const byId = new Map<number, { centre: number; answers: number; persons: Set<number> }>();
  for (let r = 0; r < caseworkers.length; r++) {
    let entry = byId.get(caseworkers[r]!);
    if (!entry) byId.set(caseworkers[r]!, (entry = { centre: centres[r]!, answers: 0, persons: new Set() }));
    entry.answers++;
    entry.persons.add(persons[r]!);
  }
  return [...byId.entries()].sort(([a], [b]) => a - b).map(([id, e]) => ({ id, centre: e.centre, answers: e.answers, persons: e.persons.size }));
}

describe('looCaseworkers', () => {
  it('gives exactly what the hand loop gave on the committed sample', () => {
    expect(looCaseworkers(sample)).toEqual(looCaseworkersByLoop(sample));
  });

  it('relies on each caseworker of the sample working at one centre, so op.any is that centre', () => {
    const centres = sample.groupby('caseworker_id').rollup({ centres: 'op.distinct(d.jobcentre_id)' }).array('centres') as ArrayLike<number>;
    expect(Math.max(...Array.from(centres))).toBe(1);
  });
});
