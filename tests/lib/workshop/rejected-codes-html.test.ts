import { describe, expect, it } from 'vitest';
import { rejectedCodesHtml } from '../../../src/lib/workshop/rejected-codes-html';
import { addCodesMessage } from '../../../src/lib/workshop/add-codes-message';
import { pluralPicker } from '../../../src/lib/workshop/plural';
import { dom, format, W } from './renderer-fixtures';

describe('rejectedCodesHtml', () => {
  it('names each ignored line, what it said and why, with the problem as an attribute', () => {
    const html = rejectedCodesHtml(
      [
        { line: 2, text: 'hej', problem: 'wrong_length' },
        { line: 5, text: '2ABC', problem: 'checksum' },
      ],
      2,
      W,
      22,
      format,
      'sv-SE',
    );
    const items = [...dom(`<ul>${html}</ul>`).querySelectorAll('li')];
    expect(items.map((li) => [li.getAttribute('data-problem'), li.textContent])).toEqual([
      ['wrong_length', 'LINE 2 “hej”: LENGTH 22'],
      ['checksum', 'LINE 5 “2ABC”: CHECKSUM'],
    ]);
  });

  it('quotes at most 40 characters of a long line, escapes what was pasted, and gives nothing for nothing', () => {
    const long = `<b>${'x'.repeat(50)}`;
    const html = rejectedCodesHtml([{ line: 1, text: long, problem: 'invalid_characters' }], 1, W, 22, format, 'sv-SE');
    expect(html).toBe(`<li data-problem="invalid_characters">LINE 1 “&lt;b&gt;${'x'.repeat(37)}…”: INVALID</li>`);
    expect(rejectedCodesHtml([], 0, W, 22, format, 'sv-SE')).toBe('');
  });

  it('counts the lines it does not name in one last item, in the plural form of the count', () => {
    const one = rejectedCodesHtml([{ line: 1, text: 'a', problem: 'empty' }], 2, W, 22, format, 'en-GB');
    expect(one).toContain('<li data-problem="more">ONE MORE 1</li>');
    const many = rejectedCodesHtml([{ line: 1, text: 'a', problem: 'empty' }], 12_001, W, 22, format, 'sv-SE');
    expect(many).toContain('<li data-problem="more">MORE 12\u00a0000</li>');
  });
});

describe('addCodesMessage', () => {
  const none = { added: 0, replaced: 0, duplicates: 0, rejectedCount: 0, unread: 0 };
  it('says what adding did, one sentence per outcome, in the plural form of each count', () => {
    expect(addCodesMessage({ ...none, added: 1 }, W, format, 'sv-SE')).toBe('ADDED ONE 1');
    expect(addCodesMessage({ added: 3, replaced: 1, duplicates: 2, rejectedCount: 1, unread: 5 }, W, format, 'sv-SE')).toBe(
      'ADDED 3 REPLACED ONE 1 DUP 2 BAD ONE 1 UNREAD 5 MAX 1\u00a0000',
    );
    expect(addCodesMessage(none, W, format, 'sv-SE')).toBe('NOTHING');
  });
});

describe('pluralPicker', () => {
  it('picks the CLDR form of the count and falls back to "other"', () => {
    const forms = { one: 'one', other: 'other' };
    for (const locale of ['sv-SE', 'da-DK', 'en-GB']) {
      const pick = pluralPicker(locale);
      expect([0, 1, 2, 21].map((n) => pick(forms, n)), locale).toEqual(['other', 'one', 'other', 'other']);
    }
    expect(pluralPicker('en-GB')({ other: 'only' }, 1)).toBe('only');
  });
});
