import { parseLocaleNumber } from '../format/parse-locale-number';

/** A number a tool reads from its form and the URL, with its allowed range. */
export interface NumberField {
  name: string;
  kind: 'number';
  min: number;
  max: number;
  /** Whole numbers only (persons, steps, seeds). */
  integer?: boolean;
  defaultValue: number;
  /** Used only while a choice field has this value (e.g. a typed baseline); otherwise it stays at its default. */
  when?: { field: string; value: string };
}

/** A choice among named values (an outcome, a preset). */
export interface ChoiceField {
  name: string;
  kind: 'choice';
  values: readonly string[];
  defaultValue: string;
}

export type ToolField = NumberField | ChoiceField;

/** A tool's values by field name: numbers for number fields, strings for choices. */
export type ToolValues = Readonly<Record<string, number | string>>;

/** A calculator or the lab as URL state sees it: a URL prefix, its fields and any rule across fields. */
export interface ToolSpec {
  /** Prefix of its URL parameters: `<id>.<field>`. */
  id: string;
  fields: readonly ToolField[];
  /** Names of fields whose values break a rule across fields (e.g. start + steps ≤ 5); those fall back. */
  crossCheck?: (values: ToolValues) => string[];
}

/** Why a field's value was refused. */
export type FieldProblem = 'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large' | 'not-a-choice';

/** Checks one value against its field: the parsed value, or the problem. Numbers are read as typed in `locale`. */
export function checkField(field: ToolField, text: string, locale: string): { ok: true; value: number | string } | { ok: false; problem: FieldProblem } {
  if (field.kind === 'choice') return field.values.includes(text) ? { ok: true, value: text } : { ok: false, problem: 'not-a-choice' };
  const parsed = parseLocaleNumber(text, locale);
  if (!parsed.ok) return parsed;
  if (field.integer && !Number.isInteger(parsed.value)) return { ok: false, problem: 'not-whole' };
  if (parsed.value < field.min) return { ok: false, problem: 'too-small' };
  if (parsed.value > field.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value: parsed.value };
}

/** The values a tool starts with. */
export function toolDefaults(spec: ToolSpec): Record<string, number | string> {
  return Object.fromEntries(spec.fields.map((f) => [f.name, f.defaultValue]));
}

/** What a URL holds for a tool: valid values (defaults elsewhere) and the parameters that were refused. */
export interface ToolState {
  values: ToolValues;
  /** Full parameter names (`<id>.<field>`) that were present but malformed, out of range or inconsistent. */
  invalid: string[];
}

/**
 * Reads a tool's values from URL parameters `<id>.<field>`. A missing parameter means the default; a
 * malformed or out-of-range one (numbers with "." or ",") falls back to the default and is reported,
 * as are fields that break the spec's cross-field rule.
 */
export function readToolState(params: URLSearchParams, spec: ToolSpec): ToolState {
  const values: Record<string, number | string> = toolDefaults(spec);
  const invalid: string[] = [];
  for (const field of spec.fields) {
    const raw = params.get(`${spec.id}.${field.name}`);
    if (raw === null) continue;
    const checked = checkField(field, raw, 'en-US');
    if (checked.ok) values[field.name] = checked.value;
    else invalid.push(`${spec.id}.${field.name}`);
  }
  // A value for a field the choices leave unused (e.g. a typed baseline while the published one is
  // chosen) is kept: it is what the reader typed, and becomes active if they switch.
  for (const name of spec.crossCheck?.(values) ?? []) {
    const field = spec.fields.find((f) => f.name === name);
    if (!field) continue;
    values[name] = field.defaultValue;
    if (!invalid.includes(`${spec.id}.${name}`)) invalid.push(`${spec.id}.${name}`);
  }
  return { values, invalid };
}

/** Writes a tool's values to URL parameters (canonical "." decimals), leaving defaults out so links stay short. */
export function writeToolState(params: URLSearchParams, spec: ToolSpec, values: ToolValues): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of spec.fields) {
    const key = `${spec.id}.${field.name}`;
    const value = values[field.name];
    if (value === undefined || value === field.defaultValue) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
