import { desc, not, type ColumnTable } from 'arquero';

/**
 * An Arquero table expression in shorthand: the body of `(d, $) => …`, with `d` the row (columns as
 * `d.belief`), `$` the pipeline's params (`d[$.outcome]`) and `op` Arquero's functions and aggregates.
 */
export type Expression = string;

/** A sort key: a column name (ascending) or `{ desc: name }`. */
export type OrderKey = string | { readonly desc: string };

/**
 * One Arquero verb with its arguments as data. `id` names what the step does (e.g. 'keep_answered');
 * a UI maps it to a plain-language sentence per language, so one id means one thing in every pipeline.
 */
export type PipelineStep =
  | { readonly id: string; readonly verb: 'filter'; readonly test: Expression }
  | { readonly id: string; readonly verb: 'derive'; readonly values: Readonly<Record<string, Expression>> }
  | { readonly id: string; readonly verb: 'groupby'; readonly keys: readonly string[] }
  | { readonly id: string; readonly verb: 'rollup'; readonly values: Readonly<Record<string, Expression>> }
  | { readonly id: string; readonly verb: 'ungroup' }
  | { readonly id: string; readonly verb: 'orderby'; readonly keys: readonly OrderKey[] }
  /** Keeps `columns` in that order … */
  | { readonly id: string; readonly verb: 'select'; readonly columns: readonly string[]; readonly except?: never }
  /** … or every column but `except`, in their order. */
  | { readonly id: string; readonly verb: 'select'; readonly except: readonly string[]; readonly columns?: never }
  /**
   * A left join on unique keys that keeps every row once and in place: adds `values` from the named
   * table where `on` matches (Arquero's missing value, undefined, where nothing matches).
   */
  | { readonly id: string; readonly verb: 'lookup'; readonly table: string; readonly on: readonly string[]; readonly values: readonly string[] }
  /** A join with the named table on equal `on` columns; all columns of both, the keys once. */
  | { readonly id: string; readonly verb: 'join'; readonly table: string; readonly on: readonly string[]; readonly how: JoinHow };

/** Which rows a join keeps besides the matches: none (inner), the left's, the right's or both (full). */
export type JoinHow = 'inner' | 'left' | 'right' | 'full';

/** A named intermediate result: steps applied to the input (or to an earlier named table). */
export interface PipelineTable {
  /** How the table is called in the code and in `lookup`/`join` steps (a JavaScript identifier). */
  readonly name: string;
  /** The table it starts from: the pipeline's input (the default) or an earlier named table. */
  readonly from?: string;
  readonly steps: readonly PipelineStep[];
}

/** Work done in TypeScript on the pipeline's rows after the verbs (e.g. the Wilson interval), for display. */
export interface AfterStep {
  readonly id: string;
  /** What the analysis function does with the rows, in one line; printed as a `// then:` comment. */
  readonly note: string;
}

/**
 * An analysis as data: named intermediate tables, then the main chain of steps over the input. The same
 * object is run (runPipeline), printed (pipelineCode) and listed step by step (pipelineStepIds).
 */
export interface Pipeline {
  /** Stable id, e.g. 'job-rate-by-belief' (for UI strings). */
  readonly id: string;
  /** What the input table is called in the printed code, e.g. 'sample'. */
  readonly input: string;
  /** What the result is called in the printed code when another pipeline reads it; unnamed otherwise. */
  readonly output?: string;
  /** Names of the values the expressions read as `$.name`; runPipeline requires exactly these. */
  readonly params?: readonly string[];
  readonly tables?: readonly PipelineTable[];
  readonly steps: readonly PipelineStep[];
  readonly after?: readonly AfterStep[];
}

/** Values for a pipeline's params (strings, numbers, booleans or null; passed with Arquero's `params()`). */
export type PipelineParams = Readonly<Record<string, string | number | boolean | null>>;

function applyStep(table: ColumnTable, step: PipelineStep, tables: ReadonlyMap<string, ColumnTable>): ColumnTable {
  const named = (name: string): ColumnTable => {
    const found = tables.get(name);
    if (!found) throw new RangeError(`step ${step.id}: no table named "${name}" before it`);
    return found;
  };
  // Arquero reads [a, b] as "left key a, right key b"; equal keys on both sides are spelled out.
  const keys = (on: readonly string[]): string | [string[], string[]] => (on.length === 1 ? on[0]! : [[...on], [...on]]);
  switch (step.verb) {
    case 'filter':
      return table.filter(step.test);
    case 'derive':
      return table.derive({ ...step.values });
    case 'groupby':
      return table.groupby(...step.keys);
    case 'rollup':
      return table.rollup({ ...step.values });
    case 'ungroup':
      return table.ungroup();
    case 'orderby':
      return table.orderby(...step.keys.map((k) => (typeof k === 'string' ? k : desc(k.desc))));
    case 'select':
      return step.except ? table.select(not(...step.except)) : table.select(...step.columns);
    case 'lookup':
      return table.lookup(named(step.table), keys(step.on), [...step.values]);
    case 'join': {
      const other = named(step.table);
      const on = keys(step.on);
      if (step.how === 'left') return table.join_left(other, on);
      if (step.how === 'right') return table.join_right(other, on);
      if (step.how === 'full') return table.join_full(other, on);
      return table.join(other, on);
    }
  }
}

function checkParams(pipeline: Pipeline, params: PipelineParams): void {
  const wanted = new Set(pipeline.params ?? []);
  const given = Object.keys(params);
  const missing = [...wanted].filter((name) => !(name in params));
  const unknown = given.filter((name) => !wanted.has(name));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [missing.length > 0 && `missing ${missing.join(', ')}`, unknown.length > 0 && `unknown ${unknown.join(', ')}`];
    throw new RangeError(`pipeline ${pipeline.id} params: ${parts.filter(Boolean).join('; ')}`);
  }
}

/**
 * Runs a pipeline on a table with Arquero: params are set with `params()` (never closed over), then the
 * named tables are built in order and the main steps applied. The input table is not changed.
 */
export function runPipeline(table: ColumnTable, pipeline: Pipeline, params: PipelineParams = {}): ColumnTable {
  checkParams(pipeline, params);
  // create() is a view on the same columns: params() would otherwise set them on the caller's table.
  const input = table.create().params({ ...params }) as ColumnTable;
  try {
    const tables = new Map<string, ColumnTable>();
    for (const t of pipeline.tables ?? []) {
      let current = t.from === undefined ? input : tables.get(t.from);
      if (!current) throw new RangeError(`table ${t.name}: no table named "${t.from}" before it`);
      for (const step of t.steps) current = applyStep(current, step, tables);
      tables.set(t.name, current);
    }
    return pipeline.steps.reduce((current, step) => applyStep(current, step, tables), input);
  } catch (error) {
    // Arquero compiles every expression with Function(); a Content-Security-Policy without
    // 'unsafe-eval' turns that into an EvalError, which deserves a message that says so.
    if (error instanceof EvalError) {
      throw new EvalError(`pipeline ${pipeline.id}: Arquero compiles expressions with Function(), which this page's Content-Security-Policy forbids ('unsafe-eval')`, { cause: error });
    }
    throw error;
  }
}

/** Every step id in the order the steps run: named tables, main chain, then the TypeScript steps after. */
export function pipelineStepIds(pipeline: Pipeline): string[] {
  return [
    ...(pipeline.tables ?? []).flatMap((t) => t.steps.map((s) => s.id)),
    ...pipeline.steps.map((s) => s.id),
    ...(pipeline.after ?? []).map((s) => s.id),
  ];
}

// ---------------------------------------------------------------------------------------------
// Printing: valid Arquero JavaScript (with `aq` and `op` in scope), indented as one would write it.

const LINE = 100;

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

/**
 * A shorthand expression as a function: `(d, $) => …` when it reads params, `d => …` when it reads
 * rows; an expression that reads neither (`op.count()`) stays as it is unless `always` is set.
 */
function lambda(expression: Expression, always = false): string {
  if (/\$\s*[.[]/.test(expression)) return `(d, $) => ${expression}`;
  if (always || /\bd\s*[.[]/.test(expression)) return `d => ${expression}`;
  return expression;
}

function value(v: PipelineParams[string]): string {
  return typeof v === 'string' ? quote(v) : String(v);
}

/** `{ a: x, b: y }` (entries already written) on one line when it fits after `prefix`, else one per line. */
function objectLiteral(parts: readonly string[], indent: string, prefix: string): string {
  const flat = `{ ${parts.join(', ')} }`;
  if (indent.length + prefix.length + flat.length + 2 <= LINE) return flat;
  return `{\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}}`;
}

function keysCode(on: readonly string[]): string {
  const list = `[${on.map(quote).join(', ')}]`;
  return on.length === 1 ? quote(on[0]!) : `[${list}, ${list}]`;
}

/** `.verb(a, b)` on one line when it fits, else one argument per line. */
function call(verb: string, args: readonly string[], indent: string): string {
  const flat = `.${verb}(${args.join(', ')})`;
  if (indent.length + flat.length <= LINE || args.length < 2) return flat;
  return `.${verb}(\n${args.map((a) => `${indent}  ${a},`).join('\n')}\n${indent})`;
}

/** Quoted names, filled into lines that fit (for long column lists). */
function columnList(list: readonly string[], indent: string, prefix: string): string {
  const flat = list.map(quote).join(', ');
  if (indent.length + prefix.length + flat.length + 2 <= LINE) return flat;
  const lines: string[] = [];
  let line = '';
  for (const q of list.map(quote)) {
    if (line && indent.length + 2 + line.length + q.length + 1 > LINE) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += `${q}, `;
  }
  lines.push(line.trimEnd());
  return `\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}`;
}

function stepCode(step: PipelineStep, indent: string): string {
  const object = (verb: string, values: Readonly<Record<string, Expression>>) =>
    call(verb, [objectLiteral(Object.entries(values).map(([k, v]) => `${key(k)}: ${lambda(v)}`), indent, `.${verb}(`)], indent);
  switch (step.verb) {
    case 'filter':
      return call('filter', [lambda(step.test, true)], indent);
    case 'derive':
    case 'rollup':
      return object(step.verb, step.values);
    case 'groupby':
      return call('groupby', step.keys.map(quote), indent);
    case 'ungroup':
      return call('ungroup', [], indent);
    case 'orderby':
      return call('orderby', step.keys.map((k) => (typeof k === 'string' ? quote(k) : `aq.desc(${quote(k.desc)})`)), indent);
    case 'select':
      if (step.except) return `.select(aq.not(${columnList(step.except, indent, '.select(aq.not(')}))`;
      return call('select', step.columns.map(quote), indent);
    case 'lookup':
      return call('lookup', [step.table, keysCode(step.on), `[${step.values.map(quote).join(', ')}]`], indent);
    case 'join':
      return call(step.how === 'inner' ? 'join' : `join_${step.how}`, [step.table, keysCode(step.on)], indent);
  }
}

function chainCode(start: string, steps: readonly PipelineStep[], paramsLine: string | null): string {
  const lines = [start];
  if (paramsLine) lines.push(`  ${paramsLine}`);
  for (const step of steps) lines.push(`  ${stepCode(step, '  ')}`);
  return lines.join('\n');
}

/**
 * The pipeline as readable Arquero code: one `const` per named table, then the main chain, then the
 * TypeScript steps after it as comments. With `params`, their values are shown in `.params({ … })`.
 */
export function pipelineCode(pipeline: Pipeline, params?: PipelineParams): string {
  const paramNames = pipeline.params ?? [];
  // Without values each param shows as a shorthand property: `.params({ outcome })`.
  const entries = paramNames.map((n) => (params && n in params ? `${key(n)}: ${value(params[n]!)}` : n));
  const paramsLine = paramNames.length === 0 ? null : `.params(${objectLiteral(entries, '  ', '.params(')})`;
  const blocks: string[] = [];
  for (const t of pipeline.tables ?? []) {
    const from = t.from ?? pipeline.input;
    blocks.push(`const ${t.name} = ${chainCode(from, t.steps, from === pipeline.input ? paramsLine : null)};`);
  }
  const start = pipeline.output ? `const ${pipeline.output} = ${pipeline.input}` : pipeline.input;
  blocks.push(`${chainCode(start, pipeline.steps, paramsLine)};`);
  for (const a of pipeline.after ?? []) blocks.push(`// then: ${a.note}`);
  return blocks.join('\n');
}
