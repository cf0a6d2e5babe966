/**
 * A message in the plural forms a language needs, keyed by CLDR plural category (Intl.PluralRules):
 * Swedish, Danish and English use "one" and "other"; `other` is required as the fallback.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** The template for a count in a locale: pick(forms, 1) → forms.one, pick(forms, 3) → forms.other. */
export function pluralPicker(locale: string): (forms: PluralForms, n: number) => string {
  const rules = new Intl.PluralRules(locale);
  return (forms, n) => forms[rules.select(n)] ?? forms.other;
}
