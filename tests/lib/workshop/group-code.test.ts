import { describe, expect, it } from 'vitest';
import { decodeGroupCode, encodeGroupCode } from '../../../src/lib/workshop/group-code';
import type { Guesses } from '../../../src/lib/workshop/guesses';

const full = { belief_1: 5, belief_2: 10, belief_3: 20, belief_4: 35, belief_5: 60, after_one_change: 45, share_changed: 25, low: 40, high: 90 };
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('group codes', () => {
  it('round-trip every guess, including extremes and unanswered items', () => {
    for (const guesses of [full, { belief_1: 0, belief_5: 100, after_one_change: 1000, high: 0 }, { share_changed: 40 }] as Guesses[]) {
      const code = encodeGroupCode(guesses);
      const decoded = decodeGroupCode(code);
      expect(decoded).toEqual({ ok: true, code, guesses });
    }
  });

  it('are short, versioned and grouped in fours', () => {
    const code = encodeGroupCode(full);
    expect(code).toMatch(/^1[0-9A-Z]{3}(-[0-9A-Z]{1,4}){4}$/);
    expect(code.replace(/-/g, '')).toHaveLength(18);
  });

  it('forgive case, spaces, missing hyphens, O for 0 and I/L for 1, and accept a link', () => {
    const code = encodeGroupCode(full);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeGroupCode(sloppy)).toMatchObject({ ok: true, guesses: full });
    expect(decodeGroupCode(`http://127.0.0.1:4321/sv/workshop/grupp/?kod=${code}`)).toMatchObject({ ok: true, guesses: full });
  });

  it('catch every single mistyped character and every swap of neighbours', () => {
    const compact = encodeGroupCode(full).replace(/-/g, '');
    expect(compact[0]).toBe('1');
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
    const code = encodeGroupCode(full);
    expect(decodeGroupCode('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeGroupCode('1ABC-ÅÄÖ!')).toEqual({ ok: false, problem: 'invalid_characters' });
    // A well-formed code of another version (valid checksum, version character 2).
    const body2 = '2' + code.replace(/-/g, '').slice(1, -2);
    let sum = 0;
    [...body2].forEach((c, i) => (sum = (sum + (i + 1) * ALPHABET.indexOf(c)) % 1021));
    expect(decodeGroupCode(body2 + ALPHABET[Math.floor(sum / 32)] + ALPHABET[sum % 32])).toEqual({ ok: false, problem: 'unknown_version' });
    expect(decodeGroupCode('2' + code.slice(1))).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeGroupCode(code.slice(0, -1))).toEqual({ ok: false, problem: 'wrong_length' });
    const last = code.at(-1)!;
    expect(decodeGroupCode(code.slice(0, -1) + (last === 'A' ? 'B' : 'A'))).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeGroupCode(encodeGroupCode({}))).toEqual({ ok: false, problem: 'no_answers' });
  });

  it('reject a well-checksummed code with a value above its range', () => {
    // Build a body whose first item reads 124 of 100 (bits 1111100), then give it a valid checksum.
    const body = '1' + 'Z' + '0'.repeat(14);
    let sum = 0;
    [...body].forEach((c, i) => (sum = (sum + (i + 1) * ALPHABET.indexOf(c)) % 1021));
    const code = body + ALPHABET[Math.floor(sum / 32)] + ALPHABET[sum % 32];
    expect(decodeGroupCode(code)).toEqual({ ok: false, problem: 'out_of_range' });
  });
});

describe('group codes from pasted links', () => {
  it('treat a broken %-escape in a link as a malformed code, not a crash', () => {
    expect(decodeGroupCode('http://x/sv/workshop/grupp/?kod=%E0%A4%A')).toEqual({ ok: false, problem: 'invalid_characters' });
  });
});
