import { describe, expect, it } from 'vitest';
import { presenterRoomHtml } from '../../../src/lib/workshop/presenter-room-html';
import { roomSummary } from '../../../src/lib/workshop/room-summary';
import { BELIEF, bodyCells, dom, format, W } from './renderer-fixtures';

describe('presenterRoomHtml', () => {
  it('heads the compact spread with how many took part, and labels the table with that heading', () => {
    const room = roomSummary([{ a: 2, b: 30 }, { a: 4 }, { a: 10 }], [BELIEF]);
    const document = dom(presenterRoomHtml(BELIEF, room, 1234, W, format));
    const heading = document.querySelector('h3')!;
    expect(heading.id).toBe('room-q1');
    expect(heading.textContent).toBe('ROOM MEDIAN (1\u00a0234 PEOPLE)');
    expect(document.querySelector('table.ws-spread')?.getAttribute('aria-labelledby')).toBe('room-q1');
    expect(bodyCells(document)).toEqual([
      ['A & <a>', '4 (+2,9)', '3–7', '1,1'],
      ['B "b"', '30 (+3,2)', '30–30', '26,8'],
    ]);
    expect(document.querySelector('.ws-spread__track')).toBeNull();
  });

  it('escapes the heading text', () => {
    const w = { ...W, presenter: { room_median: 'Median <&>', room_n: '{n}' } };
    expect(presenterRoomHtml(BELIEF, roomSummary([], [BELIEF]), 0, w, format)).toContain('<h3 id="room-q1">Median &lt;&amp;&gt; (0)</h3>');
  });
});
