import { describe, expect, it } from 'vitest';
import { addRoomCodes, LINK_CONFIRM_ABOVE, MAX_PASTE_LINES, MAX_REPORTED_LINES, parseStoredRoom, roomGuesses } from '../../../src/lib/workshop/room-codes';
import { encodeGroupCode } from '../../../src/lib/workshop/group-code';

// Participants AAAA, BBBB and CCCC.
const a = encodeGroupCode({ belief_1: 5 }, 'AAAA');
const b = encodeGroupCode({ belief_1: 15 }, 'BBBB');
const aLater = encodeGroupCode({ belief_1: 5, share_changed: 30 }, 'AAAA');

describe('room codes', () => {
  it('add valid codes, one per line, and name malformed lines with their line numbers', () => {
    const result = addRoomCodes([a], `${b}\n\nnonsense\n${b.slice(0, -1)}X\r\n`);
    expect(result.codes).toEqual([a, b]);
    expect(result).toMatchObject({ added: 1, replaced: 0, duplicates: 0, rejectedCount: 2, unread: 0 });
    expect(result.rejected.map((r) => [r.line, r.problem])).toEqual([[3, 'wrong_length'], [4, 'checksum']]);
    expect(roomGuesses(result.codes)).toEqual([{ belief_1: 5 }, { belief_1: 15 }]);
  });

  it('count people: two participants with the same guesses are two, the same code twice is one', () => {
    const twin = encodeGroupCode({ belief_1: 5 }, 'CCCC');
    expect(twin).not.toBe(a);
    const result = addRoomCodes([], [a, twin, a, a.toLowerCase()].join('\n'));
    expect(result.codes).toEqual([a, twin]);
    expect(result).toMatchObject({ added: 2, duplicates: 2, rejectedCount: 0 });
  });

  it('replace a participant\'s earlier code with their later one, keeping their place in the room', () => {
    const result = addRoomCodes([a, b], aLater);
    expect(result.codes).toEqual([aLater, b]);
    expect(result).toMatchObject({ added: 0, replaced: 1, duplicates: 0 });
    // Within one paste too: the last line from a participant wins.
    expect(addRoomCodes([], `${a}\n${b}\n${aLater}`).codes).toEqual([aLater, b]);
  });

  it('read at most MAX_PASTE_LINES lines, count the rest, and name at most MAX_REPORTED_LINES bad lines', () => {
    const junk = Array.from({ length: MAX_PASTE_LINES + 250 }, (_, i) => `junk ${i}`);
    junk.push('', '   ');
    const result = addRoomCodes([], junk.join('\n'));
    expect(result.rejectedCount).toBe(MAX_PASTE_LINES);
    expect(result.rejected).toHaveLength(MAX_REPORTED_LINES);
    expect(result.unread).toBe(250);
    expect(result.codes).toEqual([]);
  });

  it('handle 130 000 pasted lines in linear time without running out of stack', () => {
    const many = Array.from({ length: 130_000 }, (_, i) => encodeGroupCode({ belief_1: i % 101 }, 'AAAA')).join('\n');
    const started = performance.now();
    const result = addRoomCodes([], many);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.codes).toHaveLength(1);
    expect(result.unread).toBe(130_000 - MAX_PASTE_LINES);
  });

  it('read stored codes back, dropping junk and keeping one code per participant', () => {
    expect(parseStoredRoom(JSON.stringify([a, 'junk', 3, b, aLater]))).toEqual([aLater, b]);
    expect(parseStoredRoom('{')).toEqual([]);
    expect(parseStoredRoom(JSON.stringify({ a }))).toEqual([]);
    expect(parseStoredRoom(JSON.stringify([`${a}\n${b}`]))).toEqual([]);
  });

  it('ask before adding more than a handful of codes from one link', () => {
    expect(LINK_CONFIRM_ABOVE).toBeGreaterThanOrEqual(1);
    expect(LINK_CONFIRM_ABOVE).toBeLessThan(30);
  });
});
