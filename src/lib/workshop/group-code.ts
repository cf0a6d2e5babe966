import { allItems, WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';
import { isValidGuess, type Guesses } from './guesses';

/**
 * A participant's guesses as a short code the trainer scans (as a QR code), types or pastes in, with no
 * server: version character + participant id + bit-packed guesses in Crockford base32 + a two-character
 * checksum, shown in groups of four ("2ABC-DEFG-…"). The participant id is random and stays on the
 * participant's device, so the room counts people, not guess sets: two people with the same guesses
 * make different codes, and one person's later code replaces their earlier one. Each item takes just
 * enough bits for 0…per plus "not answered". The checksum (position-weighted sum mod 1021, a prime)
 * catches every single mistyped character and every swap of two neighbouring characters. A code holds
 * digits and capital letters only, so it reads the same in every language edition.
 */
export const GROUP_CODE_VERSION = '2';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_MODULUS = 1021;
const CHECK_CHARS = 2;
/** Characters of the participant id: 20 random bits, so 30 people share an id with odds of about 1 in 2 400. */
export const PARTICIPANT_ID_LENGTH = 4;

/** Why a code was not accepted; the UI turns each into a sentence. */
export type GroupCodeProblem =
  | 'empty'
  | 'invalid_characters'
  | 'unknown_version'
  | 'wrong_length'
  | 'checksum'
  | 'out_of_range'
  | 'no_answers';

/** The result of decoding: the participant and their guesses, or the problem. */
export type GroupCodeResult =
  | { ok: true; code: string; participant: string; guesses: Guesses }
  | { ok: false; problem: GroupCodeProblem };

/** Bits an item needs: values 0…per and the "not answered" marker per + 1. */
function bitsFor(per: number): number {
  return Math.ceil(Math.log2(per + 2));
}

function payloadLength(questions: readonly WorkshopQuestion[]): number {
  const bits = allItems(questions).reduce((sum, { item }) => sum + bitsFor(item.per), 0);
  return Math.ceil(bits / 5);
}

function checksum(chars: string): string {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum = (sum + (i + 1) * ALPHABET.indexOf(chars.charAt(i))) % CHECK_MODULUS;
  return ALPHABET.charAt(Math.floor(sum / 32)) + ALPHABET.charAt(sum % 32);
}

/** The code in groups of four, for reading aloud and typing. */
export function formatGroupCode(compact: string): string {
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The code without hyphens (what the participant's QR code holds: QR's compact alphanumeric mode). */
export function compactGroupCode(code: string): string {
  return code.replace(/-/g, '');
}

/** The localStorage key of this device's participant id (made once, renewed when the guesses are deleted). */
export const PARTICIPANT_STORAGE_KEY = 'bip-explorer:workshop:participant:v1';

/** True for a participant id this site makes: four characters of the code alphabet. */
export function isParticipantId(id: unknown): id is string {
  return typeof id === 'string' && id.length === PARTICIPANT_ID_LENGTH && [...id].every((c) => ALPHABET.includes(c));
}

/** A participant id from random bytes (at least three; the browser passes crypto.getRandomValues output). */
export function participantIdFromBytes(bytes: ArrayLike<number>): string {
  if (bytes.length < 3) throw new RangeError('participant id needs 3 random bytes');
  const bits = (((bytes[0] ?? 0) << 16) | ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0)) >>> 4;
  let id = '';
  for (let i = PARTICIPANT_ID_LENGTH - 1; i >= 0; i--) id += ALPHABET.charAt((bits >> (5 * i)) & 31);
  return id;
}

/**
 * Encodes a participant's guesses (unknown ids ignored, invalid values treated as not answered) as a
 * display code. `participant` is their id (participantIdFromBytes).
 */
export function encodeGroupCode(guesses: Guesses, participant: string, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): string {
  if (!isParticipantId(participant)) throw new RangeError(`not a participant id: ${participant}`);
  const bits: number[] = [];
  for (const { item } of allItems(questions)) {
    const guess = Object.hasOwn(guesses, item.id) ? guesses[item.id] : undefined;
    const value = isValidGuess(guess, item.per) ? guess : item.per + 1;
    const width = bitsFor(item.per);
    for (let b = width - 1; b >= 0; b--) bits.push((value >> b) & 1);
  }
  while (bits.length % 5 !== 0) bits.push(0);
  let payload = '';
  for (let i = 0; i < bits.length; i += 5) payload += ALPHABET.charAt(bits.slice(i, i + 5).reduce((v, bit) => (v << 1) | bit, 0));
  const body = GROUP_CODE_VERSION + participant + payload;
  return formatGroupCode(body + checksum(body));
}

/** The code inside a pasted text: a bare code, or a link carrying it as ?kod=… or #kod=…. */
function extractCode(text: string): string {
  const fromLink = /[?#&]kod=([^&#\s]*)/i.exec(text);
  if (!fromLink?.[1]) return text;
  try {
    return decodeURIComponent(fromLink[1]);
  } catch {
    // A broken %-escape: keep the raw text, which then fails as invalid characters.
    return fromLink[1];
  }
}

/** Characters in a code without its hyphens (for the "wrong length" message). */
export function groupCodeLength(questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): number {
  return 1 + PARTICIPANT_ID_LENGTH + payloadLength(questions) + CHECK_CHARS;
}

/** Longest text read as a code (a link with a code is about 80 characters); longer text is not a code. */
const MAX_CODE_TEXT = 400;

/** Decodes one pasted code (or link); a malformed code gives a problem code and no guesses. */
export function decodeGroupCode(text: string, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): GroupCodeResult {
  // A pasted novel is not a code; say so without scanning it.
  if (text.length > MAX_CODE_TEXT) return { ok: false, problem: 'wrong_length' };
  // Crockford's forgiving reading: case-insensitive, O → 0, I and L → 1, spaces and hyphens ignored.
  const compact = extractCode(text)
    .toUpperCase()
    .replace(/[\s\-–—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact === '') return { ok: false, problem: 'empty' };
  if ([...compact].some((c) => !ALPHABET.includes(c))) return { ok: false, problem: 'invalid_characters' };
  // Length and checksum first, so a mistyped first character reads as a typo, not as another version.
  if (compact.length !== groupCodeLength(questions)) return { ok: false, problem: 'wrong_length' };
  const body = compact.slice(0, -CHECK_CHARS);
  if (checksum(body) !== compact.slice(-CHECK_CHARS)) return { ok: false, problem: 'checksum' };
  if (compact[0] !== GROUP_CODE_VERSION) return { ok: false, problem: 'unknown_version' };

  const participant = body.slice(1, 1 + PARTICIPANT_ID_LENGTH);
  const bits: number[] = [];
  for (const c of body.slice(1 + PARTICIPANT_ID_LENGTH)) {
    const v = ALPHABET.indexOf(c);
    for (let b = 4; b >= 0; b--) bits.push((v >> b) & 1);
  }
  const guesses: Record<string, number> = {};
  let at = 0;
  for (const { item } of allItems(questions)) {
    const width = bitsFor(item.per);
    const value = bits.slice(at, at + width).reduce((v, bit) => (v << 1) | bit, 0);
    at += width;
    if (value === item.per + 1) continue;
    if (value > item.per) return { ok: false, problem: 'out_of_range' };
    guesses[item.id] = value;
  }
  // Padding bits are always zero in a code this site made.
  if (bits.slice(at).some((bit) => bit !== 0)) return { ok: false, problem: 'out_of_range' };
  if (Object.keys(guesses).length === 0) return { ok: false, problem: 'no_answers' };
  return { ok: true, code: formatGroupCode(compact), participant, guesses };
}
