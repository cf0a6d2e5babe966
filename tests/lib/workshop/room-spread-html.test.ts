import { describe, expect, it } from 'vitest';
import { roomSpreadHtml } from '../../../src/lib/workshop/room-spread-html';
import { roomSummary } from '../../../src/lib/workshop/room-summary';
import { BELIEF, bodyCells, dom, format, PER_MILLE, W } from './renderer-fixtures';

const QUESTIONS = [BELIEF, PER_MILLE];
// a: 2, 4, 10 (median 4, quartiles 3 and 7); b: only 30; c: nobody.
const ROOM = roomSummary([{ a: 2, b: 30 }, { a: 4 }, { a: 10 }], QUESTIONS);

describe('roomSpreadHtml', () => {
  it('lists median (and its distance from the published figure), middle half, range, truth, answers and guesses above', () => {
    const document = dom(roomSpreadHtml(BELIEF, ROOM, W, format, { labelledBy: 'title' }));
    const table = document.querySelector('table.ws-spread')!;
    expect(table.getAttribute('aria-labelledby')).toBe('title');
    expect(table.querySelector('caption.visually-hidden')?.textContent).toBe('SPREAD 0–50 of 100');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.className])).toEqual([
      ['ITEM', ''],
      ['MEDIAN (of 100)', ''],
      ['IQR', ''],
      ['RANGE', 'ws-spread__extra'],
      ['TRUTH', ''],
      ['N', 'ws-spread__extra'],
      ['ABOVE', 'ws-spread__extra'],
      ['TRACK', 'ws-spread__track-head'],
    ]);
    expect(table.querySelector('thead th:last-child .visually-hidden')?.textContent).toBe('TRACK');
    expect(bodyCells(document)).toEqual([
      ['A & <a>', '4 (+2,9)', '3–7', '2–10', '1,1', '3', '3', ''],
      ['B "b"', '30 (+3,2)', '30–30', '30–30', '26,8', '1', '1', ''],
    ]);
    const first = table.querySelector('tbody tr')!;
    expect(first.getAttribute('data-item')).toBe('a');
    expect(first.querySelector('[data-role="median"] .ws-spread__diff')?.textContent).toBe(' (+2,9)');
    expect(first.querySelector('[data-role="iqr"]')?.textContent).toBe('3–7');
    expect(first.querySelector('[data-role="n"]')?.className).toBe('ws-spread__extra');
    const truth = first.querySelector('[data-role="truth"]')!;
    expect([truth.className, truth.getAttribute('data-kind')]).toEqual(['num', 'published']);
  });

  it('draws each row\'s strip chart on the shared scale: band for the middle half, line for the median, diamond for the truth', () => {
    const document = dom(roomSpreadHtml(BELIEF, ROOM, W, format, { labelledBy: 't' }));
    const [a, b] = [...document.querySelectorAll('.ws-spread__track')];
    expect(a?.getAttribute('aria-hidden')).toBe('true');
    expect(a?.querySelector('.ws-spread__band')?.getAttribute('style')).toBe('left: 6%; width: 8%');
    expect(a?.querySelector('.ws-spread__median')?.getAttribute('style')).toBe('left: 8%');
    expect(a?.querySelector('.ws-spread__truth')?.getAttribute('style')).toBe('left: 2.2%');
    // A middle half of one value still shows as a sliver, not nothing.
    expect(b?.querySelector('.ws-spread__band')?.getAttribute('style')).toBe('left: 60%; width: 0.8%');
    const legend = document.querySelector('ul.ws-spread__legend')!;
    expect(legend.getAttribute('aria-hidden')).toBe('true');
    expect([...legend.querySelectorAll('li')].map((li) => [li.querySelector('.ws-spread__key')?.className, li.textContent])).toEqual([
      ['ws-spread__key ws-spread__key--band', 'L-IQR'],
      ['ws-spread__key ws-spread__key--median', 'L-MEDIAN'],
      ['ws-spread__key ws-spread__key--truth', 'L-TRUTH'],
    ]);
  });

  it('shows an item nobody answered as dashes with only the published diamond on its track', () => {
    const document = dom(roomSpreadHtml(PER_MILLE, ROOM, W, format, { labelledBy: 't' }));
    expect(bodyCells(document)).toEqual([['C', '–', '–', '–', '53', '0', '0', '']]);
    expect(document.querySelector('.ws-spread__band')).toBeNull();
    expect(document.querySelector('.ws-spread__truth')?.getAttribute('style')).toBe('left: 53%');
    expect(document.querySelector('caption')?.textContent).toBe('SPREAD 0–100 of 1 000');
  });

  it('in the compact form keeps item, median, middle half and truth, without extras, track or legend', () => {
    const html = roomSpreadHtml(BELIEF, ROOM, W, format, { labelledBy: 't', compact: true });
    const document = dom(html);
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['ITEM', 'MEDIAN (of 100)', 'IQR', 'TRUTH']);
    expect(bodyCells(document)[0]).toEqual(['A & <a>', '4 (+2,9)', '3–7', '1,1']);
    for (const cls of ['ws-spread__extra', 'ws-spread__track', 'ws-spread__legend']) expect(html).not.toContain(cls);
  });

  it('escapes labels and the heading reference', () => {
    const html = roomSpreadHtml(BELIEF, ROOM, W, format, { labelledBy: '"x"' });
    expect(html).toContain('aria-labelledby="&quot;x&quot;"');
    expect(html).toContain('<th scope="row">A &amp; &lt;a&gt;</th>');
  });
});
