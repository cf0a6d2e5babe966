import { describe, expect, it } from 'vitest';
import { parseGuessInput, parseStoredGuesses } from '../../../src/lib/workshop/guesses';

describe('parseGuessInput', () => {
  it('reads whole numbers from 0 to per, empty as not answered', () => {
    expect(parseGuessInput(' 12 ', 100)).toBe(12);
    expect(parseGuessInput('12,0', 100)).toBe(12);
    expect(parseGuessInput('', 100)).toBeNull();
    expect(parseGuessInput('0', 1000)).toBe(0);
    expect(parseGuessInput('1000', 1000)).toBe(1000);
  });
  it('rejects decimals, negatives, letters and values above per', () => {
    for (const text of ['2,5', '-1', 'tio', '101', '1e2', '0x10']) expect(parseGuessInput(text, 100)).toBe('invalid');
  });
});

describe('parseStoredGuesses', () => {
  it('keeps valid guesses for known items and drops everything else', () => {
    const json = JSON.stringify({ belief_1: 5, belief_2: 101, low: 60, unknown: 3, high: 'x' });
    expect(parseStoredGuesses(json)).toEqual({ belief_1: 5, low: 60 });
  });
  it('gives nothing for junk', () => {
    for (const json of [null, '', 'not json', '[1,2]', '42']) expect(parseStoredGuesses(json)).toEqual({});
  });
});
