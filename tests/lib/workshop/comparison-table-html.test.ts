import { describe, expect, it } from 'vitest';
import { comparisonTableHtml } from '../../../src/lib/workshop/comparison-table-html';
import { scoreGuess } from '../../../src/lib/workshop/score-guess';
import { BELIEF, bodyCells, dom, format, PER_MILLE, W } from './renderer-fixtures';

describe('comparisonTableHtml', () => {
  it('puts guess, published figure and the difference with its verdict in each row', () => {
    const document = dom(comparisonTableHtml(BELIEF, scoreGuess(BELIEF, { a: 2, b: 20 }), W, format, 'head'));
    const table = document.querySelector('table')!;
    expect(table.className).toBe('ws-bars__table ws-bars__table--compare');
    expect(table.getAttribute('aria-labelledby')).toBe('head');
    expect(table.querySelector('caption.visually-hidden')?.textContent).toBe('BARS 0–50 of 100');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['ANSWER', 'GUESS (of 100)', 'PUBLISHED', 'DIFF']);
    // 2 − 1.1 = +0.9 is within one of 100 (close); 20 − 26.8 = −6.8 is beyond a fifth of 26.8 (too low).
    expect(bodyCells(document)).toEqual([
      ['A & <a>', '2', '1,1', '+0,9 (close)'],
      ['B "b"', '20', '26,8', '−6,8 (low)'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-item'), tr.getAttribute('data-verdict')])).toEqual([['a', 'close'], ['b', 'too_low']]);
    expect(table.querySelectorAll('td.ws-diff[data-role="difference"] .ws-verdict')).toHaveLength(2);
    expect([...table.querySelectorAll('.ws-bar--guess')].map((b) => b.getAttribute('style'))).toEqual(['width: 4%', 'width: 40%']);
  });

  it('widens the scale to the largest guess and shows a missing guess as text without a bar', () => {
    const document = dom(comparisonTableHtml(BELIEF, scoreGuess(BELIEF, { b: 70 }), W, format, 'h'));
    expect(document.querySelector('caption')?.textContent).toBe('BARS 0–100 of 100');
    expect(bodyCells(document)[0]).toEqual(['A & <a>', 'no guess', '1,1', '–']);
    expect(document.querySelector('tbody tr')?.querySelector('.ws-bar--guess')).toBeNull();
    expect(document.querySelector('.ws-bar__value--missing')?.textContent).toBe('no guess');
    expect(bodyCells(document)[1]?.[3]).toBe('+43,2 (high)');
  });

  it('counts of 1 000 in whole numbers, and escapes the labels', () => {
    const html = comparisonTableHtml(PER_MILLE, scoreGuess(PER_MILLE, { c: 30 }), W, format, 'a"b');
    expect(bodyCells(dom(html))).toEqual([['C', '30', '53', '−23 (low)']]);
    expect(html).toContain('GUESS (of 1 000)');
    expect(html).toContain('aria-labelledby="a&quot;b"');
    expect(comparisonTableHtml(BELIEF, scoreGuess(BELIEF, {}), W, format, 'h')).toContain('<th scope="row">A &amp; &lt;a&gt;</th>');
  });
});
