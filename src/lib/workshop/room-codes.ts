import { decodeGroupCode, type GroupCodeProblem } from './group-code';
import { WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';
import type { Guesses } from './guesses';

/**
 * The versioned localStorage key of the trainer's collected codes (kept in the browser only). Version 2:
 * codes carry a participant id, and the room holds one code per participant.
 */
export const ROOM_STORAGE_KEY = 'bip-explorer:workshop:room:v2';

/** Lines read from one paste or link; a room has tens of people, so more is a mistake, said in a message. */
export const MAX_PASTE_LINES = 1000;
/** A link with more codes than this asks the trainer before adding them (one link usually carries one code). */
export const LINK_CONFIRM_ABOVE = 5;
/** Rejected lines named one by one; the rest are counted in one sentence. */
export const MAX_REPORTED_LINES = 20;

/** A pasted line that was not added, and why. */
export interface RejectedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  problem: GroupCodeProblem;
}

/** The outcome of adding codes: the room afterwards and what happened to each line, in counts. */
export interface AddCodesResult {
  /** The room's codes: one per participant, in the order each participant first arrived. */
  codes: string[];
  /** Participants new to the room. */
  added: number;
  /** Participants already in the room whose earlier code the new one replaced. */
  replaced: number;
  /** Codes already in the room exactly (the same participant, the same guesses): counted once. */
  duplicates: number;
  /** The first MAX_REPORTED_LINES malformed lines, each with its problem. */
  rejected: RejectedLine[];
  /** All malformed lines (rejected.length or more). */
  rejectedCount: number;
  /** Lines after the first MAX_PASTE_LINES, not read. */
  unread: number;
}

/** The participant part of a code already in the room (validated when it was added). */
function participantOf(code: string): string {
  return code.replace(/-/g, '').slice(1, 5);
}

/** Lines with something on them in text from `start` on, counted in one pass. */
function nonBlankLines(text: string, start: number): number {
  let count = 0;
  let filled = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (filled) count++;
      filled = false;
    } else if (c !== 13 && c !== 32 && c !== 9) filled = true;
  }
  return filled ? count + 1 : count;
}

/**
 * Adds pasted codes, one per line (blank lines skipped), to the room. The room counts people: a code
 * from a participant already in the room replaces their earlier one (the later code is the newer
 * guess), and the very same code again is counted once. A malformed line is reported and ignored.
 * Linear in the number of lines (one map lookup per line); at most MAX_PASTE_LINES lines are read.
 */
export function addRoomCodes(existing: readonly string[], pasted: string, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): AddCodesResult {
  const codes = [...existing];
  const at = new Map<string, number>();
  codes.forEach((code, i) => at.set(participantOf(code), i));
  const result: AddCodesResult = { codes, added: 0, replaced: 0, duplicates: 0, rejected: [], rejectedCount: 0, unread: 0 };
  let line = 0;
  let start = 0;
  while (start <= pasted.length) {
    const end = pasted.indexOf('\n', start);
    const stop = end === -1 ? pasted.length : end;
    line++;
    if (line > MAX_PASTE_LINES) {
      result.unread = nonBlankLines(pasted, start);
      break;
    }
    const text = pasted.slice(start, stop).trim();
    start = stop + 1;
    if (text !== '') {
      const decoded = decodeGroupCode(text, questions);
      if (!decoded.ok) {
        result.rejectedCount++;
        if (result.rejected.length < MAX_REPORTED_LINES) result.rejected.push({ line, text, problem: decoded.problem });
      } else {
        const index = at.get(decoded.participant);
        if (index === undefined) {
          at.set(decoded.participant, codes.length);
          codes.push(decoded.code);
          result.added++;
        } else if (codes[index] === decoded.code) {
          result.duplicates++;
        } else {
          codes[index] = decoded.code;
          result.replaced++;
        }
      }
    }
    if (end === -1) break;
  }
  return result;
}

/** The room's codes read back from storage; anything that no longer decodes is dropped, one per participant. */
export function parseStoredRoom(json: string | null, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): string[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const lines = raw.filter((x): x is string => typeof x === 'string' && !x.includes('\n')).slice(0, MAX_PASTE_LINES);
  return addRoomCodes([], lines.join('\n'), questions).codes;
}

/** The guesses behind the room's codes (each code was validated when it was added). */
export function roomGuesses(codes: readonly string[], questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): Guesses[] {
  return codes.flatMap((code) => {
    const result = decodeGroupCode(code, questions);
    return result.ok ? [result.guesses] : [];
  });
}
