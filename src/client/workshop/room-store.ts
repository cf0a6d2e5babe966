// The room's codes in this browser's localStorage, shared live by every tab of the workshop (the group
// page, the presenter, the speaker view): each change re-reads storage before it writes, so two tabs
// never overwrite each other's codes, and a `storage` event tells the other tabs to re-render.
import { addRoomCodes, parseStoredRoom, roomGuesses, ROOM_STORAGE_KEY, type AddCodesResult } from '../../lib/workshop/room-codes';
import { handGuesses, handPeople, HANDS_STORAGE_KEY, parseStoredHands, type HandCounts } from '../../lib/workshop/hand-count';
import type { Guesses } from '../../lib/workshop/guesses';
import { readStored, writeStored } from './storage';

/** The room's codes as stored now. */
export function readRoom(): string[] {
  return parseStoredRoom(readStored(ROOM_STORAGE_KEY));
}

/** Adds codes (one per line) to the room as stored now, writes it back and returns what happened. */
export function addToRoom(text: string): AddCodesResult {
  const result = addRoomCodes(readRoom(), text);
  if (result.added + result.replaced > 0) writeStored(ROOM_STORAGE_KEY, JSON.stringify(result.codes));
  return result;
}

/** Stores the room as given (a room just read with readRoom and changed by one code). */
export function saveRoom(codes: readonly string[]): void {
  writeStored(ROOM_STORAGE_KEY, JSON.stringify(codes));
}

/** The hands counted per range, as stored now. */
export function readHands(): HandCounts {
  return parseStoredHands(readStored(HANDS_STORAGE_KEY));
}

/** Stores one row's hand counts (the other rows as stored now). */
export function saveHands(item: string, counts: readonly number[]): void {
  const hands: Record<string, readonly number[]> = { ...readHands() };
  if (counts.every((n) => n === 0)) delete hands[item];
  else hands[item] = counts;
  writeStored(HANDS_STORAGE_KEY, Object.keys(hands).length === 0 ? null : JSON.stringify(hands));
}

/** Everything the room guessed: the codes' guess sets and one per counted hand, and how many people that is. */
export function roomState(): { codes: string[]; guesses: Guesses[]; people: number; hands: number } {
  const codes = readRoom();
  const hands = readHands();
  const byHand = handPeople(hands);
  return { codes, guesses: [...roomGuesses(codes), ...handGuesses(hands)], people: codes.length + byHand, hands: byHand };
}

/** Empties the room, codes and hand counts (every tab sees it). */
export function clearRoom(): void {
  writeStored(ROOM_STORAGE_KEY, null);
  writeStored(HANDS_STORAGE_KEY, null);
}

/** Calls `onChange` whenever another tab changes the room (or clears all storage). */
export function onRoomChange(onChange: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === ROOM_STORAGE_KEY || event.key === HANDS_STORAGE_KEY) onChange();
  });
}
