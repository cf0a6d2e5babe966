import { decodeGroupCode, type GroupCodeProblem } from './group-code';
import { WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';
import type { Guesses } from './guesses';

/** The versioned localStorage key of the trainer's collected codes (kept in the browser only). */
export const ROOM_STORAGE_KEY = 'bip-explorer:workshop:room:v1';

/** A pasted line that was not added, and why. */
export interface RejectedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  problem: GroupCodeProblem | 'duplicate';
}

/** The outcome of pasting codes: the room's codes after adding, and the lines that were ignored. */
export interface AddCodesResult {
  codes: string[];
  added: number;
  rejected: RejectedLine[];
}

/**
 * Adds pasted codes, one per line (blank lines skipped), to the room's codes. A malformed line or a
 * code already in the room is reported and ignored; the rest are added.
 */
export function addRoomCodes(existing: readonly string[], pasted: string, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): AddCodesResult {
  const codes = [...existing];
  const rejected: RejectedLine[] = [];
  let added = 0;
  pasted.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '') return;
    const result = decodeGroupCode(text, questions);
    if (!result.ok) {
      rejected.push({ line: i + 1, text: text.trim(), problem: result.problem });
    } else if (codes.includes(result.code)) {
      rejected.push({ line: i + 1, text: text.trim(), problem: 'duplicate' });
    } else {
      codes.push(result.code);
      added++;
    }
  });
  return { codes, added, rejected };
}

/** The room's codes read back from storage; anything that no longer decodes is dropped. */
export function parseStoredRoom(json: string | null, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): string[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return addRoomCodes([], raw.filter((x): x is string => typeof x === 'string').join('\n'), questions).codes;
}

/** The guesses behind the room's codes (each code was validated when it was added). */
export function roomGuesses(codes: readonly string[], questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): Guesses[] {
  return codes.flatMap((code) => {
    const result = decodeGroupCode(code, questions);
    return result.ok ? [result.guesses] : [];
  });
}
