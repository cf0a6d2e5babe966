import { fillTemplate } from '../format/fill-template';
import type { FigureExportInfo } from './figure-export';
import type { FigureContext, FigureModel } from './figure-model';

/** A view's citation in three forms, each naming the exact view's address, the site version and the access date. */
export interface FigureCitation {
  apa: string;
  bibtex: string;
  plain: string;
}

/** A YYYY-MM-DD day written out in the reader's language ("3 juni 2025", "3 June 2025"). */
function longDate(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Escapes the characters BibTeX (LaTeX) treats as commands in a field's text. */
function bibtexText(text: string): string {
  return text.replace(/([\\{}&%$#_^~])/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}

/**
 * How to cite what the reader sees: APA 7 (a chart on a web page that changes, hence the retrieval
 * date), BibTeX (@misc with url, urldate and version) and a sentence for running text.
 */
export function figureCitation(id: string, model: FigureModel, info: FigureExportInfo, context: FigureContext): FigureCitation {
  const t = context.strings.figure;
  const kind = context.strings.kinds[model.kind];
  const values = { title: model.caption, kind, version: info.version, url: info.url, year: info.built.slice(0, 4), accessed: longDate(info.accessed, context.locale) };
  const bibtex = [
    `@misc{bipexplorer-${id}-${info.accessed.replaceAll('-', '')},`,
    `  author = {{BIP Explorer}},`,
    `  title = {{${bibtexText(model.caption)}}},`,
    `  howpublished = {${bibtexText(kind)}},`,
    `  year = {${values.year}},`,
    `  version = {${info.version}},`,
    `  url = {${info.url}},`,
    `  urldate = {${info.accessed}},`,
    `  language = {${context.locale}},`,
    `  note = {${bibtexText(model.sourceLine)}},`,
    `}`,
  ].join('\n');
  return { apa: fillTemplate(t.cite_apa, values), bibtex, plain: fillTemplate(t.cite_plain, values) };
}
