import { allItems, WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';
import { isValidGuess, type Guesses } from './guesses';

/**
 * A participant's guesses as a short code the trainer types or pastes in, with no server:
 * version character + bit-packed guesses in Crockford base32 + a two-character checksum, shown in
 * groups of four ("1ABC-DEFG-…"). Each item takes just enough bits for 0…per plus "not answered".
 * The checksum (position-weighted sum mod 1021, a prime) catches every single mistyped character and
 * every swap of two neighbouring characters.
 */
export const GROUP_CODE_VERSION = '1';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_MODULUS = 1021;
const CHECK_CHARS = 2;

/** Why a code was not accepted; the UI turns each into a sentence. */
export type GroupCodeProblem =
  | 'empty'
  | 'invalid_characters'
  | 'unknown_version'
  | 'wrong_length'
  | 'checksum'
  | 'out_of_range'
  | 'no_answers';

/** The result of decoding: the guesses, or the problem. */
export type GroupCodeResult = { ok: true; code: string; guesses: Guesses } | { ok: false; problem: GroupCodeProblem };

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
  [...chars].forEach((c, i) => (sum = (sum + (i + 1) * ALPHABET.indexOf(c)) % CHECK_MODULUS));
  return ALPHABET.charAt(Math.floor(sum / 32)) + ALPHABET.charAt(sum % 32);
}

/** The code in groups of four, for reading aloud and typing. */
export function formatGroupCode(compact: string): string {
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}

/** Encodes guesses (unknown ids ignored, invalid values treated as not answered) as a display code. */
export function encodeGroupCode(guesses: Guesses, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): string {
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
  const body = GROUP_CODE_VERSION + payload;
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
  return 1 + payloadLength(questions) + CHECK_CHARS;
}

/** Decodes one pasted code (or link); a malformed code gives a problem code and no guesses. */
export function decodeGroupCode(text: string, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): GroupCodeResult {
  // Crockford's forgiving reading: case-insensitive, O → 0, I and L → 1, spaces and hyphens ignored.
  const compact = extractCode(text)
    .toUpperCase()
    .replace(/[\s\-–—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact === '') return { ok: false, problem: 'empty' };
  if ([...compact].some((c) => !ALPHABET.includes(c))) return { ok: false, problem: 'invalid_characters' };
  // Length and checksum first, so a mistyped first character reads as a typo, not as another version.
  const length = 1 + payloadLength(questions) + CHECK_CHARS;
  if (compact.length !== length) return { ok: false, problem: 'wrong_length' };
  const body = compact.slice(0, -CHECK_CHARS);
  if (checksum(body) !== compact.slice(-CHECK_CHARS)) return { ok: false, problem: 'checksum' };
  if (compact[0] !== GROUP_CODE_VERSION) return { ok: false, problem: 'unknown_version' };

  const bits: number[] = [];
  for (const c of body.slice(1)) {
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
  return { ok: true, code: formatGroupCode(compact), guesses };
}
