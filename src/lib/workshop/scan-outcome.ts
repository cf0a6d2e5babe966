import { decodeGroupCode, type GroupCodeProblem } from './group-code';
import { addRoomCodes } from './room-codes';

/** What one QR code read by the camera did to the room. */
export type ScanOutcome =
  | { kind: 'added'; codes: string[] }
  | { kind: 'replaced'; codes: string[] }
  | { kind: 'duplicate' }
  | { kind: 'bad'; problem: GroupCodeProblem };

/**
 * Reads one QR code's text into the room: a new participant is added, a participant's later code replaces
 * their earlier one, the same code again changes nothing, and text that is not a code says why.
 */
export function scanOutcome(room: readonly string[], text: string): ScanOutcome {
  const decoded = decodeGroupCode(text);
  if (!decoded.ok) return { kind: 'bad', problem: decoded.problem };
  const result = addRoomCodes(room, decoded.code);
  if (result.added > 0) return { kind: 'added', codes: result.codes };
  if (result.replaced > 0) return { kind: 'replaced', codes: result.codes };
  return { kind: 'duplicate' };
}

/**
 * A camera sees the same QR code in frame after frame: say what a code did once, and again only after it
 * has been out of sight for `quietMs` (so holding a phone up counts once and is announced once).
 */
export class RepeatFilter {
  private last = new Map<string, number>();
  constructor(private readonly quietMs: number) {}

  /** True when `text` read at `now` is news, false when it was seen within the quiet time. */
  fresh(text: string, now: number): boolean {
    const seen = this.last.get(text);
    this.last.set(text, now);
    if (this.last.size > 200) this.last.delete(this.last.keys().next().value as string);
    return seen === undefined || now - seen > this.quietMs;
  }
}
