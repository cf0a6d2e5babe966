import { describe, expect, it } from 'vitest';
import {
  compactGroupCode,
  decodeGroupCode,
  encodeGroupCode,
  groupCodeLength,
  isParticipantId,
  participantIdFromBytes,
} from '../../../src/lib/workshop/group-code';
import type { Guesses } from '../../../src/lib/workshop/guesses';

const full = { belief_1: 5, belief_2: 10, belief_3: 20, belief_4: 35, belief_5: 60, after_one_change: 45, share_changed: 25, low: 40, high: 90 };
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID = 'K7QZ';

/** A body with a valid checksum appended (the site's position-weighted sum mod 1021). */
function withChecksum(body: string): string {
  let sum = 0;
  [...body].forEach((c, i) => (sum = (sum + (i + 1) * ALPHABET.indexOf(c)) % 1021));
  return body + ALPHABET[Math.floor(sum / 32)] + ALPHABET[sum % 32];
}

describe('group codes', () => {
  it('round-trip every guess and the participant, including extremes and unanswered items', () => {
    for (const guesses of [full, { belief_1: 0, belief_5: 100, after_one_change: 1000, high: 0 }, { share_changed: 40 }] as Guesses[]) {
      const code = encodeGroupCode(guesses, ID);
      expect(decodeGroupCode(code)).toEqual({ ok: true, code, participant: ID, guesses });
    }
  });

  it('are short, versioned, carry the participant right after the version, and are grouped in fours', () => {
    const code = encodeGroupCode(full, ID);
    expect(code).toMatch(/^2K7Q-Z[0-9A-Z]{3}(-[0-9A-Z]{1,4}){4}$/);
    expect(compactGroupCode(code)).toHaveLength(22);
    expect(groupCodeLength()).toBe(22);
  });

  it('hold only digits and capital letters, so a code made in one language edition reads in every other', () => {
    // The code has no words and no locale-formatted numbers: the Danish page's code is the English page's.
    expect(compactGroupCode(encodeGroupCode(full, ID))).toMatch(/^[0-9A-Z]+$/);
  });

  it('make participant ids from three random bytes, using all 20 bits', () => {
    expect(participantIdFromBytes([0, 0, 0])).toBe('0000');
    expect(participantIdFromBytes([255, 255, 255])).toBe('ZZZZ');
    // 0x123456 >> 4 = 74565 = 2·32³ + 8·32² + 26·32 + 5 → '2', '8', 'T', '5'.
    expect(participantIdFromBytes([0x12, 0x34, 0x56])).toBe('28T5');
    expect(isParticipantId('K7QZ')).toBe(true);
    for (const bad of ['K7Q', 'K7QZZ', 'k7qz', 'K7QU', 7]) expect(isParticipantId(bad)).toBe(false);
    expect(() => participantIdFromBytes([1, 2])).toThrow(RangeError);
    expect(() => encodeGroupCode(full, 'nope')).toThrow(RangeError);
  });

  it('forgive case, spaces, missing hyphens, O for 0 and I/L for 1, and accept a link', () => {
    const code = encodeGroupCode(full, ID);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeGroupCode(sloppy)).toMatchObject({ ok: true, guesses: full });
    expect(decodeGroupCode(`http://127.0.0.1:4321/da/workshop/grupp/?kod=${code}`)).toMatchObject({ ok: true, participant: ID, guesses: full });
  });

  it('catch every single mistyped character and every swap of neighbours', () => {
    const compact = compactGroupCode(encodeGroupCode(full, ID));
    let tried = 0;
    for (let i = 0; i < compact.length; i++) {
      for (const c of ALPHABET) {
        if (c === compact[i]) continue;
        const typo = compact.slice(0, i) + c + compact.slice(i + 1);
        tried++;
        const decoded = decodeGroupCode(typo);
        expect(decoded.ok, `${typo}`).toBe(false);
        // The checksum covers the version character too, so a mistyped version is a typo ('checksum'),
        // never taken for a code of another version.
        if (i === 0) expect(decoded, `${typo}`).toEqual({ ok: false, problem: 'checksum' });
      }
      if (i > 0 && compact[i] !== compact[i - 1]) {
        const swapped = compact.slice(0, i - 1) + compact[i] + compact[i - 1] + compact.slice(i + 1);
        expect(decodeGroupCode(swapped).ok).toBe(false);
      }
    }
    expect(tried).toBe(compact.length * (ALPHABET.length - 1));
  });

  it('name the problem with a malformed code', () => {
    const code = encodeGroupCode(full, ID);
    expect(decodeGroupCode('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeGroupCode('2ABC-ÅÄÖ!')).toEqual({ ok: false, problem: 'invalid_characters' });
    // A well-formed code of another version (valid checksum, version character 3).
    expect(decodeGroupCode(withChecksum('3' + compactGroupCode(code).slice(1, -2)))).toEqual({ ok: false, problem: 'unknown_version' });
    // An 18-character code of the first version (no participant) is a code of the wrong length now.
    expect(decodeGroupCode('1ABC-DEFG-HJKM-NPQR-ST')).toEqual({ ok: false, problem: 'wrong_length' });
    expect(decodeGroupCode('3' + code.slice(1))).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeGroupCode(code.slice(0, -1))).toEqual({ ok: false, problem: 'wrong_length' });
    const last = code.at(-1)!;
    expect(decodeGroupCode(code.slice(0, -1) + (last === 'A' ? 'B' : 'A'))).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeGroupCode(encodeGroupCode({}, ID))).toEqual({ ok: false, problem: 'no_answers' });
    expect(decodeGroupCode('x'.repeat(10_000))).toEqual({ ok: false, problem: 'wrong_length' });
  });

  it('reject a well-checksummed code with a value above its range', () => {
    // The first item reads 124 of 100 (bits 1111100), then a valid checksum.
    expect(decodeGroupCode(withChecksum('2' + ID + 'Z' + '0'.repeat(14)))).toEqual({ ok: false, problem: 'out_of_range' });
  });
});

describe('group codes from pasted links', () => {
  it('treat a broken %-escape in a link as a malformed code, not a crash', () => {
    expect(decodeGroupCode('http://x/sv/workshop/grupp/?kod=%E0%A4%A')).toEqual({ ok: false, problem: 'invalid_characters' });
  });
});
