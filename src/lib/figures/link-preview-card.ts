import { PALETTE } from '../charts/palette';
import { escapeHtml } from '../format/escape-html';
import type { FigureModel } from './figure-model';

/** The Open Graph image size (Facebook, LinkedIn, Teams and Slack crop other sizes). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The chart a figure card shows: a published view's model and its chart rendered to SVG. */
export interface PreviewFigure {
  model: FigureModel;
  /** The chart as renderChartSvg gives it (root <svg> with a viewBox). */
  chartSvg: string;
  /** The kind's name in the page's language ("publicerad"). */
  kindLabel: string;
}

/** What a link preview card says: the page, where it is, and (for pages with report figures) the figure. */
export interface PreviewCard {
  /** The page's language (BCP 47), for the SVG's xml:lang. */
  lang: string;
  /** The page's title: the chapter, the figure's caption, the tool. */
  title: string;
  /** One or two sentences under the title: the page's description, or the figure's caption or takeaway. */
  description: string;
  siteName: string;
  /** The page's address as the card prints it (no scheme: "example.org/sv/effekten/"). */
  address: string;
  /** A line above a text card's title: what the site is. */
  tagline?: string;
  figure?: PreviewFigure;
}

// A generic family list: Arial's metrics where the machine has them (Liberation Sans and Nimbus Sans are
// Arial-compatible), then DejaVu Sans (the Linux fallback) and whatever sans-serif fontconfig resolves.
// No web font: the card is rendered by librsvg at build time from the fonts the build machine has.
const FONT = "Arial, Helvetica, 'Liberation Sans', 'Nimbus Sans', 'DejaVu Sans', 'Noto Sans', sans-serif";

// Estimated advance of a character in em. Wrapping is estimated (librsvg measures only when it draws), so
// the table errs wide: it is close to DejaVu Sans, the widest of the fonts above, and Arial runs ~10 % narrower.
const NARROW = new Set([...'iljfrtI.,:;!|\'’()[]']);
const WIDE = new Set([...'mwMWÆæŒœ%']);
function charEm(c: string, bold: boolean): number {
  let em: number;
  if (c === ' ') em = 0.32;
  else if (NARROW.has(c)) em = 0.36;
  else if (WIDE.has(c)) em = 0.94;
  else if (/\d/.test(c)) em = 0.64;
  else if (c !== c.toLowerCase()) em = 0.72;
  else em = 0.62;
  return bold ? em * 1.1 : em;
}

/** The estimated width of `text` at `size` px (bold or regular), for wrapping. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c, bold);
  return em * size;
}

/**
 * Wraps text into at most `maxLines` lines no wider than `width` px; when it does not fit, the last line
 * ends in "…" at a word boundary (a word longer than a line is cut).
 */
export function wrapToWidth(text: string, width: number, size: number, bold: boolean, maxLines: number): { lines: string[]; cut: boolean; split: boolean } {
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  // Break at ordinary spaces only: the no-break spaces Intl writes ("22 %", "1 000") keep their number whole.
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let split = false;
  let i = 0;
  for (; i < words.length; i++) {
    let word = words[i]!;
    while (!fits(word)) {
      split = true;
      // A word wider than the line (an address): cut it where it still fits.
      let n = word.length - 1;
      while (n > 1 && !fits(word.slice(0, n))) n--;
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, n));
      word = word.slice(n);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    if (lines.length >= maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const cut = lines.length > maxLines || i < words.length;
  const kept = lines.slice(0, maxLines);
  if (cut) {
    let last = kept[kept.length - 1] ?? '';
    while (last && !fits(`${last} …`)) last = last.split(' ').slice(0, -1).join(' ');
    kept[kept.length - 1] = `${last.replace(/[\s,;:.–-]+$/, '')} …`;
  }
  return { lines: kept, cut, split };
}

/** The largest size of `sizes` at which the text fits in `maxLines` lines with no word split, and its lines (the smallest size, cut, if none fits). */
function fitText(text: string, width: number, sizes: readonly number[], bold: boolean, maxLines: number): { size: number; lines: string[] } {
  for (const size of sizes) {
    const wrapped = wrapToWidth(text, width, size, bold, maxLines);
    if (!wrapped.cut && !wrapped.split) return { size, lines: wrapped.lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: wrapToWidth(text, width, size, bold, maxLines).lines };
}

/** SVG <text> lines from a baseline `y`; returns the elements and the y below the last line. */
function textLines(lines: readonly string[], x: number, y: number, size: number, leading: number, attributes: string): { svg: string[]; bottom: number } {
  const svg = lines.map((line, i) => `<text x="${x}" y="${Math.round(y + size + i * size * leading)}" font-size="${size}" ${attributes}>${escapeHtml(line)}</text>`);
  return { svg, bottom: Math.round(y + size + (lines.length - 1) * size * leading + size * (leading - 1)) };
}

/** The chart's size from its root viewBox. */
function chartSize(chartSvg: string): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chartSvg);
  if (!match) throw new Error('chart SVG has no viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}

const W = PREVIEW_SIZE.width;
const H = PREVIEW_SIZE.height;
const PAD = 56;
const FOOTER = 72;

/** The band along the bottom: the site's name and the page's address. */
function footer(card: PreviewCard): string[] {
  const y = H - FOOTER;
  const nameSize = 24;
  const nameWidth = textWidth(card.siteName, nameSize, true);
  const addressSize = 22;
  const address = wrapToWidth(card.address, W - 2 * PAD - nameWidth - 40, addressSize, false, 1).lines[0] ?? '';
  return [
    `<rect x="0" y="${y}" width="${W}" height="${FOOTER}" fill="#f3f5f7"/>`,
    `<line x1="0" x2="${W}" y1="${y}" y2="${y}" stroke="#d0d7de" stroke-width="2"/>`,
    `<text x="${PAD}" y="${y + 45}" font-size="${nameSize}" font-weight="700" fill="${PALETTE.published}">${escapeHtml(card.siteName)}</text>`,
    `<text x="${W - PAD}" y="${y + 45}" font-size="${addressSize}" fill="#444" text-anchor="end" data-role="address">${escapeHtml(address)}</text>`,
  ];
}

/** A card with the page's title and description (pages without report figures). */
function textCard(card: PreviewCard): string[] {
  const out: string[] = [`<rect width="${W}" height="12" fill="${PALETTE.published}"/>`];
  const width = W - 2 * PAD;
  let y = 60;
  if (card.tagline) {
    const tagline = textLines(wrapToWidth(card.tagline, width, 24, false, 1).lines, PAD, y, 24, 1.2, `fill="${PALETTE.published}" data-role="tagline"`);
    out.push(...tagline.svg);
    y = tagline.bottom + 28;
  } else y += 24;
  const title = fitText(card.title, width, [68, 60, 52, 46], true, 3);
  const t = textLines(title.lines, PAD, y, title.size, 1.16, `font-weight="700" fill="${PALETTE.ink}" data-role="title"`);
  out.push(...t.svg);
  y = t.bottom + 28;
  const room = H - FOOTER - 36 - y;
  const size = 30;
  const maxLines = Math.max(1, Math.floor(room / (size * 1.35)));
  const description = wrapToWidth(card.description, width, size, false, maxLines).lines;
  out.push(...textLines(description, PAD, y, size, 1.35, 'fill="#333" data-role="description"').svg);
  return out;
}

/** A card with the page's title, the kind badge and source on the left and the figure's chart on the right. */
function figureCard(card: PreviewCard, figure: PreviewFigure): string[] {
  // The card shows the report's numbers: a sample view is never a page's preview.
  if (figure.model.kind !== 'published') throw new Error(`A link preview shows the published view, not "${figure.model.kind}"`);
  const colour = PALETTE[figure.model.kind];
  const out: string[] = [`<rect width="${W}" height="12" fill="${colour}"/>`];
  const column = 440;
  let y = 56;

  // Kind badge.
  const badgeSize = 22;
  const badgeWidth = Math.round(textWidth(figure.kindLabel, badgeSize, true) + 32);
  out.push(
    `<rect x="${PAD}" y="${y}" width="${badgeWidth}" height="40" rx="6" fill="${colour}" data-role="badge"/>`,
    `<text x="${PAD + badgeWidth / 2}" y="${y + 28}" font-size="${badgeSize}" font-weight="700" fill="#fff" text-anchor="middle">${escapeHtml(figure.kindLabel)}</text>`,
  );
  y += 40 + 20;

  // The title comes first: a figure's caption may take five lines; the description gets the room left.
  const title = fitText(card.title, column, [46, 40, 34, 30], true, 5);
  const t = textLines(title.lines, PAD, y, title.size, 1.15, `font-weight="700" fill="${PALETTE.ink}" data-role="title"`);
  out.push(...t.svg);
  y = t.bottom + 18;

  // The source line (kind and report section) sits at the foot of the column; the description fills what is between.
  const sourceSize = 19;
  const source = wrapToWidth(figure.model.sourceLine, column, sourceSize, false, 4).lines;
  const sourceTop = H - FOOTER - 28 - Math.round(source.length * sourceSize * 1.3);
  const descriptionSize = 23;
  const room = sourceTop - 20 - y;
  const descriptionLines = Math.floor(room / (descriptionSize * 1.3));
  if (descriptionLines > 0) {
    out.push(...textLines(wrapToWidth(card.description, column, descriptionSize, false, descriptionLines).lines, PAD, y, descriptionSize, 1.3, 'fill="#333" data-role="description"').svg);
  }
  out.push(...textLines(source, PAD, sourceTop, sourceSize, 1.3, 'fill="#444" data-role="source"').svg);

  // The chart, scaled to fill the right-hand side (it is drawn narrow so that its text comes out large).
  const area = { x: PAD + column + 40, y: 40, width: W - PAD - (PAD + column + 40) + 24, height: H - FOOTER - 40 - 24 };
  const chart = chartSize(figure.chartSvg);
  const scale = Math.min(area.width / chart.width, area.height / chart.height);
  const x = area.x + (area.width - chart.width * scale) / 2;
  const cy = area.y + (area.height - chart.height * scale) / 2;
  const inner = figure.chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
  out.push(`<g transform="translate(${x.toFixed(1)} ${cy.toFixed(1)}) scale(${scale.toFixed(4)})" data-role="chart">${inner}</g>`);
  return out;
}

/**
 * The link preview of a page as an SVG of the Open Graph size (1200 × 630), for sharp to turn into the
 * PNG that og:image names: the title, the description and the site's name and address, and for a page
 * with report figures the (first) figure's chart in its published view with its kind badge and source.
 * Deterministic (no dates): the same site gives the same bytes, so the files do not change every build.
 */
export function previewCardSvg(card: PreviewCard): string {
  const body = card.figure ? figureCard(card, card.figure) : textCard(card);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeHtml(FONT)}" xml:lang="${escapeHtml(card.lang)}">`,
    `<title>${escapeHtml(card.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...body,
    ...footer(card),
    `</svg>`,
  ].join('\n');
}
