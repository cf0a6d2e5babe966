import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import { figureCitation } from './figure-citation';
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
export function embedCode(embedUrl: string, title: string): string {
  const origin = new URL(embedUrl).origin;
  return [
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" style="border:0;width:100%" loading="lazy" data-bip-embed></iframe>`,
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

/** What the share panel of a view shows. */
export interface FigureShareInput {
  id: string;
  model: FigureModel;
  info: FigureExportInfo;
  /** The view alone, for an iframe: /<lang>/inbaddning/figur/<id>/?<view>. */
  embedUrl: string;
  open?: boolean;
}

/** A labelled read-only text with a copy button (shown by the custom element: copying needs JavaScript). */
function copyable(id: string, label: string, value: string, t: FigureContext['strings']['figure'], rows = 0): string {
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
 * The share panel of a figure's view: the link to the view (with its anchor), the view cited in APA 7,
 * in running text and as BibTeX, and the code to embed it. Everything is text the reader can select
 * without JavaScript; with it each has a copy button. Built at build time and again for every view.
 */
export function figureShareHtml({ id, model, info, embedUrl, open }: FigureShareInput, context: FigureContext): string {
  const t = context.strings.figure;
  const cite = figureCitation(id, model, info, context);
  const prefix = `${id}-share`;
  return [
    `<details class="share" data-role="share"${open ? ' open' : ''}>`,
    `<summary>${escapeHtml(t.share_summary)}</summary>`,
    `<div class="share__body">`,
    copyable(`${prefix}-link`, t.share_link_label, info.url, t),
    `<div class="share__group" role="group" aria-labelledby="${prefix}-cite">`,
    `<p class="share__heading" id="${prefix}-cite">${escapeHtml(t.cite_label)}</p>`,
    copyable(`${prefix}-apa`, t.cite_apa_label, cite.apa, t, 3),
    copyable(`${prefix}-plain`, t.cite_plain_label, cite.plain, t, 3),
    copyable(`${prefix}-bibtex`, t.cite_bibtex_label, cite.bibtex, t, 11),
    `</div>`,
    copyable(`${prefix}-embed`, t.embed_label, embedCode(embedUrl, fillTemplate(t.embed_frame_title, { title: model.caption })), t, 6),
    `<p class="share__note">${escapeHtml(fillTemplate(t.embed_note, { height: EMBED_FALLBACK_HEIGHT }))}</p>`,
    `<p class="share__status" role="status" data-role="share-status"></p>`,
    `</div></details>`,
  ].join('');
}
