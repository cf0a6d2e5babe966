import { fillTemplate } from '../format/fill-template';
import { parseLocaleNumber } from '../format/parse-locale-number';

// The one state model of the site: a figure's controls, a calculator's inputs and the lab's truths are
// fields of a spec, kept in the URL as `<spec id>.<field name>=<value>`. A figure's control is a choice
// field (src/lib/state/figure-view-state.ts maps a FigureControl 1:1 to one).

/** A field's rule for when it is in use: only while another (choice) field has this value. */
export interface FieldCondition {
  field: string;
  value: string;
}

/** What every field has: its URL name and when it is in use. */
interface FieldBase {
  name: string;
  /** Used only while a choice field has this value (e.g. a typed baseline); otherwise its default is what counts. */
  when?: FieldCondition;
  /** Applies to the sample only: the same as `when: { field: 'source', value: 'sample' }` (a figure's outcome, groups). */
  sampleOnly?: boolean;
}

/** A number read from a form and the URL, with its allowed range. */
export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  /** Whole numbers only (persons, steps, seeds). */
  integer?: boolean;
  /** How many decimals the field accepts and keeps (default 3); more is refused rather than rounded away. */
  decimals?: number;
  defaultValue: number;
}

/** A choice among named values (a figure's source or outcome, a calculator's preset). */
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  values: readonly string[];
  defaultValue: string;
}

/** A field of URL state. */
export type Field = NumberField | ChoiceField;

/** Values by field name: numbers for number fields, strings for choices. */
export type FieldValues = Readonly<Record<string, number | string>>;

/** A figure, a calculator or the lab as URL state sees it: a URL prefix, its fields and any rule across fields. */
export interface StateSpec {
  /** Prefix of its URL parameters: `<id>.<field>`. */
  id: string;
  fields: readonly Field[];
  /** Names of fields whose values break a rule across fields (e.g. start + steps ≤ 5); those fall back. */
  crossCheck?: (values: FieldValues) => string[];
}

/** Why a field's value was refused. */
export type FieldProblem = 'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large' | 'not-a-choice' | 'percent-not-allowed' | 'too-precise';

/** How many decimals a number field keeps (and accepts): none for whole numbers, else `decimals` or 3. */
export function fieldDecimals(field: NumberField): number {
  return field.integer ? 0 : (field.decimals ?? 3);
}

/** Checks one value against its field: the parsed value, or the problem. Numbers are read as typed in `locale`. */
export function checkField(field: Field, text: string, locale: string): { ok: true; value: number | string } | { ok: false; problem: FieldProblem } {
  if (field.kind === 'choice') return field.values.includes(text) ? { ok: true, value: text } : { ok: false, problem: 'not-a-choice' };
  // A count reads "1.000" and "1,000" as a thousand and refuses "%"; a rate keeps only the precision it shows.
  const parsed = parseLocaleNumber(text, locale, { whole: field.integer });
  if (!parsed.ok) return parsed;
  if (field.integer && !Number.isInteger(parsed.value)) return { ok: false, problem: 'not-whole' };
  if (!field.integer && parsed.decimals > fieldDecimals(field)) return { ok: false, problem: 'too-precise' };
  if (parsed.value < field.min) return { ok: false, problem: 'too-small' };
  if (parsed.value > field.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value: parsed.value };
}

/** The values a spec starts with: every field at its default. */
export function stateDefaults(spec: Pick<StateSpec, 'fields'>): Record<string, number | string> {
  return Object.fromEntries(spec.fields.map((f) => [f.name, f.defaultValue]));
}

const SAMPLE_ONLY: FieldCondition = { field: 'source', value: 'sample' };

/** Whether a field is in use given the other values (`when`, `sampleOnly`); a field not in use counts at its default. */
export function fieldInUse(field: Field, values: FieldValues): boolean {
  const condition = field.when ?? (field.sampleOnly ? SAMPLE_ONLY : undefined);
  return !condition || values[condition.field] === condition.value;
}

/** Whether any field differs from its default (a shared link, rather than the page as built). */
export function differsFromDefaults(spec: Pick<StateSpec, 'fields'>, values: FieldValues): boolean {
  return spec.fields.some((f) => values[f.name] !== f.defaultValue);
}

/** What a URL holds for a spec: valid values (defaults elsewhere) and the parameters that were refused. */
export interface UrlState {
  values: FieldValues;
  /** Full parameter names (`<id>.<field>`) that were present but malformed, out of range, unknown or inconsistent. */
  invalid: string[];
}

/**
 * Reads a spec's values from URL parameters `<id>.<field>`. A missing parameter means the default; a
 * malformed, out-of-range or unknown one (numbers with "." or ",") falls back to the default and is
 * reported, as are fields that break the spec's cross-field rule. The rest of the view is kept.
 */
export function readState(params: URLSearchParams, spec: StateSpec): UrlState {
  const values = stateDefaults(spec);
  const invalid: string[] = [];
  for (const field of spec.fields) {
    const raw = params.get(`${spec.id}.${field.name}`);
    if (raw === null) continue;
    const checked = checkField(field, raw, 'en-US');
    if (checked.ok) values[field.name] = checked.value;
    else invalid.push(`${spec.id}.${field.name}`);
  }
  // A parameter with this spec's prefix that names no field (a typo, wrong case: "JOB-RATE-BY-BELIEF.source")
  // is reported too, so a hand-edited link never fails silently.
  for (const key of unknownKeys(params, spec)) if (!invalid.includes(key)) invalid.push(key);
  // A value for a field not in use (a typed baseline while the published one is chosen, a sample-only
  // outcome in the published view) is kept: it is what the reader chose, and counts again if they switch.
  for (const name of spec.crossCheck?.(values) ?? []) {
    const field = spec.fields.find((f) => f.name === name);
    if (!field) continue;
    values[name] = field.defaultValue;
    if (!invalid.includes(`${spec.id}.${name}`)) invalid.push(`${spec.id}.${name}`);
  }
  return { values, invalid };
}

/** Parameters that carry the spec's prefix (in any letter case) but name none of its fields. */
export function unknownKeys(params: URLSearchParams, spec: Pick<StateSpec, 'id' | 'fields'>): string[] {
  const prefix = `${spec.id}.`.toLowerCase();
  const known = new Set(spec.fields.map((f) => `${spec.id}.${f.name}`));
  return [...new Set([...params.keys()].filter((key) => key.toLowerCase().startsWith(prefix) && !known.has(key)))];
}

/**
 * Writes a spec's values to URL parameters (canonical "." decimals), leaving defaults out so links stay
 * short, and dropping parameters with its prefix that name no field, so the address describes what is shown.
 */
export function writeState(params: URLSearchParams, spec: StateSpec, values: FieldValues): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of unknownKeys(params, spec)) next.delete(key);
  for (const field of spec.fields) {
    const key = `${spec.id}.${field.name}`;
    const value = values[field.name];
    if (value === undefined || value === field.defaultValue) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The address of the current page with a spec's values written in (for history.replaceState); other parameters and the hash stay. */
export function stateHref(location: { pathname: string; search: string; hash: string }, spec: StateSpec, values: FieldValues): string {
  const query = writeState(new URLSearchParams(location.search), spec, values).toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** The visible notice for refused parameters (`template` has `{names}`), or '' when every value was valid. */
export function invalidStateNotice(invalid: readonly string[], template: string): string {
  return invalid.length > 0 ? fillTemplate(template, { names: invalid.join(', ') }) : '';
}
