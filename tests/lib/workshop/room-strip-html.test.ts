import { describe, expect, it } from 'vitest';
import { roomStripHtml } from '../../../src/lib/workshop/room-strip-html';
import { BELIEF, bodyCells, dom, format, PER_MILLE, W } from './renderer-fixtures';

const OPTIONS = { labelledBy: 'title', source: 'SOURCE <x>' };
const width = (element: Element | null) => element?.getAttribute('style')?.match(/width: ([\d.]+)%/)?.[1];
const left = (element: Element | null) => element?.getAttribute('style')?.match(/left: ([\d.]+)%/)?.[1];

describe('roomStripHtml', () => {
  it('shows the published figures as bars to scale, with their numbers, before any guess is in', () => {
    const document = dom(roomStripHtml(BELIEF, [], W, format, OPTIONS));
    const table = document.querySelector('table.ws-strip__table')!;
    expect(table.getAttribute('aria-labelledby')).toBe('title');
    expect(table.querySelector('caption')?.textContent).toBe('STRIP 0–50 of 100');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['ANSWER', 'SCALE050', 'REPORT (of 100)']);
    expect(bodyCells(document)).toEqual([
      ['A & <a>', '', '1,1'],
      ['B "b"', '', '26,8'],
    ]);
    // 1.1 and 26.8 on a 0–50 scale.
    expect([...document.querySelectorAll('.ws-strip__bar')].map(width)).toEqual(['2.2', '53.6']);
    expect(document.querySelectorAll('.ws-strip__dot, .ws-strip__median, .ws-strip__legend')).toHaveLength(0);
    const truth = document.querySelector('tbody .ws-strip__truth')!;
    expect([truth.getAttribute('data-kind'), truth.getAttribute('data-figure')]).toEqual(['published', 'job_rate_belief_1']);
    expect(document.querySelector('.ws-strip__source')?.textContent).toBe('SOURCE <x>');
    expect(document.querySelector('.ws-strip')?.getAttribute('data-participants')).toBe('0');
  });

  it('adds one dot per guess, the median as a line and in numbers, on a scale that takes in the highest guess', () => {
    // a: 2, 4, 10 → median 4; b: only 60 (above the 0–50 scale, so the scale grows to 100).
    const document = dom(roomStripHtml(BELIEF, [{ a: 2, b: 60 }, { a: 4 }, { a: 10 }], W, format, OPTIONS));
    expect(document.querySelector('caption')?.textContent).toBe('STRIP 3 PEOPLE 0–100 of 100');
    expect(document.querySelector('thead th:last-child')?.textContent).toBe('ROOM');
    expect(bodyCells(document)).toEqual([
      ['A & <a>', '', '1,1', '4'],
      ['B "b"', '', '26,8', '60 1 ANSWERS'],
    ]);
    const [a, b] = [...document.querySelectorAll('tbody tr')];
    expect([...a!.querySelectorAll('.ws-strip__dot')].map(left)).toEqual(['2', '4', '10']);
    expect(left(a!.querySelector('.ws-strip__median'))).toBe('4');
    expect(b!.querySelectorAll('.ws-strip__dot')).toHaveLength(1);
    expect(document.querySelector('.ws-strip__legend')?.textContent).toContain('L-DOT 3');
  });

  it('stacks guesses that lie within one dot of each other, up to four high', () => {
    const room = Array.from({ length: 6 }, () => ({ c: 50 }));
    const document = dom(roomStripHtml(PER_MILLE, room, W, format, OPTIONS));
    const levels = [...document.querySelectorAll('.ws-strip__dot')].map((d) => d.getAttribute('style')?.match(/--level: (\d)/)?.[1]);
    expect(levels).toEqual(['0', '1', '2', '3', '3', '3']);
  });

  it('escapes what it is given', () => {
    const html = roomStripHtml(BELIEF, [], W, format, { labelledBy: '"x', source: '<b>' });
    expect(html).toContain('aria-labelledby="&quot;x"');
    expect(html).toContain('&lt;b&gt;');
  });
});
