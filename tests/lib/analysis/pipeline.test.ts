import * as aq from 'arquero';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipelineCode, pipelineStepIds, runPipeline, type Pipeline } from '../../../src/lib/analysis/pipeline';
import { tinySample } from '../../fixtures/tiny-sample';

// Five answers by three caseworkers:
//   row  caseworker  belief  job
//    1       1         1      0
//    2       1         1      1
//    3       2         2      0
//    4       2         -      1    ("don't know")
//    5       3         5      1
const sample = () =>
  tinySample([
    { caseworker_id: 1, belief: 1, job_52w: 0 },
    { caseworker_id: 1, belief: 1, job_52w: 1 },
    { caseworker_id: 2, belief: 2, job_52w: 0 },
    { caseworker_id: 2, belief: null, job_52w: 1 },
    { caseworker_id: 3, belief: 5, job_52w: 1 },
  ]);

const BY_BELIEF: Pipeline = {
  id: 'test-by-belief',
  input: 'sample',
  params: ['outcome'],
  steps: [
    { id: 'keep_answered', verb: 'filter', test: 'd.belief != null' },
    { id: 'by_belief', verb: 'groupby', keys: ['belief'] },
    { id: 'count_outcome', verb: 'rollup', values: { n: 'op.count()', positives: 'op.sum(d[$.outcome])' } },
    { id: 'order_by_belief', verb: 'orderby', keys: [{ desc: 'belief' }] },
  ],
  after: [{ id: 'wilson_interval', note: 'rateWithInterval(positives, n)' }],
};

/** Caseworker totals as a named table, looked up and joined back onto the answers. */
const WITH_TOTALS: Pipeline = {
  id: 'test-with-totals',
  input: 'sample',
  tables: [
    {
      name: 'caseworkers',
      steps: [
        { id: 'by_caseworker', verb: 'groupby', keys: ['caseworker_id'] },
        { id: 'count_answers', verb: 'rollup', values: { answers: 'op.count()', jobs: 'op.sum(d.job_52w)' } },
      ],
    },
    {
      name: 'busy',
      from: 'caseworkers',
      steps: [
        { id: 'keep_busy', verb: 'filter', test: 'd.answers > 1' },
        { id: 'keep_caseworker', verb: 'select', columns: ['caseworker_id'] },
      ],
    },
  ],
  steps: [
    { id: 'add_answers', verb: 'lookup', table: 'caseworkers', on: ['caseworker_id'], values: ['answers', 'jobs'] },
    { id: 'only_busy', verb: 'join', table: 'busy', on: ['caseworker_id'], how: 'inner' },
    { id: 'share_of_jobs', verb: 'derive', values: { share: 'd.job_52w / d.jobs' } },
    { id: 'keep_columns', verb: 'select', columns: ['response_id', 'answers', 'share'] },
  ],
};

describe('runPipeline', () => {
  it('applies filter, groupby, rollup and orderby, with the params passed in (hand-computed)', () => {
    // Answered rows: belief 1 twice (one job), belief 2 once (no job), belief 5 once (a job).
    const out = runPipeline(sample(), BY_BELIEF, { outcome: 'job_52w' });
    expect(out.objects()).toEqual([
      { belief: 5, n: 1, positives: 1 },
      { belief: 2, n: 1, positives: 0 },
      { belief: 1, n: 2, positives: 1 },
    ]);
    // The same pipeline reads another column when the param says so.
    expect(runPipeline(sample(), BY_BELIEF, { outcome: 'response_id' }).array('positives')).toEqual([5, 3, 3]);
  });

  it('builds named tables first, from the input or an earlier named table, for lookups and joins', () => {
    // Caseworkers 1 and 2 have two answers each (one job each); caseworker 3 has one and is not "busy".
    const out = runPipeline(sample(), WITH_TOTALS);
    expect(out.objects()).toEqual([
      { response_id: 1, answers: 2, share: 0 },
      { response_id: 2, answers: 2, share: 1 },
      { response_id: 3, answers: 2, share: 0 },
      { response_id: 4, answers: 2, share: 1 },
    ]);
  });

  it('keeps every row once and in place in a lookup, with no value where nothing matches', () => {
    const pipeline: Pipeline = {
      id: 'test-lookup-miss',
      input: 'sample',
      tables: [{ name: 'firsts', steps: [{ id: 'keep_first', verb: 'filter', test: 'd.caseworker_id === 1' }, { id: 'by_caseworker', verb: 'groupby', keys: ['caseworker_id'] }, { id: 'count_answers', verb: 'rollup', values: { answers: 'op.count()' } }] }],
      steps: [
        { id: 'add_answers', verb: 'lookup', table: 'firsts', on: ['caseworker_id'], values: ['answers'] },
        { id: 'keep_columns', verb: 'select', columns: ['caseworker_id', 'answers'] },
      ],
    };
    expect(runPipeline(sample(), pipeline).objects()).toEqual([
      { caseworker_id: 1, answers: 2 },
      { caseworker_id: 1, answers: 2 },
      { caseworker_id: 2, answers: undefined },
      { caseworker_id: 2, answers: undefined },
      { caseworker_id: 3, answers: undefined },
    ]);
  });

  it('supports ungroup, window aggregates in derive and select with except', () => {
    const pipeline: Pipeline = {
      id: 'test-window',
      input: 'sample',
      steps: [
        { id: 'by_caseworker', verb: 'groupby', keys: ['caseworker_id'] },
        { id: 'answers_of_caseworker', verb: 'derive', values: { answers: 'op.count()' } },
        { id: 'ungroup', verb: 'ungroup' },
        { id: 'all_answers', verb: 'derive', values: { all: 'op.count()' } },
        { id: 'keep_columns', verb: 'select', columns: ['caseworker_id', 'answers', 'all'] },
        { id: 'drop_all', verb: 'select', except: ['all'] },
      ],
    };
    const out = runPipeline(sample(), pipeline);
    expect(out.columnNames()).toEqual(['caseworker_id', 'answers']);
    expect(out.array('answers')).toEqual([2, 2, 2, 2, 1]);
    expect(out.isGrouped()).toBe(false);
  });

  it('respects a filter and an order already on the input table', () => {
    const t = sample().params({ c: 3 }).filter((d: { caseworker_id: number }, $: { c: number }) => d.caseworker_id !== $.c).orderby(aq.desc('response_id'));
    const out = runPipeline(t, BY_BELIEF, { outcome: 'job_52w' });
    expect(out.objects()).toEqual([
      { belief: 2, n: 1, positives: 0 },
      { belief: 1, n: 2, positives: 1 },
    ]);
  });

  it('does not set its params on the caller\'s table', () => {
    const t = sample();
    runPipeline(t, BY_BELIEF, { outcome: 'job_52w' });
    expect(t.params() ?? {}).toEqual({});
  });

  it('requires exactly the declared params', () => {
    expect(() => runPipeline(sample(), BY_BELIEF)).toThrow(/missing outcome/);
    expect(() => runPipeline(sample(), BY_BELIEF, { outcome: 'job_52w', extra: 1 })).toThrow(/unknown extra/);
    expect(() => runPipeline(sample(), WITH_TOTALS, { outcome: 'job_52w' })).toThrow(RangeError);
  });

  it('refuses a lookup of a table that is not defined before it', () => {
    const broken: Pipeline = { ...WITH_TOTALS, tables: [] };
    expect(() => runPipeline(sample(), broken)).toThrow(/no table named "caseworkers"/);
  });

  it('lets Arquero refuse a column that does not exist', () => {
    const typo: Pipeline = { ...BY_BELIEF, steps: [{ id: 'keep_answered', verb: 'filter', test: 'd.beleif != null' }] };
    expect(() => runPipeline(sample(), typo, { outcome: 'job_52w' })).toThrow(/beleif/);
  });

  describe('where the page forbids eval', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('says that the Content-Security-Policy stops Arquero, rather than a bare EvalError', () => {
      // What a browser does under script-src 'self' without 'unsafe-eval': Function() throws.
      vi.stubGlobal('Function', () => {
        throw new EvalError('Evaluating a string as JavaScript violates the Content Security Policy');
      });
      expect(() => runPipeline(sample(), BY_BELIEF, { outcome: 'job_52w' })).toThrow(/unsafe-eval/);
    });
  });
});

describe('pipelineCode', () => {
  it('prints the steps as Arquero code, params as shorthand without values', () => {
    expect(pipelineCode(BY_BELIEF)).toBe(
      [
        'sample',
        '  .params({ outcome })',
        '  .filter(d => d.belief != null)',
        "  .groupby('belief')",
        '  .rollup({ n: op.count(), positives: (d, $) => op.sum(d[$.outcome]) })',
        "  .orderby(aq.desc('belief'));",
        '// then: rateWithInterval(positives, n)',
      ].join('\n'),
    );
  });

  it('shows the param values it is given', () => {
    expect(pipelineCode(BY_BELIEF, { outcome: 'job_or_edu_52w' })).toContain(".params({ outcome: 'job_or_edu_52w' })");
  });

  it('prints named tables as constants before the main chain, lookups and joins naming them', () => {
    expect(pipelineCode(WITH_TOTALS)).toBe(
      [
        'const caseworkers = sample',
        "  .groupby('caseworker_id')",
        '  .rollup({ answers: op.count(), jobs: d => op.sum(d.job_52w) });',
        'const busy = caseworkers',
        '  .filter(d => d.answers > 1)',
        "  .select('caseworker_id');",
        'sample',
        "  .lookup(caseworkers, 'caseworker_id', ['answers', 'jobs'])",
        "  .join(busy, 'caseworker_id')",
        '  .derive({ share: d => d.job_52w / d.jobs })',
        "  .select('response_id', 'answers', 'share');",
      ].join('\n'),
    );
  });

  it('changes when a step changes: the text is made from the pipeline, not kept beside it', () => {
    const before = pipelineCode(BY_BELIEF);
    const changed: Pipeline = {
      ...BY_BELIEF,
      steps: BY_BELIEF.steps.map((s) => (s.id === 'keep_answered' ? { ...s, test: 'd.belief != null && d.belief > 1' } : s)),
    };
    const after = pipelineCode(changed);
    expect(after).not.toBe(before);
    expect(after).toContain('.filter(d => d.belief != null && d.belief > 1)');
    // … and the changed pipeline computes what the new text says: belief 1 is gone.
    expect(runPipeline(sample(), changed, { outcome: 'job_52w' }).array('belief')).toEqual([5, 2]);
  });

  it('spells out multi-column keys as Arquero reads them, and puts a long call one argument per line', () => {
    const pipeline: Pipeline = {
      id: 'test-keys',
      input: 'sample',
      tables: [
        {
          name: 'pairs',
          steps: [
            { id: 'by_pair', verb: 'groupby', keys: ['caseworker_id', 'person_id'] },
            { id: 'count_answers', verb: 'rollup', values: { answers: 'op.count()', answered_beliefs: 'op.valid(d.belief)' } },
          ],
        },
      ],
      steps: [{ id: 'add_answers', verb: 'lookup', table: 'pairs', on: ['caseworker_id', 'person_id'], values: ['answers', 'answered_beliefs'] }],
    };
    expect(pipelineCode(pipeline).split('\n').slice(3)).toEqual([
      'sample',
      '  .lookup(',
      '    pairs,',
      "    [['caseworker_id', 'person_id'], ['caseworker_id', 'person_id']],",
      "    ['answers', 'answered_beliefs'],",
      '  );',
    ]);
    expect(runPipeline(sample(), pipeline).array('answered_beliefs')).toEqual([1, 1, 1, 0, 1]);
  });

  it('prints code that Arquero runs to the same result', () => {
    for (const [pipeline, params] of [
      [BY_BELIEF, { outcome: 'job_52w' }],
      [WITH_TOTALS, undefined],
    ] as const) {
      const code = pipelineCode(pipeline, params).replace(/^sample$/m, 'return sample');
      const run = new Function('aq', 'op', 'sample', code) as (a: typeof aq, o: typeof aq.op, t: aq.ColumnTable) => aq.ColumnTable;
      expect(run(aq, aq.op, sample()).objects()).toEqual(runPipeline(sample(), pipeline, params).objects());
    }
  });
});

describe('pipelineStepIds', () => {
  it('lists every step in the order it runs: named tables, main chain, then the steps after', () => {
    expect(pipelineStepIds(WITH_TOTALS)).toEqual(['by_caseworker', 'count_answers', 'keep_busy', 'keep_caseworker', 'add_answers', 'only_busy', 'share_of_jobs', 'keep_columns']);
    expect(pipelineStepIds(BY_BELIEF)).toEqual(['keep_answered', 'by_belief', 'count_outcome', 'order_by_belief', 'wilson_interval']);
  });
});
