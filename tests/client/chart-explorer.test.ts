import { describe, expect, it } from 'vitest';
import { announcement, nextIndex, tooltipPosition } from '../../src/client/chart-explorer';

describe('nextIndex', () => {
  it('moves by one with the arrow keys and stops at the ends', () => {
    expect(nextIndex('ArrowRight', -1, 4)).toBe(0);
    expect(nextIndex('ArrowRight', 1, 4)).toBe(2);
    expect(nextIndex('ArrowRight', 3, 4)).toBe(3);
    expect(nextIndex('ArrowDown', 0, 4)).toBe(1);
    expect(nextIndex('ArrowLeft', 0, 4)).toBe(0);
    expect(nextIndex('ArrowLeft', -1, 4)).toBe(3);
    expect(nextIndex('ArrowUp', 2, 4)).toBe(1);
  });

  it('jumps to the first and last mark with Home and End, and ignores other keys and empty charts', () => {
    expect(nextIndex('Home', 2, 4)).toBe(0);
    expect(nextIndex('End', 0, 4)).toBe(3);
    expect(nextIndex('Enter', 0, 4)).toBeNull();
    expect(nextIndex('ArrowRight', -1, 0)).toBeNull();
  });
});

describe('announcement', () => {
  const kinds = { published: 'publicerad', sample: 'urval (syntetiskt)' };

  it('says the label and value, the interval and the kind', () => {
    expect(announcement({ text: 'Ja: 8,3 %', interval: '7,6 % – 9,0 %', kind: 'sample' }, { locale: 'sv-SE', kinds })).toBe(
      'Ja: 8,3 %, 95\u00a0%: 7,6 % – 9,0 %. Urval (syntetiskt)',
    );
    expect(
      announcement({ text: 'Yes: 8.3%', interval: '7.6% – 9.0%', kind: 'sample' }, { locale: 'en-GB', kinds: { sample: 'sample' }, interval: '95% interval {interval}' }),
    ).toBe('Yes: 8.3%, 95% interval 7.6% – 9.0%. Sample');
  });

  it('leaves out an interval the mark has not and a kind the page has no word for', () => {
    expect(announcement({ text: 'Nej: 1,1 %', interval: '', kind: 'published' }, { locale: 'sv-SE', kinds })).toBe('Nej: 1,1 %. Publicerad');
    expect(announcement({ text: 'Nej: 1,1 %', interval: '', kind: 'typed' }, { locale: 'sv-SE', kinds })).toBe('Nej: 1,1 %');
  });
});

describe('tooltipPosition', () => {
  it('centres the tooltip above the mark and keeps it inside the container', () => {
    expect(tooltipPosition({ left: 100, top: 100, width: 40, height: 80 }, { width: 300 }, { width: 100, height: 30 })).toEqual({ left: 70, top: 62 });
    expect(tooltipPosition({ left: 0, top: 100, width: 20, height: 80 }, { width: 300 }, { width: 100, height: 30 }).left).toBe(0);
    expect(tooltipPosition({ left: 280, top: 100, width: 20, height: 80 }, { width: 300 }, { width: 100, height: 30 }).left).toBe(200);
  });

  it('puts the tooltip under a mark at the top of the chart', () => {
    expect(tooltipPosition({ left: 100, top: 10, width: 40, height: 80 }, { width: 300 }, { width: 100, height: 30 }).top).toBe(98);
  });
});
