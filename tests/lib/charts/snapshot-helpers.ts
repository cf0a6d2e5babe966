import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FigureControl, FigureView } from '../../../src/lib/figures/figure-model';

/** A view of a figure with a file-name-safe name ("published", "sample-job_or_edu_52w"). */
export interface NamedView {
  name: string;
  view: FigureView;
}

/**
 * Every view a figure offers the reader: every combination of its control values, except that in the
 * published view the sample-only controls stay at their default (the page disables them there), as does
 * a control whose `onlyWhen` another control's value does not meet. The name lists the values in control
 * order, leaving out the fixed ones.
 */
export function figureViews(controls: readonly FigureControl[]): NamedView[] {
  let views: Array<{ parts: string[]; view: Record<string, string> }> = [{ parts: [], view: {} }];
  for (const control of controls) {
    views = views.flatMap(({ parts, view }) => {
      const published = 'source' in view && view.source !== 'sample';
      const unmet = control.onlyWhen && view[control.onlyWhen.control] !== control.onlyWhen.value;
      if ((control.sampleOnly && published) || unmet) return [{ parts, view: { ...view, [control.name]: control.defaultValue } }];
      return control.values.map((value) => ({ parts: [...parts, value], view: { ...view, [control.name]: value } }));
    });
  }
  return views.map(({ parts, view }) => ({ name: parts.join('-') || 'default', view }));
}

// A number as written in SVG attributes, path data and text. Hex colours are matched first and kept
// (#4e79a7 is not 4e79); a number never starts inside another one, but a minus right after one is its
// sign ("M1.5-2.25"). Integers stay as they are, so counters in ids (plot-clip-3) are left to renumberIds.
const NUMBER = /#[0-9a-f]{3,8}(?![0-9a-z])|(?:(?<![\d.])|(?=-))-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?/gi;

/** Rounds every decimal number in a piece of attribute value or text to 2 decimals; integers stay. */
function roundNumbers(text: string): string {
  return text.replace(NUMBER, (match) => {
    if (match.startsWith('#') || !/[.e]/i.test(match)) return match;
    const rounded = Math.round(Number(match) * 100) / 100;
    return String(rounded === 0 ? 0 : rounded);
  });
}

/** The id attributes that are generated (end in a counter: plot-clip-12, gradient-3), in order of appearance. */
function renumberIds(svg: string): string {
  const map = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [, id] of svg.matchAll(/\sid="([^"]*)"/g)) {
    const generated = /^(.*?)(\d+)$/.exec(id!);
    if (!generated || map.has(id!)) continue;
    const prefix = generated[1]!;
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    map.set(id!, `${prefix}${n}`);
  }
  if (map.size === 0) return svg;
  const rename = (id: string) => map.get(id) ?? id;
  return svg
    .replace(/(\sid=")([^"]*)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
    .replace(/url\(#([^)]*)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/(\s(?:xlink:)?href=")#([^"]*)"/g, (_, head: string, id: string) => `${head}#${rename(id)}"`)
    .replace(/(\saria-(?:labelledby|describedby)=")([^"]*)"/g, (_, head: string, ids: string) => `${head}${ids.split(/\s+/).map(rename).join(' ')}"`);
}

/**
 * Makes a rendered SVG stable and reviewable: numbers rounded to 2 decimals (in attribute values and
 * text only, never in tag or attribute names), generated ids renumbered in order of appearance with
 * their references, and one tag per line. Inside <text> nothing is broken, so the file still renders
 * its labels exactly as the page does.
 */
export function normaliseSvg(svg: string): string {
  const tokens = svg.match(/<[^>]*>|[^<]+/g) ?? [];
  let textDepth = 0;
  let out = '';
  let previous = '';
  for (const token of tokens) {
    const isTag = token.startsWith('<');
    const piece = isTag ? token.replace(/="([^"]*)"/g, (_, value: string) => `="${roundNumbers(value)}"`) : roundNumbers(token);
    if (isTag && previous.startsWith('<') && textDepth === 0) out += '\n';
    out += piece;
    if (isTag && /^<text[\s>]/.test(token) && !token.endsWith('/>')) textDepth++;
    if (isTag && token.startsWith('</text')) textDepth--;
    previous = token;
  }
  return `${renumberIds(out)}\n`;
}

/** What comparing a rendering with its snapshot found. */
export type SnapshotResult =
  | { status: 'created'; file: string }
  | { status: 'matched'; file: string; removedChanged: boolean }
  | { status: 'changed'; file: string; changedFile: string };

/** The review file written next to a snapshot that no longer matches: name.svg → name-changed.svg. */
export function changedPath(file: string): string {
  return file.replace(/\.svg$/, '-changed.svg');
}

/**
 * Compares an already normalised SVG with the snapshot file, as Observable Plot's test suite does: a
 * missing snapshot is written (except on CI, where it is an error: a snapshot must be committed); a
 * different one leaves `<name>-changed.svg` beside it for review; a match removes a stale changed file.
 */
export function compareSnapshot(actual: string, file: string, env: { ci: boolean } = { ci: process.env.CI === 'true' }): SnapshotResult {
  const changed = changedPath(file);
  if (!existsSync(file)) {
    if (env.ci) throw new Error(`missing snapshot ${file} (run the tests locally to create it, then commit it)`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual, 'utf8');
    return { status: 'created', file };
  }
  if (readFileSync(file, 'utf8') === actual) {
    const removedChanged = existsSync(changed);
    if (removedChanged) unlinkSync(changed);
    return { status: 'matched', file, removedChanged };
  }
  writeFileSync(changed, actual, 'utf8');
  return { status: 'changed', file, changedFile: changed };
}
