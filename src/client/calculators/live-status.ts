// A polite status region that speaks calmly: what settles after typing is said once, ~half a second
// after the last change (typing "12,5" is one announcement, not four), the same text is never written
// twice in a row (a screen reader may repeat it), and a pending message is dropped when a newer one
// comes, so nothing stale is said. Shared by <bip-calculator> and <bip-lab>.

/** How long the reader must pause before a settled result is announced (ms). */
export const ANNOUNCE_DELAY_MS = 500;

/** The tone of a status message: information, or a problem to fix. */
export type StatusTone = 'info' | 'error';

/** Writes messages into one role="status" element, debounced and de-duplicated. */
export class LiveStatus {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: HTMLElement, private readonly delay = ANNOUNCE_DELAY_MS) {}

  /** Says `text` once the reader has paused; a later call (of any kind) replaces it. */
  later(text: string, tone: StatusTone): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write(text, tone);
    }, this.delay);
  }

  /** Says `text` now (a discrete event: a run started, finished or was cancelled); drops anything pending. */
  now(text: string, tone: StatusTone): void {
    this.cancel();
    this.write(text, tone);
  }

  /** Empties the region (nothing is announced) and drops anything pending. */
  clear(): void {
    this.now('', 'info');
  }

  /** The tone of what the region shows now. */
  get tone(): StatusTone {
    return this.element.dataset.tone === 'error' ? 'error' : 'info';
  }

  /** Drops a pending message without saying anything. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private write(text: string, tone: StatusTone): void {
    this.element.dataset.tone = tone;
    if (this.element.textContent !== text) this.element.textContent = text;
  }
}
