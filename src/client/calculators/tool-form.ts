// Form ⇄ values for a calculator or the lab: reading typed numbers in the page's locale, marking
// problems next to their fields, and writing values back. Shared by <bip-calculator> and <bip-lab>.
import { fillTemplate } from '../../lib/format/fill-template';
import { numberFormatter } from '../../lib/format/number-formatter';
import { checkField, fieldDecimals, fieldInUse, type FieldProblem, type FieldValues, type NumberField, type StateSpec } from '../../lib/state/url-state';
import type { Strings } from '../../i18n/strings';

/** The problem messages of a form, by field name, plus the values (defaults where a field is unused or bad). */
export interface FormReading {
  values: Record<string, number | string>;
  problems: Map<string, string>;
}

function control(root: HTMLElement, spec: StateSpec, name: string): HTMLInputElement | HTMLSelectElement | null {
  return root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${spec.id}.${name}"]:not([type="radio"])`);
}

/** A field's problem in words, with the field's range filled in. */
export function problemMessage(problem: FieldProblem, field: NumberField | undefined, strings: Strings, locale: string): string {
  const format = numberFormatter(locale);
  const template = strings.calculators.problems[problem];
  return fillTemplate(template, { min: field ? format.decimal(field.min) : '', max: field ? format.decimal(field.max) : '', decimals: field ? String(fieldDecimals(field)) : '' });
}

/** Reads the form: choices from checked radios, numbers parsed as typed in `locale`; unused fields keep their defaults. */
export function readForm(root: HTMLElement, spec: StateSpec, strings: Strings, locale: string): FormReading {
  const values: Record<string, number | string> = {};
  const problems = new Map<string, string>();
  for (const field of spec.fields) {
    if (field.kind !== 'choice') continue;
    const checked = root.querySelector<HTMLInputElement>(`input[type="radio"][name="${spec.id}.${field.name}"]:checked`);
    values[field.name] = checked && field.values.includes(checked.value) ? checked.value : field.defaultValue;
  }
  for (const field of spec.fields) {
    if (field.kind !== 'number') continue;
    const input = control(root, spec, field.name);
    if (!input || !fieldInUse(field, values)) {
      values[field.name] = field.defaultValue;
      continue;
    }
    const checked = checkField(field, input.value, locale);
    if (checked.ok) values[field.name] = checked.value;
    else {
      values[field.name] = field.defaultValue;
      problems.set(field.name, problemMessage(checked.problem, field, strings, locale));
    }
  }
  return { values, problems };
}

/** Shows each problem next to its field (aria-invalid + the message its aria-describedby points to); clears the rest. */
export function markProblems(root: HTMLElement, spec: StateSpec, problems: ReadonlyMap<string, string>): void {
  for (const field of spec.fields) {
    if (field.kind !== 'number') continue;
    const input = control(root, spec, field.name);
    const error = root.querySelector<HTMLElement>(`#${spec.id}-${field.name}-error`);
    const message = problems.get(field.name);
    if (input) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    if (error) error.textContent = message ?? '';
  }
}

/** Puts values into the form: radios checked, numbers written in the locale (unused ones from `display`). */
export function fillForm(root: HTMLElement, spec: StateSpec, values: FieldValues, display: Record<string, string>, locale: string, skip?: Element | null): void {
  const format = numberFormatter(locale);
  for (const field of spec.fields) {
    if (field.kind === 'choice') {
      for (const radio of root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${spec.id}.${field.name}"]`)) {
        radio.checked = radio.value === values[field.name];
      }
      continue;
    }
    const input = control(root, spec, field.name);
    if (!input || input === skip) continue;
    const inUse = fieldInUse(field, values);
    const value = Number(values[field.name]);
    const text = inUse ? (field.integer ? String(value) : format.decimal(value)) : (display[field.name] ?? format.decimal(value));
    if (input instanceof HTMLSelectElement) input.value = String(value);
    else input.value = text;
  }
}

/** Shows a notice (e.g. about refused URL parameters), or keeps it hidden when there is none. */
export function showNotice(element: HTMLElement, message: string): void {
  element.textContent = message;
  element.hidden = !message;
}

/**
 * Copies a link and says whether it worked: by default the page's address (with every tool's state); a
 * calculator passes its own link (only its values, and its #anchor).
 */
export async function copyLink(status: HTMLElement, strings: Strings, url: string = location.href): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = strings.calculators.copied;
  } catch {
    status.textContent = strings.calculators.copy_failed;
  }
}
