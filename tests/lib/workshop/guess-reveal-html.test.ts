import { describe, expect, it } from 'vitest';
import { guessRevealHeadingId, guessRevealHtml } from '../../../src/lib/workshop/guess-reveal-html';
import { scoreGuess } from '../../../src/lib/workshop/score-guess';
import { BELIEF, dom, format, W } from './renderer-fixtures';

describe('guessRevealHtml', () => {
  it('gives a focusable heading that labels the table, the summary, the source and what to discuss, in order', () => {
    const document = dom(guessRevealHtml(BELIEF, scoreGuess(BELIEF, { a: 2, b: 20 }), W, format, 'sv-SE', 'SOURCE'));
    const parts = [...document.body.children].map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className.split(' ')[0]}` : ''}`);
    expect(parts).toEqual(['h3', 'table.ws-bars__table', 'p.ws-result__summary', 'p.ws-result__close', 'p.ws-bars__source', 'p.ws-discuss']);
    const heading = document.querySelector('h3')!;
    expect(heading.id).toBe(guessRevealHeadingId(BELIEF));
    expect(heading.id).toBe('q-q1-result');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(heading.textContent).toBe('REVEALED');
    expect(document.querySelector('table')?.getAttribute('aria-labelledby')).toBe('q-q1-result');
    expect(document.querySelector('.ws-result__summary')?.textContent).toBe('CLOSE 1 OF 2');
    expect(document.querySelector('.ws-result__close')?.textContent).toBe('CLOSE MEANS');
    expect(document.querySelector('.ws-bars__source')?.textContent).toBe('SOURCE');
    expect(document.querySelector('.ws-discuss strong')?.textContent).toBe('DISCUSS: ');
    expect(document.querySelector('.ws-discuss')?.textContent).toBe('DISCUSS: Talk <about> it');
  });

  it('counts the rows in the plural form of their number', () => {
    const one = guessRevealHtml({ id: 'q2', items: [{ id: 'c', figure: 'orientation_rate_low', per: 1000 }] }, scoreGuess({ id: 'q2', items: [{ id: 'c', figure: 'orientation_rate_low', per: 1000 }] }, { c: 50 }), W, format, 'en-GB', null);
    expect(dom(one).querySelector('.ws-result__summary')?.textContent).toBe('CLOSE 1 OF 1 ROW');
  });

  it('says so when nothing was guessed, and leaves the source out when there is none', () => {
    const html = guessRevealHtml(BELIEF, scoreGuess(BELIEF, {}), W, format, 'sv-SE', null);
    expect(dom(html).querySelector('.ws-result__summary')?.textContent).toBe('NO GUESS');
    // No verdict says "close", so its definition is left out too.
    expect(html).not.toContain('ws-result__close');
    expect(html).not.toContain('ws-bars__source');
  });

  it('escapes the discussion question and the source', () => {
    const html = guessRevealHtml(BELIEF, scoreGuess(BELIEF, {}), W, format, 'sv-SE', '<script>');
    expect(html).toContain('Talk &lt;about&gt; it');
    expect(html).toContain('<p class="ws-bars__source">&lt;script&gt;</p>');
    expect(html).not.toContain('<script>');
  });
});
