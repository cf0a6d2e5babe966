import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import { workCitation, type CitedWork } from './figure-citation';
import type { FigureExportInfo } from './figure-export';
import { sharePanelHtml, type ShareStrings } from './figure-share-html';

/** The height of a key figure's iframe when the host page does not run the resize snippet. */
export const KEY_FIGURE_EMBED_HEIGHT = 460;

/** The strings a key figure's share panel reads (under `figure` in the figures' strings). */
export interface KeyFigureShareStrings {
  figure: ShareStrings & {
    downloads: string;
    download_csv: string;
    download_meta: string;
    embed_frame_title: string;
    cite_plain: string;
    cite_apa_key: string;
    key_share_summary: string;
    key_link_label: string;
    key_cite_label: string;
    key_embed_label: string;
    key_embed_note: string;
    key_download_svg: string;
    key_download_png: string;
    key_png_failed: string;
  };
}

/** What a key figure's share panel is built from: what is cited, its address, its embed page and its files. */
export interface KeyFigureShareInput {
  id: string;
  /** Its title, kind and source as the start page shows them. */
  work: Omit<CitedWork, 'key'>;
  /** Its address (`url`: the start page at its #anchor), the site version and the dates. */
  info: FigureExportInfo;
  embedUrl: string;
  files: { csv: string; json: string; svg: string };
  open?: boolean;
}

/** The key figure's downloads: data, metadata and the card as links (they work without JavaScript); the PNG card needs it. */
function downloadsHtml(id: string, files: KeyFigureShareInput['files'], t: KeyFigureShareStrings['figure']): string {
  const name = `nyckeltal-${id}`;
  return [
    `<p class="downloads share__downloads"><span>${escapeHtml(t.downloads)}:</span> `,
    `<a href="${escapeHtml(files.csv)}" download="${name}.csv" data-role="download-csv">${escapeHtml(t.download_csv)}</a> `,
    `<a href="${escapeHtml(files.json)}" download="${name}.json" data-role="download-json">${escapeHtml(t.download_meta)}</a> `,
    `<a href="${escapeHtml(files.svg)}" download="${name}.svg" data-role="download-svg">${escapeHtml(t.key_download_svg)}</a> `,
    `<button type="button" data-role="download-png" data-svg="${escapeHtml(files.svg)}" data-name="${name}.png" hidden>${escapeHtml(t.key_download_png)}</button>`,
    `</p>`,
  ].join('');
}

/**
 * A key figure's share panel: downloads, the link to it on the start page, its citation (APA 7, running
 * text, BibTeX) and the code to embed it. Written at build time and again in the browser (with the
 * reader's address and today's date) by the same function.
 */
export function keyFigureShareHtml({ id, work, info, embedUrl, files, open }: KeyFigureShareInput, context: { locale: string; strings: KeyFigureShareStrings }): string {
  const t = context.strings.figure;
  return sharePanelHtml(
    {
      prefix: `nyckeltal-${id}-share`,
      url: info.url,
      citation: workCitation({ key: `key-${id}`, ...work }, info, context.locale, { apa: t.cite_apa_key, plain: t.cite_plain }),
      embed: {
        url: embedUrl,
        title: fillTemplate(t.embed_frame_title, { title: work.title }),
        height: KEY_FIGURE_EMBED_HEIGHT,
        note: fillTemplate(t.key_embed_note, { height: KEY_FIGURE_EMBED_HEIGHT }),
      },
      labels: { summary: t.key_share_summary, link: t.key_link_label, cite: t.key_cite_label, embed: t.key_embed_label },
      summaryContext: work.title,
      before: downloadsHtml(id, files, t),
      open,
    },
    t,
  );
}
