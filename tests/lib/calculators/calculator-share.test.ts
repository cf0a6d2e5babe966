import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_EMBED_HEIGHT, calculatorShareHtml } from '../../../src/lib/calculators/calculator-share-html';
import { CHANGE_SPEC, ORIENTATION_SPEC, STEP_SPEC } from '../../../src/lib/calculators/calculator-specs';
import { calculatorAnchor, calculatorEmbedUrl, calculatorQuery, calculatorUrl } from '../../../src/lib/calculators/calculator-urls';
import { readState, stateDefaults } from '../../../src/lib/state/url-state';
import { figureContext } from '../../../src/i18n/figure-context';

const place = { origin: 'https://bip.example', lang: 'sv' };
const step = (values: Record<string, number | string>) => ({ ...stateDefaults(STEP_SPEC), ...values });

describe('a calculator’s addresses', () => {
  it('are its section’s anchor on the calculators page, with only its own non-default values', () => {
    expect(calculatorAnchor('byten')).toBe('kalkylator-byten');
    expect(calculatorUrl(place, STEP_SPEC, stateDefaults(STEP_SPEC))).toBe('https://bip.example/sv/kalkylatorer/#kalkylator-steg');
    expect(calculatorUrl(place, STEP_SPEC, step({ steps: 2, population: 'caseload' }))).toBe(
      'https://bip.example/sv/kalkylatorer/?steg.steps=2&steg.population=caseload#kalkylator-steg',
    );
    // The other calculators' values are never in it, whatever the page's address holds.
    const query = calculatorQuery(CHANGE_SPEC, { ...stateDefaults(CHANGE_SPEC), changes: 3 });
    expect(query).toBe('?byten.changes=3');
    expect(calculatorQuery(ORIENTATION_SPEC, stateDefaults(ORIENTATION_SPEC))).toBe('');
  });

  it('round-trip: the link’s values are read back as the same values', () => {
    const values = step({ outcome: 'job_or_edu', effect_source: 'typed', effect: 2.5, start: 2, steps: 3 });
    const url = new URL(calculatorUrl(place, STEP_SPEC, values));
    expect(readState(url.searchParams, STEP_SPEC)).toEqual({ values, invalid: [] });
    expect(url.hash).toBe('#kalkylator-steg');
  });

  it('include the embed page with the same values', () => {
    expect(calculatorEmbedUrl(place, CHANGE_SPEC, { ...stateDefaults(CHANGE_SPEC), changes: 2 })).toBe('https://bip.example/sv/inbaddning/byten/?byten.changes=2');
  });
});

describe('a calculator’s share panel', () => {
  const context = figureContext('en');
  const values = { ...stateDefaults(CHANGE_SPEC), changes: 2 };
  const info = { url: calculatorUrl({ ...place, lang: 'en' }, CHANGE_SPEC, values), version: '0.1.0+abc1234', built: '2025-03-01', accessed: '2025-03-04' };
  const html = calculatorShareHtml(
    { tool: 'byten', title: 'Caseworker changes', view: { kind: 'published' }, info, embedUrl: calculatorEmbedUrl({ ...place, lang: 'en' }, CHANGE_SPEC, values) },
    context,
  );
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const text = (id: string) => decode(document.getElementById(id)?.textContent ?? '');

  it('links to the calculation with its anchor and cites it as a calculator, with the kind of result and the source report', () => {
    expect(document.querySelector('#byten-share-link')!.getAttribute('value')).toBe('https://bip.example/en/kalkylatorer/?byten.changes=2#kalkylator-byten');
    expect(text('byten-share-apa')).toBe(
      "BIP Explorer. (2025). Caseworker changes [Calculator, Calculated from the report's figures] (Version 0.1.0+abc1234). Retrieved 4 March 2025, from https://bip.example/en/kalkylatorer/?byten.changes=2#kalkylator-byten",
    );
    const bibtex = text('byten-share-bibtex');
    expect(bibtex).toContain('@misc{bipexplorer-calculator-byten-20250304,');
    expect(bibtex).toContain('note = {Væksthusets Forskningscenter (2020).},');
    expect(document.querySelector('summary')!.textContent).toBe('Share, cite, embed: Caseworker changes');
  });

  it('gives the embed code for the calculator’s own page with the same values and its fallback height', () => {
    const code = text('byten-share-embed');
    expect(code).toContain('<iframe src="https://bip.example/en/inbaddning/byten/?byten.changes=2"');
    expect(code).toContain(`height="${CALCULATOR_EMBED_HEIGHT}"`);
    expect(document.querySelector('.share__note')!.textContent).toContain(`${CALCULATOR_EMBED_HEIGHT} pixels`);
  });

  it('says in the note when the result is computed partly from the synthetic sample', () => {
    const sample = calculatorShareHtml({ tool: 'steg', title: 'One step', view: { kind: 'sample' }, info, embedUrl: 'https://bip.example/en/inbaddning/steg/' }, context);
    expect(sample).toContain(context.strings.calculators.embed.sample_note.replace(/'/g, '&#39;'));
    expect(sample).toContain('Calculated partly from the synthetic sample');
  });
});
