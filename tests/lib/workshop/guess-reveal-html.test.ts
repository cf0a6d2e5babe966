import { describe, expect, it } from 'vitest';
import { guessRevealHeadingId, guessRevealHtml } from '../../../src/lib/workshop/guess-reveal-html';
import { scoreGuess } from '../../../src/lib/workshop/score-guess';
import { BELIEF, dom, format, W } from './renderer-fixtures';

describe('guessRevealHtml', () => {
  it('gives a focusable heading that labels the table, the summary, the source and what to discuss, in order', () => {
    const document = dom(guessRevealHtml(BELIEF, scoreGuess(BELIEF, { a: 2, b: 20 }), W, format, 'SOURCE'));
    const parts = [...document.body.children].map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className.split(' ')[0]}` : ''}`);
    expect(parts).toEqual(['h3', 'table.ws-bars__table', 'p.ws-result__summary', 'p.ws-bars__source', 'p.ws-discuss']);
    const heading = document.querySelector('h3')!;
    expect(heading.id).toBe(guessRevealHeadingId(BELIEF));
    expect(heading.id).toBe('q-q1-result');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(heading.textContent).toBe('REVEALED');
    expect(document.querySelector('table')?.getAttribute('aria-labelledby')).toBe('q-q1-result');
    expect(document.querySelector('.ws-result__summary')?.textContent).toBe('CLOSE 1 OF 2');
    expect(document.querySelector('.ws-bars__source')?.textContent).toBe('SOURCE');
    expect(document.querySelector('.ws-discuss strong')?.textContent).toBe('DISCUSS: ');
    expect(document.querySelector('.ws-discuss')?.textContent).toBe('DISCUSS: Talk <about> it');
  });

  it('says so when nothing was guessed, and leaves the source out when there is none', () => {
    const html = guessRevealHtml(BELIEF, scoreGuess(BELIEF, {}), W, format, null);
    expect(dom(html).querySelector('.ws-result__summary')?.textContent).toBe('NO GUESS');
    expect(html).not.toContain('ws-bars__source');
  });

  it('escapes the discussion question and the source', () => {
    const html = guessRevealHtml(BELIEF, scoreGuess(BELIEF, {}), W, format, '<script>');
    expect(html).toContain('Talk &lt;about&gt; it');
    expect(html).toContain('<p class="ws-bars__source">&lt;script&gt;</p>');
    expect(html).not.toContain('<script>');
  });
});
