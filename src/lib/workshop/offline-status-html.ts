import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { pluralPicker, type PluralForms } from './plural';

/** What the ready-for-the-room check found. */
export type OfflineState =
  | { kind: 'checking' | 'unsupported' | 'none' | 'installing' }
  | { kind: 'complete'; total: number }
  | { kind: 'incomplete'; total: number; missing: readonly string[] };

/** The check's texts (strings.workshop.entry.offline). */
export interface OfflineStrings {
  checking: string;
  unsupported: string;
  none: string;
  installing: string;
  complete: PluralForms;
  incomplete: PluralForms;
}

/** Missing files named one by one; the rest are in the count. */
const NAMED = 5;

/**
 * The ready-for-the-room check in words: whether the offline copy is complete (service worker installed,
 * every file it precaches in the cache) and, if not, how many files are missing and which, the
 * workshop's own pages (`workshopPrefix`, e.g. "/sv/workshop/") first.
 */
export function offlineStatusHtml(state: OfflineState, s: OfflineStrings, format: NumberFormatter, locale: string, workshopPrefix: string): string {
  const pick = pluralPicker(locale);
  const p = (text: string) => `<p class="ws-offline__text" data-state="${state.kind}">${escapeHtml(text)}</p>`;
  switch (state.kind) {
    case 'complete':
      return p(fillTemplate(pick(s.complete, state.total), { n: format.count(state.total) }));
    case 'incomplete': {
      const workshop = state.missing.filter((url) => url.startsWith(workshopPrefix));
      const named = [...workshop, ...state.missing.filter((url) => !url.startsWith(workshopPrefix))].slice(0, NAMED);
      const text = fillTemplate(pick(s.incomplete, state.missing.length), { missing: format.count(state.missing.length), total: format.count(state.total) });
      return p(text) + `<ul class="ws-offline__missing">${named.map((url) => `<li><code>${escapeHtml(url)}</code></li>`).join('')}</ul>`;
    }
    default:
      return p(s[state.kind]);
  }
}
