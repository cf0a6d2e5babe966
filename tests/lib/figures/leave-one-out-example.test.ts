import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaveOneOutExample } from '../../../src/lib/figures/leave-one-out-example';
import { leaveOneOutExplainerHtml, leaveOneOutHtml, looAnswerOptionsHtml } from '../../../src/lib/figures/leave-one-out-html';
import { parseHTML } from 'linkedom';
import { looCaseworkers } from '../../../src/lib/figures/loo-caseworkers';
import { defaultLooChoice } from '../../../src/lib/figures/default-loo-choice';
import { jobOrientation } from '../../../src/lib/analysis/job-orientation';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { figureContext } from '../../../src/i18n/figure-context';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/&#160;/g, ' ').replace(/[\u00a0\u202f]/g, ' ');

// Centre 1: caseworker 1 answers about person 10 (belief 2, then 4) and persons 11 (5) and 12 ("don't
// know"); caseworker 2 answers 1 and 3 at the same centre. Caseworker 3 is at centre 2.
const fixture = tinySample([
  { response_id: 1, person_id: 10, caseworker_id: 1, jobcentre_id: 1, belief: 2, quarter: '2014Q1' },
  { response_id: 2, person_id: 11, caseworker_id: 1, jobcentre_id: 1, belief: 5, quarter: '2014Q1' },
  { response_id: 3, person_id: 10, caseworker_id: 1, jobcentre_id: 1, belief: 4, quarter: '2014Q2' },
  { response_id: 4, person_id: 12, caseworker_id: 1, jobcentre_id: 1, belief: null, quarter: '2014Q2' },
  { response_id: 5, person_id: 13, caseworker_id: 2, jobcentre_id: 1, belief: 1, quarter: '2014Q1' },
  { response_id: 6, person_id: 10, caseworker_id: 2, jobcentre_id: 1, belief: 3, quarter: '2014Q3' },
  { response_id: 7, person_id: 14, caseworker_id: 3, jobcentre_id: 2, belief: 5, quarter: '2014Q1' },
]);

describe('leaveOneOutExample', () => {
  it('leaves out every answer about the assessed person and compares with the other caseworkers at the centre', () => {
    const example = leaveOneOutExample(fixture, 1, 3)!;
    // Counted: only person 11's 5; person 10's answers (2 and 4) are left out, person 12 answered "don't know".
    expect(example.ownMean).toBe(5);
    expect(example.ownCount).toBe(1);
    expect(example.ownPersons).toBe(1);
    expect(example.leftOutCount).toBe(2);
    // Caseworker 2 at centre 1: (1 + 3) / 2 = 2, rows about person 10 included.
    expect(example.centreMean).toBe(2);
    expect(example.centreCaseworkers).toBe(1);
    expect(example.orientation).toBe(3);
    expect(example.answers.map((a) => [a.responseId, a.status])).toEqual([
      [1, 'left_out'],
      [2, 'counted'],
      [3, 'left_out'],
      [4, 'dont_know'],
    ]);
  });

  it('is null for an answer the caseworker did not give', () => {
    expect(leaveOneOutExample(fixture, 1, 5)).toBeNull();
    expect(leaveOneOutExample(fixture, 99, 1)).toBeNull();
  });

  it('has no orientation when the centre has no other caseworker', () => {
    expect(leaveOneOutExample(fixture, 3, 7)!.orientation).toBeNull();
  });

  it('agrees with jobOrientation() on every answer of the committed sample', () => {
    const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
    const withOrientation = jobOrientation(sample);
    const ids = withOrientation.array('response_id') as ArrayLike<number>;
    const cws = withOrientation.array('caseworker_id') as ArrayLike<number>;
    const values = withOrientation.array('job_orientation') as ArrayLike<number | null>;
    // Every 97th row: a spread of caseworkers and centres without 13,500 full scans.
    for (let r = 0; r < ids.length; r += 97) {
      const example = leaveOneOutExample(sample, cws[r]!, ids[r]!)!;
      if (values[r] == null) expect(example.orientation).toBeNull();
      else expect(example.orientation).toBeCloseTo(values[r]!, 12);
    }
  });

  it('lists caseworkers with their centre, answers and persons, and picks a default with about 40 answers', () => {
    expect(looCaseworkers(fixture)).toEqual([
      { id: 1, centre: 1, answers: 4, persons: 3 },
      { id: 2, centre: 1, answers: 2, persons: 2 },
      { id: 3, centre: 2, answers: 1, persons: 1 },
    ]);
    const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
    const choice = defaultLooChoice(sample);
    const example = leaveOneOutExample(sample, choice.caseworker, choice.response)!;
    expect(example.orientation).not.toBeNull();
    const answers = looCaseworkers(sample).find((c) => c.id === choice.caseworker)!.answers;
    const closest = Math.min(...looCaseworkers(sample).map((c) => Math.abs(c.answers - 40)));
    expect(Math.abs(answers - 40)).toBe(closest);
  });

  it('renders the steps and the equation as escaped HTML', () => {
    const html = plain(leaveOneOutHtml(leaveOneOutExample(fixture, 1, 3)!, context));
    expect(html).toContain('5,00 − 2,00 = +3,00');
    expect(html).toContain('Utanför: 2 svar om person 10');
    expect(html).toContain('loo__chip--left_out');
    expect(html).not.toMatch(/<script/);
  });

  it('writes the whole explainer with the chosen caseworker and answer selected and the pickers hidden', () => {
    const example = leaveOneOutExample(fixture, 1, 3)!;
    const html = leaveOneOutExplainerHtml(example, looCaseworkers(fixture), context);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelector('[data-role="controls"]')!.hasAttribute('hidden')).toBe(true);
    const selected = (role: string) => document.querySelector(`[data-role="${role}"] option[selected]`)!.getAttribute('value');
    expect(selected('caseworker')).toBe('1');
    expect(selected('answer')).toBe('3');
    expect(document.querySelectorAll('[data-role="caseworker"] option')).toHaveLength(3);
    expect(document.querySelector('[data-role="example"]')!.innerHTML).toBe(leaveOneOutHtml(example, context));
  });

  it('writes the answer options in time order, with "vet inte" for an answer without a belief', () => {
    const html = looAnswerOptionsHtml(leaveOneOutExample(fixture, 1, 3)!.answers, context);
    expect([...html.matchAll(/value="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
    expect(html).not.toContain('selected');
    expect(html).toContain('person 12, 2014Q2 – vet inte');
  });
});
