import { describe, expect, it } from 'vitest';
import published from '../../data/published.json';
import assumed from '../../data/assumed.json';
import { LANGUAGES } from '../../src/i18n/languages';
import { strings } from '../../src/i18n/strings';

// The method page lists every published figure and every assumed value by its label; a missing label
// would show the raw key (it did, for "predictive_indicators").
describe('labels of the data files', () => {
  it.each([...LANGUAGES])('name every published figure and every assumed value in %s', (lang) => {
    const t = strings(lang).report;
    const labels = t.published_table.labels as Record<string, string>;
    const names = t.assumed.names as Record<string, string>;
    expect(Object.keys(published.figures).filter((id) => !labels[id])).toEqual([]);
    expect(Object.keys(assumed.values).filter((id) => !names[id])).toEqual([]);
  });

  // (An id may be in both files when the sample's assumed input is read from a published figure, e.g.
  // the Ja share taken as a share of the answers other than "vet inte"; the assumed reason says so.)
  it('leave nothing marked published that the report does not state', () => {
    const elsewhere = Object.entries(published.figures as Record<string, { note?: string }>)
      .filter(([, f]) => /not in the swedish summary/i.test(f.note ?? ''))
      .map(([id]) => id);
    expect(elsewhere).toEqual([]);
  });
});
