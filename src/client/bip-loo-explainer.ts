// <bip-loo-explainer>: makes the build-time worked example of job orientation (seed Figur 3) pickable.
// Page-load cost is this file only; the sample and the analysis load on the first change. The choice
// lives in the URL as loo.caseworker / loo.answer; a value the sample lacks gives a notice and the default.
// A choice, by hand or from a link, is built completely before anything changes; when it fails (the
// sample or the code cannot be loaded) the pickers go back to the example still shown, with a message.
import { fillTemplate } from '../lib/format/fill-template';
import { ChunkError, chunkFailed, loadChunk } from './load-chunk';
import { pageContext } from './page-context';
import { ReaderError } from './reader-error';

const CASEWORKER_PARAM = 'loo.caseworker';
const ANSWER_PARAM = 'loo.answer';

/** The choice the example on screen shows, with the answer options that belong to it. */
interface Shown {
  caseworker: string;
  answer: string;
  options: string;
}

class BipLooExplainer extends HTMLElement {
  private request = 0;
  private shown!: Shown;

  connectedCallback(): void {
    this.el('controls').hidden = false;
    this.el('no-js').hidden = true;
    // The build's example is the default choice; the selects show it.
    this.shown = { caseworker: this.caseworkerSelect.value, answer: this.answerSelect.value, options: this.answerSelect.innerHTML };
    this.caseworkerSelect.addEventListener('change', () => void this.choose(this.caseworkerSelect.value, null, { announce: true }));
    this.answerSelect.addEventListener('change', () => void this.choose(this.caseworkerSelect.value, this.answerSelect.value, { announce: true }));
    this.el('previous').addEventListener('click', () => this.step(-1));
    this.el('next').addEventListener('click', () => this.step(1));
    void this.restore();
  }

  private el<T extends HTMLElement = HTMLElement>(role: string): T {
    const element = this.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`<bip-loo-explainer> is missing [data-role="${role}"]`);
    return element;
  }

  private get caseworkerSelect(): HTMLSelectElement {
    return this.el<HTMLSelectElement>('caseworker');
  }

  private get answerSelect(): HTMLSelectElement {
    return this.el<HTMLSelectElement>('answer');
  }

  private status(message: string, tone: 'info' | 'error' = 'info'): void {
    const status = this.el('status');
    status.textContent = message;
    status.dataset.tone = tone;
  }

  /** Applies a shared choice from the URL, with the same loading and errors as a choice by hand. */
  private async restore(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const caseworker = params.get(CASEWORKER_PARAM);
    const answer = params.get(ANSWER_PARAM);
    if (caseworker === null && answer === null) return;
    const known = caseworker !== null && [...this.caseworkerSelect.options].some((o) => o.value === caseworker);
    // An unknown caseworker, or an answer without one: the build's example stays, nothing to load.
    if (!known) return this.refuse([caseworker !== null ? CASEWORKER_PARAM : ANSWER_PARAM]);
    await this.choose(caseworker, answer, { announce: false, fromLink: true });
  }

  /** A link's choice that the sample lacks: back to the example shown, the parameters out of the URL, a notice. */
  private refuse(names: string[]): void {
    this.revert();
    const url = new URL(location.href);
    url.searchParams.delete(CASEWORKER_PARAM);
    url.searchParams.delete(ANSWER_PARAM);
    history.replaceState(history.state, '', url);
    this.status(fillTemplate(pageContext().strings.loo.bad_state, { names: names.join(', ') }), 'error');
  }

  /** The pickers show the example on screen again (after a change that did not happen). */
  private revert(): void {
    this.caseworkerSelect.value = this.shown.caseworker;
    if (this.answerSelect.innerHTML !== this.shown.options) this.answerSelect.innerHTML = this.shown.options;
    this.answerSelect.value = this.shown.answer;
  }

  private step(delta: number): void {
    const select = this.caseworkerSelect;
    const index = Math.min(select.options.length - 1, Math.max(0, select.selectedIndex + delta));
    if (index === select.selectedIndex) return;
    void this.choose(select.options[index]!.value, null, { announce: true });
  }

  /**
   * Shows the example for a caseworker and a wanted answer (null: their last), then records it in the
   * URL. The pickers, the example and the URL change together, once everything is built.
   */
  private async choose(caseworker: string, wanted: string | null, { announce, fromLink = false }: { announce: boolean; fromLink?: boolean }): Promise<void> {
    const request = ++this.request;
    const t = pageContext().strings.loo;
    // By hand the select shows the choice at once (as the reader set it); a link's shows it once it is shown.
    if (!fromLink) this.caseworkerSelect.value = caseworker;
    this.status(t.loading);
    this.setAttribute('aria-busy', 'true');
    try {
      const { looChoiceParts } = await loadChunk(() => import('./loo-explainer-render'));
      const parts = await looChoiceParts(Number(caseworker), wanted === null ? null : Number(wanted));
      if (request !== this.request) return;
      if (fromLink && (!parts || (wanted !== null && !parts.found))) return this.refuse([!parts ? CASEWORKER_PARAM : ANSWER_PARAM]);
      if (!parts) throw new Error(`caseworker ${caseworker} has no answers in the sample`);
      const answer = String(parts.answer);
      this.caseworkerSelect.value = caseworker;
      this.answerSelect.innerHTML = parts.options;
      this.answerSelect.value = answer;
      this.el('example').innerHTML = parts.html;
      this.dataset.rendered = 'client';
      this.shown = { caseworker, answer, options: parts.options };
      const url = new URL(location.href);
      url.searchParams.set(CASEWORKER_PARAM, caseworker);
      url.searchParams.set(ANSWER_PARAM, answer);
      history.replaceState(history.state, '', url);
      this.status(announce ? fillTemplate(t.updated, { id: caseworker, response: answer }) : '');
    } catch (error) {
      if (request !== this.request) return;
      // What is shown stays, and so does a link's address: loading it again may work.
      this.revert();
      if (error instanceof ChunkError) return this.status(chunkFailed(error, () => void this.choose(caseworker, wanted, { announce, fromLink })), 'error');
      this.status(t.error, 'error');
      if (!(error instanceof ReaderError)) console.warn(error);
    } finally {
      if (request === this.request) this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('bip-loo-explainer')) customElements.define('bip-loo-explainer', BipLooExplainer);
