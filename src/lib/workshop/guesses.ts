import { allItems, WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';

/** A participant's guesses: item id → count of `per` (whole number), absent when not answered. */
export type Guesses = Readonly<Record<string, number>>;

/** True when a value is an acceptable guess for an item with this `per`: a whole number 0…per. */
export function isValidGuess(value: unknown, per: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= per;
}

/**
 * Reads guesses typed by a person: "12", " 12 ", "12,0" → 12; empty → null (not answered);
 * anything else (letters, decimals, out of range) → 'invalid'.
 */
export function parseGuessInput(text: string, per: number): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.0*)?$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return isValidGuess(value, per) ? value : 'invalid';
}

/** The versioned localStorage key the guesses live under (nothing is sent anywhere). */
export const GUESS_STORAGE_KEY = 'bip-explorer:workshop:guesses:v1';

/** A JSON object read back from storage, or null for nothing, junk, an array or a plain value. */
export function storedObject(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const raw: unknown = JSON.parse(json);
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Guesses read back from storage: unknown items and invalid values are dropped, junk gives {}. */
export function parseStoredGuesses(json: string | null, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): Guesses {
  const raw = storedObject(json);
  if (!raw) return {};
  const out: Record<string, number> = {};
  for (const { item } of allItems(questions)) {
    const value = raw[item.id];
    if (isValidGuess(value, item.per)) out[item.id] = value;
  }
  return out;
}
