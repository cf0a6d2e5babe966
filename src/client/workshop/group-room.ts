// <bip-group-room>: the trainer scans the participants' QR codes with the laptop's camera, pastes codes
// (or opens links with ?kod=…); malformed lines are named
// and ignored; the room's median and spread are shown against the published figures. The room counts
// participants (a code carries a participant id; a later code replaces the earlier one). The codes are
// kept in this browser's localStorage only and shared live with the other tabs (room-store.ts), so the
// presenter view on the same laptop shows them as they arrive.
import { WORKSHOP_QUESTIONS } from '../../lib/workshop/questions';
import { LINK_CONFIRM_ABOVE, type AddCodesResult } from '../../lib/workshop/room-codes';
import { RepeatFilter, scanOutcome } from '../../lib/workshop/scan-outcome';
import { roomSummary } from '../../lib/workshop/room-summary';
import { groupCodeLength } from '../../lib/workshop/group-code';
import { rejectedCodesHtml } from '../../lib/workshop/rejected-codes-html';
import { roomSpreadHtml } from '../../lib/workshop/room-spread-html';
import { addCodesMessage } from '../../lib/workshop/add-codes-message';
import { pluralPicker } from '../../lib/workshop/plural';
import { numberFormatter } from '../../lib/format/number-formatter';
import { fillTemplate } from '../../lib/format/fill-template';
import { pageContext } from '../page-context';
import { ChunkError, chunkFailed } from '../load-chunk';
import { addToRoom, clearRoom, onRoomChange, readHands, readRoom, roomState, saveHands, saveRoom } from './room-store';
import { MAX_HANDS } from '../../lib/workshop/hand-count';
import { QrScanner } from './qr-scanner';

const CODE_LENGTH = groupCodeLength();
/** A QR code held up to the camera counts and is announced once; again only after it was away this long. */
const QUIET_MS = 2500;

class GroupRoom extends HTMLElement {
  private scanner: QrScanner | null = null;
  private seen = new RepeatFilter(QUIET_MS);

  connectedCallback(): void {
    this.connectScanner();
    this.connectHands();
    this.byRole('js-note').hidden = true;
    this.byRole('ui').hidden = false;
    this.takeCodesFromAddress();
    this.render();
    onRoomChange(() => this.render());
    this.byRole('add').addEventListener('click', () => {
      const textarea = this.byRole('codes') as HTMLTextAreaElement;
      this.add(textarea.value);
      textarea.value = '';
    });
    this.byRole('clear').addEventListener('click', () => {
      clearRoom();
      this.byRole('problems').hidden = true;
      this.byRole('status').textContent = pageContext().strings.workshop.group.cleared;
      this.render();
    });
  }

  /** Hand counts: each field is how many hands went up for one range of one row; stored as typed. */
  private connectHands(): void {
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.dataset.role !== 'hand') return;
      const item = input.dataset.item!;
      const fields = [...this.querySelectorAll<HTMLInputElement>(`input[data-role="hand"][data-item="${item}"]`)];
      const counts = fields.map((field) => {
        const n = Number(field.value);
        return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_HANDS) : 0;
      });
      saveHands(item, counts);
      this.render(false);
    });
  }

  /** The camera collector: each participant holds up their QR code; nothing leaves this laptop. */
  private connectScanner(): void {
    const start = this.byRole('scan-start') as HTMLButtonElement;
    const stop = this.byRole('scan-stop') as HTMLButtonElement;
    const status = this.byRole('scan-status');
    const scan = () => pageContext().strings.workshop.group.scan;
    const stopped = (message: string) => {
      this.scanner?.stop();
      this.byRole('scan-view').hidden = true;
      start.hidden = false;
      stop.hidden = true;
      status.textContent = message;
    };
    start.addEventListener('click', async () => {
      this.scanner ??= new QrScanner(
        this.byRole('video') as HTMLVideoElement,
        (text) => this.onScan(text),
        () => {
          this.byRole('scan-view').hidden = false;
          start.hidden = true;
          stop.hidden = false;
          stop.focus();
          status.textContent = scan().ready;
        },
      );
      start.disabled = true;
      try {
        await this.scanner.start();
      } catch (error) {
        // The decoder's code did not arrive (a deploy, a stall): the page notice offers reload or try again.
        if (error instanceof ChunkError) return stopped(chunkFailed(error, () => start.click()));
        const name = error instanceof DOMException ? error.name : '';
        const s = scan();
        stopped(name === 'NotAllowedError' || name === 'SecurityError' ? s.denied : name === 'NotFoundError' || name === 'OverconstrainedError' ? s.no_camera : name === 'NotSupportedError' ? s.unsupported : s.failed);
      } finally {
        start.disabled = false;
        // The button disabled itself while the camera started; if the camera did not start, focus comes
        // back to it (it is shown again) instead of staying on <body>.
        if (!this.scanner?.running && document.activeElement === document.body) start.focus();
      }
    });
    stop.addEventListener('click', () => {
      stopped(scan().stopped);
      start.focus();
    });
    window.addEventListener('pagehide', () => this.scanner?.stop());
  }

  /** One QR code read by the camera: counted (or said why not), announced once while it stays in view. */
  private onScan(text: string): void {
    if (!this.seen.fresh(text, Date.now())) return;
    const { strings, locale } = pageContext();
    const g = strings.workshop.group;
    const outcome = scanOutcome(readRoom(), text);
    const n = (codes: string[]) => numberFormatter(locale).count(codes.length);
    const status = this.byRole('scan-status');
    const view = this.byRole('scan-view');
    if (outcome.kind === 'added' || outcome.kind === 'replaced') {
      saveRoom(outcome.codes);
      status.textContent = fillTemplate(outcome.kind === 'added' ? g.scan.added : g.scan.replaced, { n: n(outcome.codes) });
      this.render();
    } else if (outcome.kind === 'duplicate') {
      status.textContent = g.scan.duplicate;
    } else {
      status.textContent = fillTemplate(g.scan.bad, { problem: fillTemplate(g.problems[outcome.problem], { length: CODE_LENGTH }) });
    }
    // A glance is enough: the picture's frame turns green for a counted code, red for a bad one.
    view.dataset.flash = outcome.kind === 'bad' ? 'bad' : 'ok';
    window.setTimeout(() => delete view.dataset.flash, 700);
  }

  private byRole(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  /**
   * Codes that arrive in the address (?kod=A&kod=B) are added once: a few at once, more after the trainer
   * confirms; either way the address is cleaned, so a reload (or a later "empty the room") adds nothing.
   */
  private takeCodesFromAddress(): void {
    const params = new URLSearchParams(window.location.search);
    const fromUrl = params.getAll('kod');
    if (fromUrl.length === 0) return;
    const clean = () => {
      params.delete('kod');
      const query = params.toString();
      history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    };
    if (fromUrl.length <= LINK_CONFIRM_ABOVE) {
      this.add(fromUrl.join('\n'));
      clean();
      return;
    }
    const { strings, locale } = pageContext();
    const g = strings.workshop.group;
    const panel = this.byRole('link-confirm');
    panel.querySelector<HTMLElement>('[data-role="link-question"]')!.textContent = fillTemplate(pluralPicker(locale)(g.link_confirm, fromUrl.length), {
      n: numberFormatter(locale).count(fromUrl.length),
    });
    panel.hidden = false;
    panel.querySelector<HTMLElement>('[data-role="link-question"]')!.focus();
    const done = (message: string | null) => {
      panel.hidden = true;
      clean();
      if (message !== null) this.byRole('status').textContent = message;
      this.byRole('codes').focus();
    };
    panel.querySelector('[data-role="link-add"]')!.addEventListener('click', () => {
      this.add(fromUrl.join('\n'));
      done(null);
    }, { once: true });
    panel.querySelector('[data-role="link-skip"]')!.addEventListener('click', () => done(g.link_skipped), { once: true });
  }

  private add(text: string): void {
    const { strings, locale } = pageContext();
    const w = strings.workshop;
    const format = numberFormatter(locale);
    const result: AddCodesResult = addToRoom(text);
    this.byRole('status').textContent = addCodesMessage(result, w, format, locale);
    this.byRole('problem-list').innerHTML = rejectedCodesHtml(result.rejected, result.rejectedCount, w, CODE_LENGTH, format, locale);
    this.byRole('problems').hidden = result.rejectedCount === 0;
    this.render();
  }

  private render(fillHands = true): void {
    const { strings, locale } = pageContext();
    const g = strings.workshop.group;
    const format = numberFormatter(locale);
    const pick = pluralPicker(locale);
    const { codes, guesses, hands } = roomState();
    this.byRole('count').textContent = codes.length === 0 ? g.count_zero : fillTemplate(pick(g.count, codes.length), { n: format.count(codes.length) });
    const handsCount = this.byRole('hands-count');
    handsCount.hidden = hands === 0;
    handsCount.textContent = hands === 0 ? '' : fillTemplate(pick(g.hands.counted, hands), { n: format.count(hands) });
    // Another tab (or a reload) changed the hand counts: show them; while typing here, leave the fields be.
    if (fillHands) {
      const stored = readHands();
      for (const input of this.querySelectorAll<HTMLInputElement>('input[data-role="hand"]')) {
        input.value = String(stored[input.dataset.item!]?.[Number(input.dataset.range)] ?? 0);
      }
    }
    const summaries = roomSummary(guesses);
    for (const section of this.querySelectorAll<HTMLElement>('.ws-room__question')) {
      const question = WORKSHOP_QUESTIONS.find((q) => q.id === section.dataset.question)!;
      section.querySelector<HTMLElement>('[data-role="summary"]')!.innerHTML = roomSpreadHtml(question, summaries, strings.workshop, format, { labelledBy: `room-${question.id}-title` });
    }
  }
}

if (!customElements.get('bip-group-room')) customElements.define('bip-group-room', GroupRoom);
