import { describe, expect, it } from 'vitest';
import { barCellHtml } from '../../../src/lib/workshop/bar-cell-html';
import { dom, format } from './renderer-fixtures';

describe('barCellHtml', () => {
  it('gives a guess its number and a hatched bar scaled to the track', () => {
    const cell = dom(`<table><tr>${barCellHtml(12, 50, 'guess', format, '')}</tr></table>`).querySelector('td')!;
    expect(cell.querySelector('.ws-bar-track')?.getAttribute('aria-hidden')).toBe('true');
    expect(cell.querySelector('.ws-bar')?.className).toBe('ws-bar ws-bar--guess');
    expect(cell.querySelector('.ws-bar')?.getAttribute('style')).toBe('width: 24%');
    expect(cell.querySelector('.ws-bar__value')?.textContent).toBe('12');
    expect(cell.querySelector('.ws-bar__value')?.hasAttribute('data-kind')).toBe(false);
  });

  it('marks a published value as published, with its figure id when given, and keeps its decimal', () => {
    const html = barCellHtml(26.8, 50, 'published', format, '', 'job_rate_belief_5');
    expect(html).toContain('<span class="ws-bar__value num" data-kind="published" data-figure="job_rate_belief_5">26,8</span>');
    expect(html).toContain('style="width: 53.6%"');
    expect(barCellHtml(26.8, 50, 'published', format, '')).not.toContain('data-figure');
  });

  it('keeps a bar within its track and writes the stand-in text, escaped, when there is no value', () => {
    expect(barCellHtml(80, 50, 'guess', format, '')).toContain('width: 100%');
    expect(barCellHtml(null, 50, 'guess', format, 'none <yet>')).toBe('<td><span class="ws-bar__value ws-bar__value--missing">none &lt;yet&gt;</span></td>');
  });
});
