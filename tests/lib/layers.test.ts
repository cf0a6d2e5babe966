import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Strings } from '../../src/i18n/strings';
import type { CalculatorStrings } from '../../src/lib/calculators/calculator-strings';
import type { LabStrings } from '../../src/lib/lab/lab-strings';

// src/lib is the site's pure core: the same code renders at build time (Node) and in the browser, so it
// imports nothing from the layers above it (src/i18n, src/client, src/components, src/layouts,
// src/pages, src/site), nothing from Astro, no DOM-only module and no Node built-in (src/lib/ssr, the
// build-time renderer, alone may use linkedom and Node). Inside src/lib each folder imports only the
// folders below it; a new folder must be placed in LOWER before it can be imported from or import.

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

/** The src/lib folders each src/lib folder may import from (besides itself). */
const LOWER: Readonly<Record<string, readonly string[]>> = {
  stats: [],
  data: [],
  format: ['data'],
  sample: ['data'],
  analysis: ['data', 'stats'],
  // Chart input types live with their charts: a chart imports no view, figure or state.
  charts: ['format'],
  figures: ['analysis', 'charts', 'data', 'format', 'stats'],
  state: ['figures', 'format'],
  calculators: ['analysis', 'charts', 'data', 'figures', 'format', 'state', 'stats'],
  lab: ['analysis', 'charts', 'data', 'figures', 'format', 'sample', 'state', 'stats'],
  workshop: ['data', 'format'],
  ssr: [],
};

/** Folders of src above src/lib. */
const ABOVE = ['i18n', 'client', 'components', 'layouts', 'pages', 'site'];
/** Modules that need a real DOM (a document, events) to work. */
const DOM_ONLY = ['d3-selection', 'd3-transition', 'd3-zoom', 'd3-drag', 'd3-brush', 'linkedom'];
const NODE_BUILTINS = new Set(builtinModules);

/** Why importing `specifier` from `file` (a path relative to the repository) breaks the layering, or null. */
function layerProblem(file: string, specifier: string): string | null {
  const folder = file.split('/')[2]!;
  const buildOnly = folder === 'ssr';
  if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/')) return 'imports Astro';
  if (specifier.endsWith('.astro')) return 'imports an Astro component';
  const bare = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  if (DOM_ONLY.includes(bare) && !(buildOnly && bare === 'linkedom')) return `imports the DOM-only module ${bare}`;
  if ((specifier.startsWith('node:') || NODE_BUILTINS.has(bare)) && !buildOnly) return `imports the Node built-in ${specifier}`;
  if (!specifier.startsWith('.')) return null;
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).split('\\').join('/');
  const [top, area, into] = target.split('/');
  if (top !== 'src') return null; // data/*.json and the like
  if (area !== 'lib') return ABOVE.includes(area!) ? `imports src/${area}, a layer above src/lib` : `imports src/${area}, outside src/lib`;
  if (into === folder) return null;
  const lower = LOWER[folder];
  if (!lower) return `is in src/lib/${folder}, a folder without a place in the layers (add it to LOWER)`;
  return lower.includes(into!) ? null : `imports src/lib/${into}, which src/lib/${folder} may not (it may import ${lower.join(', ') || 'no other folder'})`;
}

/** Every .ts file under a directory, as paths relative to the repository. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** The module specifiers a file imports or re-exports from, type-only and dynamic imports included. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

describe('src/lib layering', () => {
  it('reads the imports of every src/lib file, across lines and type-only ones included', () => {
    const files = tsFiles(LIB);
    expect(files).toContain('src/lib/figures/figure-model.ts');
    expect(specifiers('src/lib/figures/figure-model.ts')).toContain('./figure-strings');
    expect(specifiers('src/lib/ssr/render-chart-svg.ts')).toContain('linkedom');
  });

  it('no src/lib file imports a layer above it, Astro, a DOM-only module or a folder above its own', () => {
    const problems = tsFiles(LIB).flatMap((file) =>
      specifiers(file).flatMap((specifier) => {
        const problem = layerProblem(file, specifier);
        return problem ? [`${file}: '${specifier}' ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('catches the imports the layering forbids', () => {
    expect(layerProblem('src/lib/figures/figure-model.ts', '../../i18n/strings')).toMatch(/src\/i18n/);
    expect(layerProblem('src/lib/figures/x.ts', '../../client/page-context')).toMatch(/src\/client/);
    expect(layerProblem('src/lib/figures/x.ts', '../../components/Figure.astro')).toMatch(/Astro component/);
    expect(layerProblem('src/lib/format/x.ts', 'astro:content')).toMatch(/Astro/);
    expect(layerProblem('src/lib/charts/x.ts', 'd3-selection')).toMatch(/DOM-only/);
    expect(layerProblem('src/lib/figures/x.ts', 'linkedom')).toMatch(/DOM-only/);
    expect(layerProblem('src/lib/data/x.ts', 'node:fs')).toMatch(/Node built-in/);
    expect(layerProblem('src/lib/charts/step-scale-chart.ts', '../calculators/calculator-view')).toMatch(/src\/lib\/calculators/);
    expect(layerProblem('src/lib/charts/lab-estimates-svg.ts', '../lab/lab-view')).toMatch(/src\/lib\/lab/);
    expect(layerProblem('src/lib/charts/x.ts', '../figures/figure-model')).toMatch(/src\/lib\/figures/);
    expect(layerProblem('src/lib/state/url-state.ts', '../calculators/parse-locale-number')).toMatch(/src\/lib\/calculators/);
    expect(layerProblem('src/lib/figures/x.ts', '../ssr/render-chart-svg')).toMatch(/src\/lib\/ssr/);
  });

  it('allows imports downwards, within a folder, of data files and of packages', () => {
    expect(layerProblem('src/lib/figures/x.ts', '../charts/palette')).toBeNull();
    expect(layerProblem('src/lib/charts/x.ts', './palette')).toBeNull();
    expect(layerProblem('src/lib/charts/x.ts', '../format/escape-html')).toBeNull();
    expect(layerProblem('src/lib/data/published.ts', '../../../data/published.json')).toBeNull();
    expect(layerProblem('src/lib/charts/x.ts', 'd3-array')).toBeNull();
    expect(layerProblem('src/lib/ssr/render-chart-svg.ts', 'linkedom')).toBeNull();
  });
});

describe('UI strings across the layers', () => {
  it('src/i18n gives every string src/lib reads (its shape is declared in src/lib; checked by tsc and astro check)', () => {
    // FigureStrings, CalculatorStrings and LabStrings name what src/lib reads; the site passes src/i18n's Strings.
    expectTypeOf<Strings>().toExtend<CalculatorStrings & LabStrings>();
  });
});
