import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_PIPELINES } from '../../../src/lib/analysis/analysis-pipelines';
import { jobOrientation, JOB_ORIENTATION_PIPELINE } from '../../../src/lib/analysis/job-orientation';
import { JOB_ORIENTATION_GROUPS_PIPELINE } from '../../../src/lib/analysis/job-orientation-groups';
import { jobOrientationRanking } from '../../../src/lib/analysis/job-orientation-ranking';
import { jobRateByBelief, JOB_RATE_BY_BELIEF_PIPELINE } from '../../../src/lib/analysis/job-rate-by-belief';
import { pipelineCode, pipelineStepIds, runPipeline, type Pipeline, type PipelineParams, type PipelineStep } from '../../../src/lib/analysis/pipeline';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { tinySample } from '../../fixtures/tiny-sample';

const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));

/** The printed code of every analysis pipeline, params shown as shorthand. Read it: it is what a reader sees. */
const EXPECTED_CODE: Record<string, string[]> = {
  'belief-distribution': [
    'sample',
    "  .groupby('belief')",
    '  .rollup({ n: op.count() })',
    '  .derive({ answered: d => op.sum(d.belief != null ? d.n : 0) })',
    '  .derive({ share: d => d.belief != null ? d.n / d.answered : null })',
    "  .orderby('belief');",
    '// then: all five levels in order; a level nobody chose: n 0, share 0 (null when nobody answered)',
    '// then: "vet inte" share = its n / all answers',
  ],
  'job-rate-by-belief': [
    'sample',
    '  .params({ outcome })',
    '  .filter(d => d.belief != null)',
    "  .groupby('belief')",
    '  .rollup({ n: op.count(), positives: (d, $) => op.sum(d[$.outcome]) })',
    "  .orderby('belief');",
    '// then: rateWithInterval(positives, n) for each belief level 1–5 (a level nobody chose: n 0)',
  ],
  'caseworker-change-persons': [
    'sample',
    "  .groupby('person_id')",
    '  .rollup({ changed: d => op.max(d.caseworker_changes) > 0 })',
    '  .rollup({ persons: op.count(), with_change: d => op.sum(d.changed) });',
    '// then: shareWithChange = with_change / persons',
  ],
  'caseworker-change-rates': [
    'sample',
    '  .params({ outcome, top_code })',
    '  .derive({ changes: (d, $) => op.least(d.caseworker_changes, $.top_code) })',
    "  .groupby('changes')",
    '  .rollup({ n: op.count(), positives: (d, $) => op.sum(d[$.outcome]) })',
    "  .orderby('changes');",
    '// then: rateWithInterval(positives, n) for 0, 1, … changes (a number nobody has: n 0)',
  ],
  'job-orientation': [
    'const caseworkers = sample',
    "  .groupby('caseworker_id')",
    '  .rollup({ caseworker_sum: d => op.sum(d.belief) ?? 0, caseworker_n: d => op.valid(d.belief) });',
    'const caseworkerPersons = sample',
    "  .groupby('caseworker_id', 'person_id')",
    '  .rollup({ person_sum: d => op.sum(d.belief) ?? 0, person_n: d => op.valid(d.belief) });',
    'const centres = sample',
    "  .groupby('jobcentre_id')",
    '  .rollup({ centre_sum: d => op.sum(d.belief) ?? 0, centre_n: d => op.valid(d.belief) });',
    'const caseworkerCentres = sample',
    "  .groupby('caseworker_id', 'jobcentre_id')",
    '  .rollup({',
    '    caseworker_centre_sum: d => op.sum(d.belief) ?? 0,',
    '    caseworker_centre_n: d => op.valid(d.belief),',
    '  });',
    'const withOrientation = sample',
    "  .lookup(caseworkers, 'caseworker_id', ['caseworker_sum', 'caseworker_n'])",
    '  .lookup(',
    '    caseworkerPersons,',
    "    [['caseworker_id', 'person_id'], ['caseworker_id', 'person_id']],",
    "    ['person_sum', 'person_n'],",
    '  )',
    '  .derive({',
    '    other_persons_mean: d => d.caseworker_n > d.person_n ? (d.caseworker_sum - d.person_sum) / (d.caseworker_n - d.person_n) : null,',
    '  })',
    "  .lookup(centres, 'jobcentre_id', ['centre_sum', 'centre_n'])",
    '  .lookup(',
    '    caseworkerCentres,',
    "    [['caseworker_id', 'jobcentre_id'], ['caseworker_id', 'jobcentre_id']],",
    "    ['caseworker_centre_sum', 'caseworker_centre_n'],",
    '  )',
    '  .derive({',
    '    colleagues_mean: d => d.centre_n > d.caseworker_centre_n ? (d.centre_sum - d.caseworker_centre_sum) / (d.centre_n - d.caseworker_centre_n) : null,',
    '  })',
    '  .derive({',
    '    job_orientation: d => d.other_persons_mean != null && d.colleagues_mean != null ? d.other_persons_mean - d.colleagues_mean : null,',
    '  })',
    '  .select(aq.not(',
    "    'caseworker_sum', 'caseworker_n', 'person_sum', 'person_n', 'other_persons_mean', 'centre_sum',",
    "    'centre_n', 'caseworker_centre_sum', 'caseworker_centre_n', 'colleagues_mean',",
    '  ));',
  ],
  'job-orientation-ranking': [
    'const ranked = withOrientation',
    '  .filter(d => op.is_finite(d.job_orientation))',
    "  .orderby('job_orientation', 'response_id');",
  ],
  'job-orientation-groups': [
    'ranked',
    '  .params({ groups, outcome })',
    '  .derive({ group: (d, $) => op.floor((op.row_number() - 1) * $.groups / op.count()) + 1 })',
    "  .groupby('group')",
    '  .rollup({',
    '    n: op.count(),',
    '    positives: (d, $) => op.sum(d[$.outcome]),',
    '    from: d => op.min(d.job_orientation),',
    '    to: d => op.max(d.job_orientation),',
    '  })',
    "  .orderby('group');",
    '// then: rateWithInterval(positives, n) for groups 1 … k (an empty group: n 0)',
    '// then: overall = rateWithInterval(Σ positives, Σ n) over the groups',
  ],
  'job-orientation-histogram': [
    'ranked',
    '  .params({ groups })',
    '  .derive({ group: (d, $) => op.floor((op.row_number() - 1) * $.groups / op.count()) + 1 })',
    "  .groupby('group')",
    '  .rollup({ values: d => op.array_agg(d.job_orientation) })',
    "  .orderby('group');",
    '// then: d3.bin() per group on one grid of multiples of binWidth; every group gets every bin',
  ],
};

/** Params each pipeline is run with below, and the table it reads. */
const RUNS: Record<string, { params?: PipelineParams; input: () => aq.ColumnTable }> = {
  'belief-distribution': { input: () => sample },
  'job-rate-by-belief': { params: { outcome: 'job_or_edu_52w' }, input: () => sample },
  'caseworker-change-persons': { input: () => sample },
  'caseworker-change-rates': { params: { outcome: 'job_52w', top_code: 3 }, input: () => sample },
  'job-orientation': { input: () => sample },
  'job-orientation-ranking': { input: () => jobOrientation(sample) },
  'job-orientation-groups': { params: { groups: 4, outcome: 'job_52w' }, input: () => jobOrientationRanking(sample) },
  'job-orientation-histogram': { params: { groups: 3 }, input: () => jobOrientationRanking(sample) },
};

/** Runs printed code with Arquero: the named tables, then the main chain as the result. */
function runCode(pipeline: Pipeline, params: PipelineParams | undefined, input: aq.ColumnTable): aq.ColumnTable {
  let code = pipelineCode(pipeline, params);
  code = pipeline.output ? `${code}\nreturn ${pipeline.output};` : code.replace(new RegExp(`^${pipeline.input}$`, 'm'), `return ${pipeline.input}`);
  const run = new Function('aq', 'op', pipeline.input, code) as (a: typeof aq, o: typeof aq.op, t: aq.ColumnTable) => aq.ColumnTable;
  // The printed .params() sets params on the table it is given, so it gets a view of its own.
  return run(aq, aq.op, input.create());
}

describe('the analysis pipelines', () => {
  it('are all listed, each once', () => {
    expect(ANALYSIS_PIPELINES.map((p) => p.id)).toEqual(Object.keys(EXPECTED_CODE));
  });

  for (const pipeline of ANALYSIS_PIPELINES) {
    describe(pipeline.id, () => {
      it('prints as the expected Arquero code', () => {
        expect(pipelineCode(pipeline).split('\n')).toEqual(EXPECTED_CODE[pipeline.id]);
      });

      it('prints code that runs, in Arquero, to exactly what runPipeline gives', () => {
        const { params, input } = RUNS[pipeline.id]!;
        const printed = runCode(pipeline, params, input());
        const ran = runPipeline(input(), pipeline, params);
        expect(printed.columnNames()).toEqual(ran.columnNames());
        expect(printed.objects()).toEqual(ran.objects());
      });

      it('names every step with a unique snake_case id, for a sentence per step in the UI', () => {
        const ids = pipelineStepIds(pipeline);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
      });
    });
  }

  it('uses one id for one step everywhere, so one sentence per id fits every pipeline', () => {
    const seen = new Map<string, PipelineStep>();
    for (const p of ANALYSIS_PIPELINES) {
      for (const step of [...(p.tables ?? []).flatMap((t) => t.steps), ...p.steps]) {
        const first = seen.get(step.id);
        if (first) expect(step, `${p.id}: ${step.id}`).toEqual(first);
        else seen.set(step.id, step);
      }
    }
  });

  it('lists the steps of job orientation in the order they run: rollups, then lookups and derives', () => {
    expect(pipelineStepIds(JOB_ORIENTATION_PIPELINE)).toEqual([
      'by_caseworker', 'sum_beliefs_by_caseworker',
      'by_caseworker_person', 'sum_beliefs_by_caseworker_person',
      'by_centre', 'sum_beliefs_by_centre',
      'by_caseworker_centre', 'sum_beliefs_by_caseworker_centre',
      'add_caseworker_totals', 'add_person_totals', 'mean_about_other_persons',
      'add_centre_totals', 'add_caseworker_centre_totals', 'mean_of_colleagues',
      'orientation_difference', 'drop_totals',
    ]);
    expect(pipelineStepIds(JOB_ORIENTATION_GROUPS_PIPELINE)).toEqual([
      'assign_group', 'by_group', 'count_outcome_and_range', 'order_by_group', 'wilson_interval', 'overall_rate',
    ]);
  });
});

describe('an analysis runs its exported pipeline (what is shown is what runs)', () => {
  it('changing the job-rate pipeline changes both the printed code and jobRateByBelief', () => {
    const t = tinySample([{ belief: 1 }, { belief: 2, job_52w: 1 }, { belief: 4, job_52w: 1 }]);
    const steps = JOB_RATE_BY_BELIEF_PIPELINE.steps as PipelineStep[];
    const original = steps[0]!;
    const codeBefore = pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE);
    expect(jobRateByBelief(t, 'job_52w').map((r) => r.n)).toEqual([1, 1, 0, 1, 0]);
    try {
      steps[0] = { id: 'keep_answered', verb: 'filter', test: 'd.belief != null && d.belief >= 2' };
      expect(pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE)).not.toBe(codeBefore);
      expect(pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE)).toContain('.filter(d => d.belief != null && d.belief >= 2)');
      expect(jobRateByBelief(t, 'job_52w').map((r) => r.n)).toEqual([0, 1, 0, 1, 0]);
    } finally {
      steps[0] = original;
    }
    expect(pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE)).toBe(codeBefore);
  });

  it('changing the job-orientation derive changes jobOrientation', () => {
    const t = aq.table({
      response_id: [1, 2, 3, 4],
      person_id: [1, 2, 3, 4],
      caseworker_id: [1, 1, 2, 2],
      jobcentre_id: [1, 1, 1, 1],
      belief: [2, 4, 1, 2],
    });
    const steps = JOB_ORIENTATION_PIPELINE.steps as PipelineStep[];
    const at = steps.findIndex((s) => s.id === 'orientation_difference');
    const original = steps[at]!;
    // Row 1: caseworker 1 about person 2 = 4; colleagues (caseworker 2) = 1.5.
    expect(jobOrientation(t).array('job_orientation')[0]).toBe(2.5);
    try {
      steps[at] = { id: 'orientation_difference', verb: 'derive', values: { job_orientation: 'd.other_persons_mean' } };
      expect(jobOrientation(t).array('job_orientation')[0]).toBe(4);
    } finally {
      steps[at] = original;
    }
  });
});
