/**
 * How the presenter view and the speaker view keep in step: messages on a BroadcastChannel (same browser,
 * same origin, no server, works offline). The presenter says which slide is shown; the speaker view asks
 * for it when it opens and asks the presenter to go to another slide.
 */
export type PresenterMessage =
  | { type: 'slide'; index: number }
  | { type: 'go'; index: number }
  | { type: 'hello' }
  | { type: 'bye' };

/** The channel name for one language edition (a Danish speaker view follows the Danish presenter). */
export function presenterChannelName(lang: string): string {
  return `bip-explorer:workshop:presenter:v1:${lang}`;
}

/** A message read from the channel, or null when it is not one of ours or its slide is out of range. */
export function parsePresenterMessage(data: unknown, total: number): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, index } = data as { type?: unknown; index?: unknown };
  if (type === 'hello' || type === 'bye') return { type };
  if ((type === 'slide' || type === 'go') && typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < total) return { type, index };
  return null;
}

/** The slide a "#steg-n" address names (0-based), clamped to the slides there are; 0 for anything else. */
export function slideFromHash(hash: string, total: number): number {
  const match = /^#steg-(\d{1,3})$/.exec(hash);
  if (!match) return 0;
  return Math.max(0, Math.min(total - 1, Number(match[1]) - 1));
}

/**
 * The slide a navigation key leads to from `index` (not yet clamped), or undefined for any other key:
 * ←/→ and PageUp/PageDown (what clickers send) step, Home and End jump. The presenter and the speaker
 * view move by the same keys.
 */
export function slideForKey(key: string, index: number, total: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return index + 1;
    case 'ArrowLeft':
    case 'PageUp':
      return index - 1;
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return undefined;
  }
}
