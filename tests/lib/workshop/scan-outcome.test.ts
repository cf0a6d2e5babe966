import { describe, expect, it } from 'vitest';
import { RepeatFilter, scanOutcome } from '../../../src/lib/workshop/scan-outcome';
import { compactGroupCode, encodeGroupCode } from '../../../src/lib/workshop/group-code';

const a = encodeGroupCode({ belief_1: 5 }, 'AAAA');
const a2 = encodeGroupCode({ belief_1: 5, low: 40 }, 'AAAA');
const b = encodeGroupCode({ belief_1: 5 }, 'BBBB');

describe('scanOutcome', () => {
  it('adds a new participant, replaces a participant\'s earlier code, and ignores the same code again', () => {
    const first = scanOutcome([], compactGroupCode(a));
    expect(first).toEqual({ kind: 'added', codes: [a] });
    expect(scanOutcome([a], compactGroupCode(b))).toEqual({ kind: 'added', codes: [a, b] });
    expect(scanOutcome([a, b], compactGroupCode(a2))).toEqual({ kind: 'replaced', codes: [a2, b] });
    expect(scanOutcome([a2, b], compactGroupCode(a2))).toEqual({ kind: 'duplicate' });
  });

  it('says why a QR code that is not a code was not counted', () => {
    expect(scanOutcome([], 'https://example.org/')).toEqual({ kind: 'bad', problem: 'invalid_characters' });
    expect(scanOutcome([], '2ABC')).toEqual({ kind: 'bad', problem: 'wrong_length' });
  });
});

describe('RepeatFilter', () => {
  it('lets a code through once while it stays in view, and again after it was away', () => {
    const filter = new RepeatFilter(2000);
    expect(filter.fresh('x', 0)).toBe(true);
    expect(filter.fresh('x', 150)).toBe(false);
    expect(filter.fresh('x', 1900)).toBe(false);
    expect(filter.fresh('y', 1950)).toBe(true);
    expect(filter.fresh('x', 5000)).toBe(true);
  });
});
