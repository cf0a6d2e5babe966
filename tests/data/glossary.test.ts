import { describe, expect, it } from 'vitest';
import glossary from '../../data/glossary.json';
import { LANGUAGES } from '../../src/i18n/languages';

type Entry = Record<string, unknown> & { id: string };
const terms = glossary.terms as unknown as Entry[];

/** What keeps a glossary entry from appearing in every edition: a language without a term or definition. */
export function glossaryProblems(entries: Entry[]): string[] {
  const ids = entries.map((e) => e.id);
  return [
    ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${id}: listed twice`),
    ...entries.flatMap((entry) =>
      LANGUAGES.flatMap((lang) => {
        const own = entry[lang] as { term?: string; definition?: string } | undefined;
        return [!own?.term?.trim() && `${entry.id}: no ${lang} term`, !own?.definition?.trim() && `${entry.id}: no ${lang} definition`].filter(
          (p): p is string => typeof p === 'string',
        );
      }),
    ),
  ];
}

describe('data/glossary.json', () => {
  it('has every term in every language, with a definition, once', () => {
    expect(terms.length).toBeGreaterThan(15);
    expect(glossaryProblems(terms)).toEqual([]);
  });

  it('fails on a term missing in one language', () => {
    const broken = structuredClone(terms);
    delete broken[0]!.da;
    expect(glossaryProblems(broken)).toEqual([`${broken[0]!.id}: no da term`, `${broken[0]!.id}: no da definition`]);
  });

  it('uses the terms of DESIGN.md §9 in each language', () => {
    const byId = Object.fromEntries(terms.map((t) => [t.id, t as Record<string, { term: string }>]));
    expect(byId['caseworker']!.da!.term).toMatch(/sagsbehandler/i);
    expect(byId['caseworker-change']!.da!.term).toMatch(/sagsbehandlerskift/i);
    expect(byId['job-orientation']!.da!.term).toMatch(/joborientering/i);
    expect(byId['job-orientation']!.sv!.term).toMatch(/jobbfokusering/i);
    expect(byId['synthetic-sample']!.da!.term).toMatch(/syntetisk stikprøve/i);
    expect(byId['percentage-points']!.en!.term).toMatch(/percentage points/i);
  });
});
