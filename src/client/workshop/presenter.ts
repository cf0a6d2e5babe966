// <bip-presenter>: one slide at a time. Arrows, space, PageUp/PageDown, Home/End navigate; N toggles the
// facilitator's notes, F full screen (Fullscreen API). The step is kept in the address (#steg-3) so a
// reload stays put. Reveal slides add the room's guesses when codes were collected in this browser.
import { WORKSHOP_QUESTIONS } from '../../lib/workshop/questions';
import { parseStoredRoom, roomGuesses, ROOM_STORAGE_KEY } from '../../lib/workshop/room-codes';
import { roomSummary } from '../../lib/workshop/room-summary';
import { presenterRoomHtml } from '../../lib/workshop/presenter-room-html';
import { numberFormatter } from '../../lib/format/number-formatter';
import { fillTemplate } from '../../lib/format/fill-template';
import { pageContext } from '../page-context';
import { readStored } from './storage';

const INTERACTIVE = 'button, a, input, textarea, select, summary';

class Presenter extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;

  connectedCallback(): void {
    this.slides = [...this.querySelectorAll<HTMLElement>('.slide')];
    this.classList.add('presenter--live');
    this.byRole('bar').hidden = false;
    this.byRole('keys').hidden = false;
    const fullscreen = this.byRole('fullscreen');
    fullscreen.hidden = !document.fullscreenEnabled;
    fullscreen.addEventListener('click', () => void this.toggleFullscreen());
    document.addEventListener('fullscreenchange', () => {
      const p = pageContext().strings.workshop.presenter;
      fullscreen.textContent = document.fullscreenElement ? p.exit_fullscreen : p.fullscreen;
    });
    this.byRole('prev').addEventListener('click', () => this.go(this.index - 1));
    this.byRole('next').addEventListener('click', () => this.go(this.index + 1));
    this.byRole('notes').addEventListener('click', () => this.toggleNotes());
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('hashchange', () => this.go(this.fromHash(), false));
    this.fillRoom();
    this.go(this.fromHash(), false);
  }

  private byRole(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  private fromHash(): number {
    const match = /^#steg-(\d+)$/.exec(window.location.hash);
    return match ? Number(match[1]) - 1 : 0;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    // Space and Enter keep their own meaning on buttons and links.
    if ((event.key === ' ' || event.key === 'Enter') && target.closest(INTERACTIVE)) return;
    const moves: Record<string, () => number> = {
      ArrowRight: () => this.index + 1,
      ArrowDown: () => this.index + 1,
      PageDown: () => this.index + 1,
      ' ': () => (event.shiftKey ? this.index - 1 : this.index + 1),
      ArrowLeft: () => this.index - 1,
      ArrowUp: () => this.index - 1,
      PageUp: () => this.index - 1,
      Home: () => 0,
      End: () => this.slides.length - 1,
    };
    const move = Object.hasOwn(moves, event.key) ? moves[event.key] : undefined;
    if (move) {
      event.preventDefault();
      this.go(move());
    } else if (event.key === 'n' || event.key === 'N') {
      this.toggleNotes();
    } else if (event.key === 'f' || event.key === 'F') {
      void this.toggleFullscreen();
    }
  }

  private go(index: number, announce = true): void {
    const p = pageContext().strings.workshop.presenter;
    this.index = Math.max(0, Math.min(this.slides.length - 1, index));
    this.slides.forEach((slide, i) => (slide.hidden = i !== this.index));
    const values = { n: this.index + 1, total: this.slides.length };
    this.byRole('progress').textContent = fillTemplate(p.progress, values);
    (this.byRole('prev') as HTMLButtonElement).disabled = this.index === 0;
    (this.byRole('next') as HTMLButtonElement).disabled = this.index === this.slides.length - 1;
    const title = this.slides[this.index]?.querySelector('.slide__title')?.textContent ?? '';
    if (announce) this.byRole('announce').textContent = `${fillTemplate(p.progress_label, values)}: ${title}`;
    const hash = `#steg-${this.index + 1}`;
    if (window.location.hash !== hash) history.replaceState(null, '', hash);
    // Each slide starts at the top of the screen (the #steg-n anchor would otherwise scroll under the bar).
    window.scrollTo(0, 0);
  }

  private toggleNotes(): void {
    const button = this.byRole('notes');
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    this.classList.toggle('presenter--notes', open);
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      /* refused (e.g. not from a user gesture): the view works the same without it */
    }
  }

  /** Reveal slides show the room's median and middle half when codes were collected on this laptop. */
  private fillRoom(): void {
    const codes = parseStoredRoom(readStored(ROOM_STORAGE_KEY));
    if (codes.length === 0) return;
    const { strings, locale } = pageContext();
    const format = numberFormatter(locale);
    const summaries = roomSummary(roomGuesses(codes));
    for (const target of this.querySelectorAll<HTMLElement>('[data-role="room"]')) {
      const question = WORKSHOP_QUESTIONS.find((q) => q.id === target.dataset.question)!;
      target.innerHTML = presenterRoomHtml(question, summaries, codes.length, strings.workshop, format);
      target.hidden = false;
    }
  }
}

if (!customElements.get('bip-presenter')) customElements.define('bip-presenter', Presenter);
