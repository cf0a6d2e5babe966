import published from '../../../data/published.json';
import { PALETTE } from '../charts/palette';
import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import { controlInUse, type FigureContext, type FigureControl, type FigureModel, type FigureView } from './figure-model';

/** What an export says about where it comes from, besides the figure itself. */
export interface FigureExportInfo {
  /** The absolute address of the view: page, the figure's query and its #anchor. */
  url: string;
  /** The site's version ("0.1.0+abc1234"). */
  version: string;
  /** The day the site was built (YYYY-MM-DD). */
  built: string;
  /** The day of the export: the access date of a citation (YYYY-MM-DD). */
  accessed: string;
}

/**
 * The view a figure really shows for a chosen one: a choice the view does not use is shown at its default
 * (`?job-orientation.groups=5` alone shows the report's 3 groups; Tabell 1's comparison, both outcomes).
 */
export function shownFigureView(controls: readonly FigureControl[], view: FigureView): FigureView {
  return Object.fromEntries(controls.map((c) => [c.name, controlInUse(c, view) ? (view[c.name] ?? c.defaultValue) : c.defaultValue]));
}

/**
 * The name (without extension) of a view's downloads: the figure's id, then each choice of the shown view
 * that differs from the default ("job-orientation-sample-5"), so files of different views don't collide
 * and a name never claims a choice the file does not show.
 */
export function figureFileName(id: string, controls: readonly FigureControl[], view: FigureView): string {
  const shown = shownFigureView(controls, view);
  return [id, ...controls.filter((c) => shown[c.name] !== c.defaultValue).map((c) => shown[c.name])].join('-');
}

/** The licence of the text and the synthetic data (LICENSE-CONTENT.md). */
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** A date as the YYYY-MM-DD the exports and citations write (UTC, so a build is the same everywhere). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The unit of a CSV column, from its key's naming rule (`_percent`, `_pp`, `n`); null for text and codes. */
export function columnUnit(key: string): 'percent' | 'percentage_points' | 'count' | null {
  if (key.includes('percent')) return 'percent';
  if (/_pp(_|$)/.test(key)) return 'percentage_points';
  if (key === 'n') return 'count';
  return null;
}

/** The metadata file beside a view's CSV: what the numbers are, where they come from, their licence and columns. */
export function figureExportMetadata(id: string, model: FigureModel, info: FigureExportInfo, context: FigureContext): Record<string, unknown> {
  const t = context.strings.figure;
  return {
    id,
    title: model.caption,
    takeaway: model.takeaway,
    kind: model.kind,
    kind_label: context.strings.kinds[model.kind],
    source: model.sourceLine,
    note: model.note || undefined,
    url: info.url,
    site: 'BIP Explorer',
    version: info.version,
    built: info.built,
    accessed: info.accessed,
    language: context.locale,
    licence: { ...CONTENT_LICENCE, text: t.licence },
    units: t.units_note,
    source_report: published.source,
    rows: model.data.records.length,
    columns: model.data.keys.map((key) => ({ name: key, description: t.columns[key] ?? '', unit: columnUnit(key) })),
  };
}

/** Splits text into lines of at most `width` characters at spaces; a longer word (an address) is cut into pieces. */
export function wrapText(text: string, width: number): string[] {
  // Break at ordinary spaces only: a no-break space keeps "6 %" and "1,3 p.e." on one line.
  const lines: string[] = [];
  let line = '';
  const words = text.split(/[ \t\n\r]+/).filter(Boolean).flatMap((word) => word.match(new RegExp(`.{1,${Math.max(1, width)}}`, 'g')) ?? []);
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's size from its root viewBox. */
function chartSize(chartSvg: string): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chartSvg);
  if (!match) throw new Error('chart SVG has no viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}

const PAD = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
// Average advance of a character in a system sans-serif, in em (regular, bold): wrapping is estimated
// (no DOM in src/lib), so this errs wide for DejaVu Sans, the widest common fallback (Debian's Chromium).
const CHAR_EM = 0.58;
const BOLD_EM = 0.66;

/**
 * A self-describing chart: the kind badge, title and takeaway above the chart, a "synthetic sample"
 * mark inside the plot when the view is the sample (so a crop to the plot still says so), and the
 * source line, the view's address, the site version, the dates and the licence below. The same SVG
 * is the SVG download and, drawn to a canvas, the PNG; the chart itself is nested unchanged.
 */
export function figureExportSvg(model: FigureModel, chartSvg: string, info: FigureExportInfo, context: FigureContext): string {
  const t = context.strings.figure;
  const chart = chartSize(chartSvg);
  const width = Math.round(chart.width + 2 * PAD);
  const textWidth = width - 2 * PAD;
  const fits = (size: number, bold = false) => Math.floor(textWidth / (size * (bold ? BOLD_EM : CHAR_EM)));
  const colour = PALETTE[model.kind] ?? PALETTE.ink;
  const out: string[] = [];
  let y = PAD;

  // Kind badge.
  const badge = context.strings.kinds[model.kind];
  const badgeWidth = Math.round(badge.length * 12 * 0.62 + 16);
  out.push(`<rect x="${PAD}" y="${y}" width="${badgeWidth}" height="22" rx="4" fill="${colour}"/>`);
  out.push(`<text x="${PAD + 8}" y="${y + 15.5}" font-size="12" font-weight="700" fill="#fff">${escapeHtml(badge)}</text>`);
  y += 22 + 14;
  const lines = (text: string, size: number, attributes: string, gap = 1.3) => {
    for (const line of wrapText(text, fits(size, attributes.includes('font-weight')))) {
      y += size;
      out.push(`<text x="${PAD}" y="${y}" font-size="${size}" ${attributes}>${escapeHtml(line)}</text>`);
      y += size * (gap - 1);
    }
  };
  lines(model.caption, 20, `font-weight="700" fill="${PALETTE.ink}"`, 1.25);
  y += 6;
  lines(model.takeaway, 15, 'fill="#333"');
  y += 12;

  const chartY = y;
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
  out.push(`<g transform="translate(${PAD} ${chartY})">${inner}</g>`);
  if (model.kind === 'sample') {
    // Inside the plot area, over the marks but translucent, so the numbers stay readable.
    const size = Math.min(28, Math.floor((chart.width - 16) / (t.export_sample_mark.length * 0.72)));
    const x = PAD + chart.width / 2;
    const markY = chartY + chart.height * 0.42;
    out.push(
      `<text x="${x}" y="${markY}" text-anchor="middle" font-size="${size}" font-weight="800" fill="${PALETTE.sample}" fill-opacity="0.3" stroke="#fff" stroke-opacity="0.6" stroke-width="3" paint-order="stroke" data-role="sample-mark">${escapeHtml(t.export_sample_mark)}</text>`,
    );
  }
  y = chartY + chart.height + 14;
  out.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="#d0d7de"/>`);
  y += 6;
  lines(`${t.source_prefix} ${model.sourceLine}`, 12, 'fill="#333"', 1.4);
  lines(fillTemplate(t.export_view, { url: info.url }), 12, 'fill="#333"', 1.4);
  lines(fillTemplate(t.export_site, { ...info }), 12, 'fill="#555"', 1.4);
  const height = Math.round(y + PAD - 6);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(FONT)}" role="img" aria-label="${escapeHtml(`${model.caption}. ${model.alt}`)}">`,
    `<title>${escapeHtml(model.caption)}</title>`,
    `<desc>${escapeHtml([model.takeaway, model.sourceLine, info.url].join(' '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...out,
    `</svg>`,
  ].join('\n');
}
