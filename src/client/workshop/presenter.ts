// <bip-presenter>: one slide at a time, scaled to the screen (workshop.css sizes each slide from its
// container, so nothing scrolls). ←/→ and PageUp/PageDown (what clickers send) change slides, Home/End go
// to the ends; the single-key shortcuts N (speaker view) and F (full screen) can be switched off (WCAG
// 2.1.4). The step is kept in the address (#steg-3). The speaker view follows over BroadcastChannel and
// can move the slides. Answer slides show the room's guesses as they arrive (room-store.ts).
import { parsePresenterMessage, presenterChannelName, slideForKey, slideFromHash } from '../../lib/workshop/presenter-sync';
import { fillTemplate } from '../../lib/format/fill-template';
import { pageContext } from '../page-context';
import { onRoomChange } from './room-store';
import { fillRoomCharts } from './room-charts';
import { readStored, writeStored } from './storage';

/** Whether single-key shortcuts are on ('off' when the presenter switched them off). */
const SHORTCUTS_STORAGE_KEY = 'bip-explorer:workshop:shortcuts:v1';
/** The speaker view's window name: the link, N and window.open all reuse one window. */
const SPEAKER_WINDOW = 'bip-speaker-view';
/** Where typing goes, so no key there changes a slide. */
const TYPING = 'textarea, select, [contenteditable="true"], input:not([type="checkbox"])';

class Presenter extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;
  private channel: BroadcastChannel | null = null;

  connectedCallback(): void {
    this.slides = [...this.querySelectorAll<HTMLElement>('.slide')];
    this.classList.add('presenter--live');
    document.documentElement.classList.add('presenter-live');
    this.byRole('bar').hidden = false;
    const fullscreen = this.byRole('fullscreen');
    fullscreen.hidden = !document.fullscreenEnabled;
    fullscreen.addEventListener('click', () => void this.toggleFullscreen());
    document.addEventListener('fullscreenchange', () => {
      const p = pageContext().strings.workshop.presenter;
      fullscreen.textContent = document.fullscreenElement ? p.exit_fullscreen : p.fullscreen;
    });
    this.byRole('prev').addEventListener('click', () => this.go(this.index - 1));
    this.byRole('next').addEventListener('click', () => this.go(this.index + 1));
    this.byRole('speaker').addEventListener('click', (event) => {
      if (this.openSpeakerView()) event.preventDefault();
    });
    const shortcuts = this.byRole('shortcuts') as HTMLInputElement;
    shortcuts.checked = readStored(SHORTCUTS_STORAGE_KEY) !== 'off';
    shortcuts.addEventListener('change', () => writeStored(SHORTCUTS_STORAGE_KEY, shortcuts.checked ? null : 'off'));
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('hashchange', () => this.go(slideFromHash(window.location.hash, this.slides.length), false));
    this.connectSpeakerView();
    fillRoomCharts(this);
    onRoomChange(() => fillRoomCharts(this));
    this.go(slideFromHash(window.location.hash, this.slides.length), false);
  }

  private byRole(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.closest(TYPING)) return;
    const next = slideForKey(event.key, this.index, this.slides.length);
    if (next !== undefined) {
      event.preventDefault();
      this.go(next);
      return;
    }
    // Single-key shortcuts, unless the presenter switched them off (a speech-input user may say "N").
    if (event.shiftKey || !(this.byRole('shortcuts') as HTMLInputElement).checked) return;
    if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      this.openSpeakerView();
    } else if (event.key === 'f' || event.key === 'F') {
      event.preventDefault();
      void this.toggleFullscreen();
    }
  }

  private go(index: number, announce = true): void {
    const p = pageContext().strings.workshop.presenter;
    this.index = Math.max(0, Math.min(this.slides.length - 1, index));
    this.slides.forEach((slide, i) => (slide.hidden = i !== this.index));
    const values = { n: this.index + 1, total: this.slides.length };
    this.byRole('progress').textContent = fillTemplate(p.progress, values);
    const prev = this.byRole('prev') as HTMLButtonElement;
    const next = this.byRole('next') as HTMLButtonElement;
    // A button that disables itself under the reader's focus would drop focus to <body>: it moves to the
    // other button first ("Föregående" on the last slide, "Nästa" on the first), and the announcement
    // below ("Bild 12 av 12: …") says where the deck is.
    const focusMovesTo = document.activeElement === next && this.index === this.slides.length - 1 ? prev : document.activeElement === prev && this.index === 0 ? next : null;
    prev.disabled = this.index === 0;
    next.disabled = this.index === this.slides.length - 1;
    if (focusMovesTo && !focusMovesTo.disabled) focusMovesTo.focus();
    const title = this.slides[this.index]?.querySelector('.slide__title')?.textContent ?? '';
    if (announce) this.byRole('announce').textContent = `${fillTemplate(p.progress_label, values)}: ${title}`;
    const hash = `#steg-${this.index + 1}`;
    if (window.location.hash !== hash) history.replaceState(null, '', hash);
    this.channel?.postMessage({ type: 'slide', index: this.index });
  }

  /** Opens (or brings forward) the speaker view in its own window; false when the browser refused. */
  private openSpeakerView(): boolean {
    const link = this.byRole('speaker') as HTMLAnchorElement;
    const opened = window.open(`${link.pathname}#steg-${this.index + 1}`, SPEAKER_WINDOW, 'popup,width=1280,height=800');
    opened?.focus();
    return opened !== null;
  }

  /** The speaker view asks for the slide when it opens and may move the slides; both answer with the slide shown. */
  private connectSpeakerView(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(presenterChannelName(this.dataset.lang ?? ''));
    this.channel.addEventListener('message', (event) => {
      const message = parsePresenterMessage(event.data, this.slides.length);
      if (message?.type === 'hello') this.channel?.postMessage({ type: 'slide', index: this.index });
      if (message?.type === 'go') this.go(message.index);
    });
    window.addEventListener('pagehide', () => this.channel?.postMessage({ type: 'bye' }));
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      /* refused (e.g. not from a user gesture): the view works the same without it */
    }
  }
}

if (!customElements.get('bip-presenter')) customElements.define('bip-presenter', Presenter);
