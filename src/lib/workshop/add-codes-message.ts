import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { pluralPicker } from './plural';
import { MAX_PASTE_LINES, type AddCodesResult } from './room-codes';
import type { WorkshopStrings } from './workshop-strings';

/**
 * What adding codes did, in sentences for the live region: how many new participants, replaced and
 * repeated codes, unreadable lines, lines not read; each count in its language's plural form.
 */
export function addCodesMessage(result: Omit<AddCodesResult, 'codes' | 'rejected'>, w: WorkshopStrings, format: NumberFormatter, locale: string): string {
  const pick = pluralPicker(locale);
  const m = w.group.messages;
  const parts: string[] = [];
  const say = (forms: Parameters<typeof pick>[0], n: number) => {
    if (n > 0) parts.push(fillTemplate(pick(forms, n), { n: format.count(n), max: format.count(MAX_PASTE_LINES) }));
  };
  say(m.added, result.added);
  say(m.replaced, result.replaced);
  say(m.duplicates, result.duplicates);
  say(m.rejected, result.rejectedCount);
  say(m.unread, result.unread);
  return parts.length === 0 ? m.nothing : parts.join(' ');
}
