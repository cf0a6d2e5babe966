import { describe, expect, it } from 'vitest';
import { offlineStatusHtml, type OfflineStrings } from '../../../src/lib/workshop/offline-status-html';
import { dom, format } from './renderer-fixtures';

const S: OfflineStrings = {
  checking: 'CHECKING',
  unsupported: 'UNSUPPORTED',
  none: 'NONE',
  installing: 'INSTALLING',
  complete: { one: 'ONE FILE {n}', other: 'COMPLETE {n}' },
  incomplete: { one: 'ONE MISSING OF {total}', other: '{missing} MISSING OF {total}' },
};

describe('offlineStatusHtml', () => {
  it('says the copy is complete with how many files it holds', () => {
    const document = dom(offlineStatusHtml({ kind: 'complete', total: 1143 }, S, format, 'sv-SE', '/sv/workshop/'));
    const p = document.querySelector('p')!;
    expect([p.getAttribute('data-state'), p.textContent]).toEqual(['complete', 'COMPLETE 1\u00a0143']);
  });

  it('counts what is missing and names the workshop\'s own pages first, at most five', () => {
    const missing = ['/a.js', '/b.js', '/sv/workshop/talarvy/', '/c.js', '/d.js', '/e.js', '/sv/workshop/grupp/'];
    const document = dom(offlineStatusHtml({ kind: 'incomplete', total: 140, missing }, S, format, 'sv-SE', '/sv/workshop/'));
    expect(document.querySelector('p')?.textContent).toBe('7 MISSING OF 140');
    expect([...document.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['/sv/workshop/talarvy/', '/sv/workshop/grupp/', '/a.js', '/b.js', '/c.js']);
    expect(dom(offlineStatusHtml({ kind: 'incomplete', total: 140, missing: ['/x'] }, S, format, 'en-GB', '/en/workshop/')).querySelector('p')?.textContent).toBe('ONE MISSING OF 140');
  });

  it('says when there is no copy yet, one is being saved, or the browser cannot keep one', () => {
    for (const kind of ['checking', 'unsupported', 'none', 'installing'] as const) {
      expect(dom(offlineStatusHtml({ kind }, S, format, 'sv-SE', '/sv/workshop/')).querySelector('p')?.textContent).toBe(kind.toUpperCase());
    }
  });

  it('escapes file names', () => {
    expect(offlineStatusHtml({ kind: 'incomplete', total: 2, missing: ['/<x>'] }, S, format, 'sv-SE', '/sv/')).toContain('<code>/&lt;x&gt;</code>');
  });
});
