import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import { figureCitation, type FigureCitation } from './figure-citation';
import type { FigureExportInfo } from './figure-export';
import type { FigureContext, FigureModel } from './figure-model';

/** The height an embedded figure's iframe has when the host page does not run the resize snippet. */
export const EMBED_FALLBACK_HEIGHT = 900;

/** The message an embed page posts to its host when its height changes (src/client/share-embed.ts). */
export const EMBED_MESSAGE_TYPE = 'bip-embed-height';

/**
 * The code a host page pastes: the iframe at a fixed fallback height, and a snippet that sets its
 * height from the embed's messages (only messages from the site's origin and from that very frame).
 */
export function embedCode(embedUrl: string, title: string, height: number = EMBED_FALLBACK_HEIGHT): string {
  const origin = new URL(embedUrl).origin;
  return [
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-bip-embed></iframe>`,
    `<script>`,
    `window.addEventListener("message", function (e) {`,
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== ${JSON.stringify(EMBED_MESSAGE_TYPE)}) return;`,
    `  document.querySelectorAll("iframe[data-bip-embed]").forEach(function (f) {`,
    `    if (f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + "px";`,
    `  });`,
    `});`,
    `</script>`,
  ].join('\n');
}

/** The strings every share panel reads (the figures' `figure` strings). */
export type ShareStrings = Pick<FigureContext['strings']['figure'], 'share_copy' | 'cite_apa_label' | 'cite_plain_label' | 'cite_bibtex_label'>;

/**
 * A share panel of anything on the site (a figure's view, a key figure, a calculator): the link, its
 * citations, the embed code and, where given, more (downloads, a link to the embed page).
 */
export interface SharePanelInput {
  /** Prefix of the panel's element ids ("job-rate-by-belief-share"). */
  prefix: string;
  /** The link to what is shared (page, its state and its #anchor). */
  url: string;
  citation: FigureCitation;
  embed: { url: string; title: string; height: number; note: string };
  /** The summary and the labels of the link, the citations and the embed code. */
  labels: { summary: string; link: string; cite: string; embed: string };
  /** Said after the summary to screen readers only, where several panels share one summary text (the key figures' titles). */
  summaryContext?: string;
  /** HTML placed before the link (e.g. downloads) and after the embed code (e.g. a link to the embed page); already escaped. */
  before?: string;
  extra?: string;
  open?: boolean;
}

/** A labelled read-only text with a copy button (shown by the custom element: copying needs JavaScript). */
function copyable(id: string, label: string, value: string, t: ShareStrings, rows = 0): string {
  const field = rows
    ? `<textarea id="${id}" class="share__text" rows="${rows}" readonly spellcheck="false">${escapeHtml(value)}</textarea>`
    : `<input id="${id}" class="share__text" type="text" readonly value="${escapeHtml(value)}">`;
  return [
    `<div class="share__item">`,
    `<label class="share__label" id="${id}-label" for="${id}">${escapeHtml(label)}</label>`,
    `<div class="share__field">${field}`,
    `<button type="button" class="share__copy" id="${id}-copy" data-copy="${id}" aria-labelledby="${id}-copy ${id}-label" hidden>${escapeHtml(t.share_copy)}</button>`,
    `</div></div>`,
  ].join('');
}

/**
 * A share panel: the link (with its anchor), the citation in APA 7, in running text and as BibTeX, and
 * the code to embed it. Everything is text the reader can select without JavaScript; with it each has a
 * copy button. The same function writes the build's panel and the browser's, for every kind of panel.
 */
export function sharePanelHtml(input: SharePanelInput, t: ShareStrings): string {
  const { prefix, url, citation, embed, labels, summaryContext, before = '', extra = '', open } = input;
  return [
    `<details class="share" data-role="share"${open ? ' open' : ''}>`,
    `<summary>${escapeHtml(labels.summary)}${summaryContext ? `<span class="visually-hidden">: ${escapeHtml(summaryContext)}</span>` : ''}</summary>`,
    `<div class="share__body">`,
    before,
    copyable(`${prefix}-link`, labels.link, url, t),
    `<div class="share__group" role="group" aria-labelledby="${prefix}-cite">`,
    `<p class="share__heading" id="${prefix}-cite">${escapeHtml(labels.cite)}</p>`,
    copyable(`${prefix}-apa`, t.cite_apa_label, citation.apa, t, 3),
    copyable(`${prefix}-plain`, t.cite_plain_label, citation.plain, t, 3),
    copyable(`${prefix}-bibtex`, t.cite_bibtex_label, citation.bibtex, t, 11),
    `</div>`,
    copyable(`${prefix}-embed`, labels.embed, embedCode(embed.url, embed.title, embed.height), t, 6),
    `<p class="share__note">${escapeHtml(embed.note)}</p>`,
    extra,
    `<p class="share__status" role="status" data-role="share-status"></p>`,
    `</div></details>`,
  ].join('');
}

/** What the share panel of a view shows. */
export interface FigureShareInput {
  id: string;
  model: FigureModel;
  info: FigureExportInfo;
  /** The view alone, for an iframe: /<lang>/inbaddning/figur/<id>/?<view>. */
  embedUrl: string;
  open?: boolean;
}

/**
 * The share panel of a figure's view: the link to the view (with its anchor), the view cited in APA 7,
 * in running text and as BibTeX, and the code to embed it. Built at build time and again for every view.
 */
export function figureShareHtml({ id, model, info, embedUrl, open }: FigureShareInput, context: FigureContext): string {
  const t = context.strings.figure;
  return sharePanelHtml(
    {
      prefix: `${id}-share`,
      url: info.url,
      citation: figureCitation(id, model, info, context),
      embed: { url: embedUrl, title: fillTemplate(t.embed_frame_title, { title: model.caption }), height: EMBED_FALLBACK_HEIGHT, note: fillTemplate(t.embed_note, { height: EMBED_FALLBACK_HEIGHT }) },
      labels: { summary: t.share_summary, link: t.share_link_label, cite: t.cite_label, embed: t.embed_label },
      open,
    },
    t,
  );
}
