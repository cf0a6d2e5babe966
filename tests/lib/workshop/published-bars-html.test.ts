import { describe, expect, it } from 'vitest';
import { publishedBarsHtml } from '../../../src/lib/workshop/published-bars-html';
import { BELIEF, bodyCells, dom, format, PER_MILLE, W } from './renderer-fixtures';

describe('publishedBarsHtml', () => {
  it('shows every item with its published value as a number and a bar on a round scale', () => {
    const document = dom(publishedBarsHtml(BELIEF, W, format, { headingId: 'h', source: 'SOURCE' }));
    const wrap = document.querySelector('.ws-bars')!;
    expect(wrap.getAttribute('data-question')).toBe('q1');
    expect(wrap.getAttribute('data-scale-max')).toBe('50');
    const table = document.querySelector('table.ws-bars__table')!;
    expect(table.getAttribute('aria-labelledby')).toBe('h');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([['ANSWER', 'col'], ['PUBLISHED (of 100)', 'col']]);
    expect(bodyCells(document)).toEqual([['A & <a>', '1,1'], ['B "b"', '26,8']]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-item'))).toEqual(['a', 'b']);
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect([...table.querySelectorAll('.ws-bar--published')].map((b) => b.getAttribute('style'))).toEqual(['width: 2.2%', 'width: 53.6%']);
    expect([...table.querySelectorAll('[data-kind="published"]')].map((e) => e.getAttribute('data-figure'))).toEqual(['job_rate_belief_1', 'job_rate_belief_5']);
    expect(document.querySelector('.ws-bars > p.ws-bars__source')?.textContent).toBe('SOURCE');
  });

  it('names the "of 1 000" frame and leaves the label out without a heading', () => {
    const html = publishedBarsHtml(PER_MILLE, W, format, { source: 'S' });
    expect(html).toContain('<th scope="col">PUBLISHED (of 1 000)</th>');
    expect(html).not.toContain('aria-labelledby');
    expect(bodyCells(dom(html))).toEqual([['C', '53']]);
  });

  it('escapes labels, the heading id and the source line', () => {
    const html = publishedBarsHtml(BELIEF, W, format, { headingId: 'x"y', source: 'Källa: <Tabell 2> & "mer"' });
    expect(html).toContain('<th scope="row">A &amp; &lt;a&gt;</th>');
    expect(html).toContain('<th scope="row">B &quot;b&quot;</th>');
    expect(html).toContain('aria-labelledby="x&quot;y"');
    expect(html).toContain('<p class="ws-bars__source">Källa: &lt;Tabell 2&gt; &amp; &quot;mer&quot;</p>');
  });
});
