// <bip-loo-explainer>: makes the build-time worked example of job orientation (seed Figur 3) pickable.
// Page-load cost is this file only; the sample and the analysis load on the first change. The choice
// lives in the URL as loo.caseworker / loo.answer; a value the sample lacks gives a notice and the default.
import { fillTemplate } from '../lib/format/fill-template';
import { pageContext } from './page-context';

const CASEWORKER_PARAM = 'loo.caseworker';
const ANSWER_PARAM = 'loo.answer';

class BipLooExplainer extends HTMLElement {
  private request = 0;

  connectedCallback(): void {
    this.el('controls').hidden = false;
    this.el('no-js').hidden = true;
    this.caseworkerSelect.addEventListener('change', () => void this.onCaseworker());
    this.answerSelect.addEventListener('change', () => void this.show({ announce: true }));
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

  /** Applies a shared choice from the URL; an unknown caseworker or answer falls back to the default. */
  private async restore(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const caseworker = params.get(CASEWORKER_PARAM);
    const answer = params.get(ANSWER_PARAM);
    if (caseworker === null && answer === null) return;
    const t = pageContext().strings.loo;
    const invalid: string[] = [];
    const known = [...this.caseworkerSelect.options].some((o) => o.value === caseworker);
    if (caseworker !== null && !known) invalid.push(CASEWORKER_PARAM);
    if (known) {
      this.caseworkerSelect.value = caseworker!;
      const ok = await this.loadAnswers(answer);
      if (answer !== null && !ok) invalid.push(ANSWER_PARAM);
    } else if (answer !== null && caseworker === null) {
      invalid.push(ANSWER_PARAM);
    }
    if (invalid.length > 0) {
      await this.reset();
      this.status(fillTemplate(t.bad_state, { names: invalid.join(', ') }), 'error');
      return;
    }
    await this.show({ announce: false });
  }

  /** Back to the build-time example (its HTML is still in the page unless a choice replaced it). */
  private async reset(): Promise<void> {
    const url = new URL(location.href);
    url.searchParams.delete(CASEWORKER_PARAM);
    url.searchParams.delete(ANSWER_PARAM);
    history.replaceState(history.state, '', url);
    this.caseworkerSelect.value = this.dataset.defaultCaseworker ?? '';
    const response = this.dataset.defaultResponse ?? '';
    if (![...this.answerSelect.options].some((o) => o.value === response)) await this.loadAnswers(response);
    this.answerSelect.value = response;
  }

  /** Fills the answer select for the chosen caseworker; selects `wanted` if it is theirs, else the last answer. */
  private async loadAnswers(wanted: string | null): Promise<boolean> {
    const { looAnswerOptions } = await import('./loo-explainer-render');
    const { html, values } = await looAnswerOptions(Number(this.caseworkerSelect.value));
    this.answerSelect.innerHTML = html;
    const found = wanted !== null && values.some((v) => String(v) === wanted);
    this.answerSelect.value = found ? wanted! : String(values[values.length - 1] ?? '');
    return found;
  }

  private step(delta: number): void {
    const select = this.caseworkerSelect;
    const index = Math.min(select.options.length - 1, Math.max(0, select.selectedIndex + delta));
    if (index === select.selectedIndex) return;
    select.selectedIndex = index;
    void this.onCaseworker();
  }

  private async onCaseworker(): Promise<void> {
    const request = ++this.request;
    this.status(pageContext().strings.loo.loading);
    try {
      await this.loadAnswers(null);
      if (request !== this.request) return;
      await this.show({ announce: true });
    } catch (error) {
      if (request === this.request) this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.status(pageContext().strings.loo.error, 'error');
    console.warn(error);
  }

  /** Renders the example for the selected caseworker and answer and records the choice in the URL. */
  private async show({ announce }: { announce: boolean }): Promise<void> {
    const request = ++this.request;
    const t = pageContext().strings.loo;
    const caseworker = this.caseworkerSelect.value;
    const answer = this.answerSelect.value;
    this.setAttribute('aria-busy', 'true');
    try {
      const { looExampleHtml } = await import('./loo-explainer-render');
      const html = await looExampleHtml(Number(caseworker), Number(answer));
      if (request !== this.request || html === null) return;
      this.el('example').innerHTML = html;
      this.dataset.rendered = 'client';
      const url = new URL(location.href);
      url.searchParams.set(CASEWORKER_PARAM, caseworker);
      url.searchParams.set(ANSWER_PARAM, answer);
      history.replaceState(history.state, '', url);
      this.status(announce ? fillTemplate(t.updated, { id: caseworker, response: answer }) : '');
    } catch (error) {
      if (request === this.request) this.fail(error);
    } finally {
      if (request === this.request) this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('bip-loo-explainer')) customElements.define('bip-loo-explainer', BipLooExplainer);
