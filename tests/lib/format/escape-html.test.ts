import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/format/escape-html';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or a quoted attribute', () => {
    expect(escapeHtml(`2SLS <IV> & "co" 'x'`)).toBe('2SLS &lt;IV&gt; &amp; &quot;co&quot; &#39;x&#39;');
  });

  it('escapes an ampersand once, so an entity in the text shows as typed', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves other text, Swedish letters and signs alone', () => {
    expect(escapeHtml('Sanning +1,30 p.e. – åäö −0,5')).toBe('Sanning +1,30 p.e. – åäö −0,5');
  });
});
