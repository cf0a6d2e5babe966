// <bip-speaker-view>: the trainer's own window. It follows the presenter view over BroadcastChannel (and
// moves it: its buttons and keys send "go"), shows the current and next slide as scaled previews, the
// script of the slide shown, a clock and an elapsed-time timer kept in localStorage (so a reload keeps
// counting), and how the session stands against the plan. With no presenter open it browses on its own.
import { plannedStartMinutes, PRESENTER_STEPS } from '../../lib/workshop/presenter-steps';
import { parsePresenterMessage, presenterChannelName, slideForKey, slideFromHash } from '../../lib/workshop/presenter-sync';
import { elapsedMs, formatDuration, IDLE_TIMER, isIdle, isRunning, parseTimer, pauseTimer, sessionPace, startTimer, TIMER_STORAGE_KEY, type TimerState } from '../../lib/workshop/session-timer';
import { pluralPicker } from '../../lib/workshop/plural';
import { fillTemplate } from '../../lib/format/fill-template';
import { pageContext } from '../page-context';
import { fillRoomCharts } from './room-charts';
import { onRoomChange } from './room-store';
import { readStored, writeStored } from './storage';

/** How long the speaker view waits for a presenter to answer "hello" before saying there is none. */
const ANSWER_MS = 600;
const TYPING = 'textarea, select, [contenteditable="true"], input:not([type="checkbox"])';

class SpeakerView extends HTMLElement {
  private index = 0;
  private total = PRESENTER_STEPS.length;
  private channel: BroadcastChannel | null = null;
  private connected = false;
  private timer: TimerState = IDLE_TIMER;

  connectedCallback(): void {
    this.classList.add('speaker--live');
    for (const role of ['clock-box', 'timer', 'now', 'nav', 'next-heading', 'pace']) this.byRole(role).hidden = false;
    this.index = slideFromHash(window.location.hash, this.total);
    this.timer = parseTimer(readStored(TIMER_STORAGE_KEY));
    this.byRole('prev').addEventListener('click', () => this.move(this.index - 1));
    this.byRole('next').addEventListener('click', () => this.move(this.index + 1));
    this.byRole('timer-toggle').addEventListener('click', () => this.setTimer(isRunning(this.timer) ? pauseTimer(this.timer, Date.now()) : startTimer(this.timer, Date.now())));
    this.byRole('timer-reset').addEventListener('click', () => this.setTimer(IDLE_TIMER));
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('storage', (event) => {
      if (event.key === TIMER_STORAGE_KEY || event.key === null) {
        this.timer = parseTimer(readStored(TIMER_STORAGE_KEY));
        this.tick();
      }
    });
    fillRoomCharts(this);
    onRoomChange(() => fillRoomCharts(this));
    this.connect();
    this.show();
    this.tick();
    window.setInterval(() => this.tick(), 1000);
  }

  private byRole(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  private connect(): void {
    if (typeof BroadcastChannel === 'undefined') return this.setConnected(false);
    this.channel = new BroadcastChannel(presenterChannelName(this.dataset.lang ?? ''));
    this.channel.addEventListener('message', (event) => {
      const message = parsePresenterMessage(event.data, this.total);
      if (message?.type === 'slide') {
        this.setConnected(true);
        this.arrive(message.index);
      } else if (message?.type === 'bye') {
        this.setConnected(false);
      }
    });
    this.channel.postMessage({ type: 'hello' });
    window.setTimeout(() => {
      if (!this.connected) this.setConnected(false);
    }, ANSWER_MS);
  }

  private setConnected(connected: boolean): void {
    const sp = pageContext().strings.workshop.speaker;
    this.connected = connected;
    const status = this.byRole('connection');
    const text = connected ? sp.connected : sp.alone;
    if (status.textContent !== text) status.textContent = text;
    status.dataset.connected = String(connected);
    this.byRole('open-presenter').hidden = connected;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if ((event.target as HTMLElement).closest(TYPING)) return;
    const next = slideForKey(event.key, this.index, this.total);
    if (next !== undefined) {
      event.preventDefault();
      this.move(next);
    }
  }

  /** The speaker moves: ask the presenter (which answers with the slide), and show it here at once. */
  private move(index: number): void {
    const target = Math.max(0, Math.min(this.total - 1, index));
    if (this.connected) this.channel?.postMessage({ type: 'go', index: target });
    this.arrive(target);
  }

  /** A slide is shown (here, or on the projector): the first move away from the title slide starts the timer. */
  private arrive(index: number): void {
    if (index === this.index) return;
    this.index = index;
    if (index > 0 && isIdle(this.timer)) this.setTimer(startTimer(this.timer, Date.now()));
    this.show();
  }

  private show(): void {
    const p = pageContext().strings.workshop.presenter;
    const now = this.index;
    const next = now + 1 < this.total ? now + 1 : null;
    for (const slide of this.byRole('now').querySelectorAll<HTMLElement>('.slide')) slide.hidden = Number(slide.dataset.index) !== now + 1;
    for (const slide of this.byRole('next-frame').querySelectorAll<HTMLElement>('.slide')) slide.hidden = next === null || Number(slide.dataset.index) !== next + 1;
    this.byRole('next-frame').hidden = next === null;
    this.byRole('next-heading').hidden = next === null;
    this.byRole('last').hidden = next !== null;
    for (const script of this.querySelectorAll<HTMLElement>('[data-role="script"]')) script.hidden = Number(script.dataset.index) !== now + 1;
    this.byRole('now-progress').textContent = fillTemplate(p.progress, { n: now + 1, total: this.total });
    const prev = this.byRole('prev') as HTMLButtonElement;
    const nextButton = this.byRole('next') as HTMLButtonElement;
    // A button that disables itself under the reader's focus would drop focus to <body>: it moves to the
    // other one (as in the presenter).
    const focusMovesTo = document.activeElement === nextButton && next === null ? prev : document.activeElement === prev && now === 0 ? nextButton : null;
    prev.disabled = now === 0;
    nextButton.disabled = next === null;
    if (focusMovesTo && !focusMovesTo.disabled) focusMovesTo.focus();
    const hash = `#steg-${now + 1}`;
    if (window.location.hash !== hash) history.replaceState(null, '', hash);
    this.tick();
  }

  private setTimer(state: TimerState): void {
    this.timer = state;
    writeStored(TIMER_STORAGE_KEY, isIdle(state) ? null : JSON.stringify(state));
    this.tick();
  }

  /** Once a second: the clock, the elapsed time and the pace (text changes only when it differs). */
  private tick(): void {
    const { strings, locale } = pageContext();
    const sp = strings.workshop.speaker;
    const now = Date.now();
    const set = (role: string, text: string) => {
      const element = this.byRole(role);
      if (element.textContent !== text) element.textContent = text;
    };
    const clock = new Date(now);
    set('clock', new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(clock));
    this.byRole('clock').setAttribute('datetime', clock.toISOString());
    set('elapsed', formatDuration(elapsedMs(this.timer, now)));
    set('timer-toggle', isRunning(this.timer) ? sp.pause : isIdle(this.timer) ? sp.start : sp.resume);
    const step = PRESENTER_STEPS[this.index]!;
    const pace = sessionPace(this.timer, now, plannedStartMinutes(this.index), step.minutes);
    const pick = pluralPicker(locale);
    const text =
      pace.kind === 'idle' ? sp.pace_idle : pace.kind === 'on' ? sp.pace_on : fillTemplate(pick(pace.kind === 'behind' ? sp.pace_behind : sp.pace_ahead, pace.minutes), { n: pace.minutes });
    set('pace', text);
    this.byRole('pace').dataset.pace = pace.kind;
  }
}

if (!customElements.get('bip-speaker-view')) customElements.define('bip-speaker-view', SpeakerView);
