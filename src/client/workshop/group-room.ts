// <bip-group-room>: the trainer pastes codes (or opens links with ?kod=…); malformed lines are named
// and ignored; the room's median and spread are shown against the published figures. The codes are
// kept in this browser's localStorage only, so the presenter view on the same laptop can show them.
import { WORKSHOP_QUESTIONS } from '../../lib/workshop/questions';
import { addRoomCodes, parseStoredRoom, roomGuesses, ROOM_STORAGE_KEY } from '../../lib/workshop/room-codes';
import { roomSummary } from '../../lib/workshop/room-summary';
import { groupCodeLength } from '../../lib/workshop/group-code';
import { rejectedCodesHtml } from '../../lib/workshop/rejected-codes-html';
import { roomSpreadHtml } from '../../lib/workshop/room-spread-html';
import { numberFormatter } from '../../lib/format/number-formatter';
import { fillTemplate } from '../../lib/format/fill-template';
import { pageContext } from '../page-context';
import { readStored, writeStored } from './storage';

const CODE_LENGTH = groupCodeLength();

class GroupRoom extends HTMLElement {
  private codes: string[] = [];

  connectedCallback(): void {
    this.byRole('js-note').hidden = true;
    this.byRole('ui').hidden = false;
    this.codes = parseStoredRoom(readStored(ROOM_STORAGE_KEY));
    // Codes that arrive in the address (?kod=A&kod=B) are added like pasted ones.
    const fromUrl = new URLSearchParams(window.location.search).getAll('kod');
    if (fromUrl.length > 0) this.add(fromUrl.join('\n'));
    this.render();
    this.byRole('add').addEventListener('click', () => {
      const textarea = this.byRole('codes') as HTMLTextAreaElement;
      this.add(textarea.value);
      textarea.value = '';
      this.render();
    });
    this.byRole('clear').addEventListener('click', () => {
      this.codes = [];
      writeStored(ROOM_STORAGE_KEY, null);
      this.byRole('problems').hidden = true;
      this.byRole('status').textContent = pageContext().strings.workshop.group.cleared;
      this.render();
    });
  }

  private byRole(role: string): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  }

  private add(text: string): void {
    const w = pageContext().strings.workshop;
    const result = addRoomCodes(this.codes, text);
    this.codes = result.codes;
    writeStored(ROOM_STORAGE_KEY, JSON.stringify(this.codes));
    this.byRole('status').textContent = fillTemplate(w.group.added, { n: result.added });
    this.byRole('problem-list').innerHTML = rejectedCodesHtml(result.rejected, w, CODE_LENGTH);
    this.byRole('problems').hidden = result.rejected.length === 0;
  }

  private render(): void {
    const { strings, locale } = pageContext();
    const g = strings.workshop.group;
    const format = numberFormatter(locale);
    this.byRole('count').textContent = this.codes.length === 0 ? g.count_zero : fillTemplate(g.count, { n: format.count(this.codes.length) });
    const summaries = roomSummary(roomGuesses(this.codes));
    for (const section of this.querySelectorAll<HTMLElement>('.ws-room__question')) {
      const question = WORKSHOP_QUESTIONS.find((q) => q.id === section.dataset.question)!;
      section.querySelector<HTMLElement>('[data-role="summary"]')!.innerHTML = roomSpreadHtml(question, summaries, strings.workshop, format, { labelledBy: `room-${question.id}-title` });
    }
  }
}

if (!customElements.get('bip-group-room')) customElements.define('bip-group-room', GroupRoom);
