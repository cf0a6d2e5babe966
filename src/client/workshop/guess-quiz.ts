// <bip-guess-quiz>: guess first, then see. Guesses live in localStorage only (GUESS_STORAGE_KEY);
// nothing is sent anywhere. The server HTML already holds every question and the published answers
// in <details>; this element hides those, shows the inputs, and swaps in the comparison on reveal.
import { WORKSHOP_QUESTIONS } from '../../lib/workshop/questions';
import { GUESS_STORAGE_KEY, parseGuessInput, parseStoredGuesses } from '../../lib/workshop/guesses';
import { scoreGuess } from '../../lib/workshop/score-guess';
import { compactGroupCode, encodeGroupCode, isParticipantId, participantIdFromBytes, PARTICIPANT_STORAGE_KEY } from '../../lib/workshop/group-code';
import { qrSvg } from '../../lib/workshop/qr-svg';
import { numberFormatter } from '../../lib/format/number-formatter';
import { guessRevealHeadingId, guessRevealHtml } from '../../lib/workshop/guess-reveal-html';
import { pageContext } from '../page-context';
import { readStored, writeStored } from './storage';

/** This device's participant id (random, kept in localStorage), made when there is none or it is junk. */
function participantId(renew = false): string {
  const stored = readStored(PARTICIPANT_STORAGE_KEY);
  if (!renew && isParticipantId(stored)) return stored;
  const id = participantIdFromBytes(crypto.getRandomValues(new Uint8Array(3)));
  writeStored(PARTICIPANT_STORAGE_KEY, id);
  return id;
}

/** Which questions the participant has already revealed (so a reload keeps the flow where it was). */
const REVEALED_STORAGE_KEY = 'bip-explorer:workshop:revealed:v1';

class GuessQuiz extends HTMLElement {
  private guesses: Record<string, number> = {};
  private revealed = new Set<string>();

  connectedCallback(): void {
    this.guesses = { ...parseStoredGuesses(readStored(GUESS_STORAGE_KEY)) };
    try {
      const raw: unknown = JSON.parse(readStored(REVEALED_STORAGE_KEY) ?? '[]');
      if (Array.isArray(raw)) for (const id of raw) if (WORKSHOP_QUESTIONS.some((q) => q.id === id)) this.revealed.add(id);
    } catch {
      /* junk in storage: start unrevealed */
    }
    this.byRole('js-note')?.setAttribute('hidden', '');
    this.byRole('code-section')?.removeAttribute('hidden');
    for (const section of this.querySelectorAll<HTMLElement>('.ws-question')) {
      section.querySelector<HTMLElement>('[data-role="nojs-answer"]')?.setAttribute('hidden', '');
      section.querySelector<HTMLElement>('[data-role="guess"]')?.removeAttribute('hidden');
    }
    for (const text of this.querySelectorAll<HTMLInputElement>('input[data-role="text"]')) {
      const id = text.dataset.item!;
      const range = this.rangeFor(id);
      if (Object.hasOwn(this.guesses, id)) {
        text.value = String(this.guesses[id]);
        range.value = String(this.guesses[id]);
      }
      text.addEventListener('input', () => this.onText(text));
      range.addEventListener('input', () => {
        text.value = range.value;
        this.onText(text);
      });
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-role]');
      if (!button) return;
      if (button.dataset.role === 'reveal') this.askThenReveal(button.closest<HTMLElement>('.ws-question')!);
      if (button.dataset.role === 'reveal-anyway') this.reveal(button.closest<HTMLElement>('.ws-question')!, true);
      if (button.dataset.role === 'copy') void this.copy();
      if (button.dataset.role === 'reset') this.reset();
    });
    for (const section of this.querySelectorAll<HTMLElement>('.ws-question')) {
      if (this.revealed.has(section.dataset.question!)) this.reveal(section, false);
    }
    this.updateCode();
  }

  private byRole(role: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`);
  }

  private rangeFor(id: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[data-role="range"][data-item="${id}"]`)!;
  }

  private onText(text: HTMLInputElement): void {
    const id = text.dataset.item!;
    const per = Number(text.dataset.per);
    const parsed = parseGuessInput(text.value, per);
    const error = text.closest('.ws-guess__row')!.querySelector<HTMLElement>('[data-role="error"]')!;
    error.hidden = parsed !== 'invalid';
    text.setAttribute('aria-invalid', parsed === 'invalid' ? 'true' : 'false');
    if (parsed === 'invalid' || parsed === null) delete this.guesses[id];
    else {
      this.guesses[id] = parsed;
      this.rangeFor(id).value = String(parsed);
    }
    writeStored(GUESS_STORAGE_KEY, JSON.stringify(this.guesses));
    this.updateCode();
  }

  /**
   * Guess first: with no guess on any row of the question, "show the answer" asks for one (and offers to
   * show it anyway, marked "no guess"); with at least one guess it reveals.
   */
  private askThenReveal(section: HTMLElement): void {
    const question = WORKSHOP_QUESTIONS.find((q) => q.id === section.dataset.question)!;
    if (question.items.some((item) => Object.hasOwn(this.guesses, item.id))) {
      this.reveal(section, true);
      return;
    }
    const nudge = section.querySelector<HTMLElement>('[data-role="nudge"]')!;
    nudge.hidden = false;
    const reveal = section.querySelector<HTMLElement>('[data-role="reveal"]')!;
    reveal.setAttribute('aria-describedby', nudge.querySelector('p')!.id);
    // Said in the live region too, since focus stays on the button.
    this.byRole('status')!.textContent = pageContext().strings.workshop.quiz.guess_first;
    section.querySelector<HTMLInputElement>('input[data-role="text"]')?.focus();
  }

  /** Shows the published answer beside the guess; the inputs lock so the guess stays a guess. */
  private reveal(section: HTMLElement, focus: boolean): void {
    const { strings, locale } = pageContext();
    const format = numberFormatter(locale);
    const question = WORKSHOP_QUESTIONS.find((q) => q.id === section.dataset.question)!;
    const scored = scoreGuess(question, this.guesses);
    const result = section.querySelector<HTMLElement>('[data-role="result"]')!;
    // The source line is the one the server rendered under this question's published bars.
    const source = section.querySelector('.ws-bars__source')?.textContent?.trim() ?? null;
    result.innerHTML = guessRevealHtml(question, scored, strings.workshop, format, locale, source);
    result.hidden = false;
    for (const input of section.querySelectorAll<HTMLInputElement>('[data-role="guess"] input')) input.disabled = true;
    section.querySelector<HTMLElement>('[data-role="reveal"]')!.hidden = true;
    section.querySelector<HTMLElement>('[data-role="nudge"]')!.hidden = true;
    this.revealed.add(question.id);
    writeStored(REVEALED_STORAGE_KEY, JSON.stringify([...this.revealed]));
    if (focus) result.querySelector<HTMLElement>(`#${guessRevealHeadingId(question)}`)?.focus();
  }

  private updateCode(): void {
    const any = Object.keys(this.guesses).length > 0;
    this.byRole('code-empty')!.hidden = any;
    this.byRole('code-box')!.hidden = !any;
    this.byRole('copy')!.hidden = !any;
    const code = any ? encodeGroupCode(this.guesses, participantId()) : '';
    const output = this.byRole('code')!;
    if (output.textContent === code) return;
    output.textContent = code;
    // The code as a QR code for the trainer's camera: compact, so QR's alphanumeric mode keeps it small.
    const w = pageContext().strings.workshop;
    this.byRole('code-qr')!.innerHTML = any ? qrSvg(compactGroupCode(code), { label: w.quiz.code_qr_label }) : '';
  }

  private async copy(): Promise<void> {
    const w = pageContext().strings.workshop;
    const status = this.byRole('status')!;
    try {
      await navigator.clipboard.writeText(this.byRole('code')!.textContent ?? '');
      status.textContent = w.quiz.copied;
    } catch {
      status.textContent = w.quiz.copy_failed;
    }
  }

  private reset(): void {
    this.guesses = {};
    this.revealed.clear();
    writeStored(GUESS_STORAGE_KEY, null);
    writeStored(REVEALED_STORAGE_KEY, null);
    // Deleting the guesses also forgets who made them: the next code comes from a new participant.
    participantId(true);
    for (const section of this.querySelectorAll<HTMLElement>('.ws-question')) {
      for (const input of section.querySelectorAll<HTMLInputElement>('[data-role="guess"] input')) {
        input.disabled = false;
        input.value = input.type === 'range' ? '0' : '';
        input.removeAttribute('aria-invalid');
      }
      for (const error of section.querySelectorAll<HTMLElement>('[data-role="error"]')) error.hidden = true;
      section.querySelector<HTMLElement>('[data-role="reveal"]')!.hidden = false;
      section.querySelector<HTMLElement>('[data-role="nudge"]')!.hidden = true;
      const result = section.querySelector<HTMLElement>('[data-role="result"]')!;
      result.hidden = true;
      result.innerHTML = '';
    }
    this.updateCode();
    this.byRole('status')!.textContent = pageContext().strings.workshop.quiz.reset_done;
  }
}

if (!customElements.get('bip-guess-quiz')) customElements.define('bip-guess-quiz', GuessQuiz);
