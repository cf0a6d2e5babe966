import { escapeHtml } from '../format/escape-html';

/**
 * A lab table in its scrolling region: caption, column headers, rows whose first cell is the row's
 * header. `role` names it for the page's code and tests (data-role).
 */
export function labTableHtml(table: { head: readonly string[]; rows: readonly (readonly string[])[] }, text: { caption: string; region: string; role: string }): string {
  const head = table.head.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return (
    `<div class="calc__table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(text.region)}">` +
    `<table class="data calc__table" data-role="${escapeHtml(text.role)}"><caption>${escapeHtml(text.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

/** A link to download a file the browser made (a blob: URL), with its file name. */
export interface LabDownload {
  href: string;
  filename: string;
  label: string;
}

/** The download links of a lab result, or '' when there are none (at build time). */
export function labDownloadsHtml(title: string, downloads: readonly LabDownload[]): string {
  if (downloads.length === 0) return '';
  const links = downloads
    .map((d) => `<li><a href="${escapeHtml(d.href)}" download="${escapeHtml(d.filename)}" data-role="download">${escapeHtml(d.label)}</a></li>`)
    .join('');
  return `<div class="lab__downloads" data-role="downloads"><p class="lab__downloads-title">${escapeHtml(title)}</p><ul>${links}</ul></div>`;
}

/** Warnings shown before a result's numbers, prominently (the page's notice style). */
export function labWarningsHtml(warnings: readonly string[]): string {
  return `<div class="lab__warnings" data-role="warnings">${warnings.map((w) => `<p class="calc__notice lab__warning">${escapeHtml(w)}</p>`).join('')}</div>`;
}

/**
 * How every lab result begins (one run, repeated runs, a sweep): the sample badge, the heading, and the
 * warnings that change how it must be read, before any number.
 */
export function labResultHeadHtml(view: { heading: string; warnings: readonly string[] }, resultKind: string): string {
  return [
    `<span class="calc__kind" data-kind="sample">${escapeHtml(resultKind)}</span>`,
    `<p class="calc__summary" data-role="heading">${escapeHtml(view.heading)}</p>`,
    labWarningsHtml(view.warnings),
  ].join('');
}
