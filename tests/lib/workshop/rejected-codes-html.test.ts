import { describe, expect, it } from 'vitest';
import { rejectedCodesHtml } from '../../../src/lib/workshop/rejected-codes-html';
import { dom, W } from './renderer-fixtures';

describe('rejectedCodesHtml', () => {
  it('names each ignored line, what it said and why, with the problem as an attribute', () => {
    const html = rejectedCodesHtml(
      [
        { line: 2, text: 'hej', problem: 'wrong_length' },
        { line: 5, text: '1ABC', problem: 'duplicate' },
      ],
      W,
      18,
    );
    const items = [...dom(`<ul>${html}</ul>`).querySelectorAll('li')];
    expect(items.map((li) => [li.getAttribute('data-problem'), li.textContent])).toEqual([
      ['wrong_length', 'LINE 2 “hej”: LENGTH 18'],
      ['duplicate', 'LINE 5 “1ABC”: DUPLICATE'],
    ]);
  });

  it('quotes at most 40 characters of a long line, escapes what was pasted, and gives nothing for nothing', () => {
    const long = `<b>${'x'.repeat(50)}`;
    const html = rejectedCodesHtml([{ line: 1, text: long, problem: 'invalid_characters' }], W, 18);
    expect(html).toBe(`<li data-problem="invalid_characters">LINE 1 “&lt;b&gt;${'x'.repeat(37)}…”: INVALID</li>`);
    expect(rejectedCodesHtml([], W, 18)).toBe('');
  });
});
