import { fillTemplate } from '../format/fill-template';
import type { FigureExportInfo } from './figure-export';
import type { FigureContext, FigureModel } from './figure-model';

/** A view's citation in three forms, each naming the exact view's address, the site version and the access date. */
export interface FigureCitation {
  apa: string;
  bibtex: string;
  plain: string;
}

/** What is cited: a figure's view, a key figure or a calculator's result, by what a reader sees of it. */
export interface CitedWork {
  /** Part of the BibTeX key ("job-rate-by-belief", "key-base", "calculator-steg"). */
  key: string;
  title: string;
  /** What kind of numbers it shows, in the reader's language ("publicerad", "urval (syntetiskt)"). */
  kindLabel: string;
  /** Where the numbers come from (the BibTeX note). */
  sourceLine: string;
}

/** The citation templates ({title}, {kind}, {version}, {url}, {year}, {accessed}) in the reader's language. */
export interface CitationTemplates {
  apa: string;
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
 * How to cite anything the site shows: APA 7 (a web page that changes, hence the retrieval date), BibTeX
 * (@misc with url, urldate and version) and a sentence for running text, all naming the exact address.
 */
export function workCitation(work: CitedWork, info: FigureExportInfo, locale: string, templates: CitationTemplates): FigureCitation {
  const values = { title: work.title, kind: work.kindLabel, version: info.version, url: info.url, year: info.built.slice(0, 4), accessed: longDate(info.accessed, locale) };
  const bibtex = [
    `@misc{bipexplorer-${work.key}-${info.accessed.replaceAll('-', '')},`,
    `  author = {{BIP Explorer}},`,
    `  title = {{${bibtexText(work.title)}}},`,
    `  howpublished = {${bibtexText(work.kindLabel)}},`,
    `  year = {${values.year}},`,
    `  version = {${info.version}},`,
    `  url = {${info.url}},`,
    `  urldate = {${info.accessed}},`,
    `  language = {${locale}},`,
    `  note = {${bibtexText(work.sourceLine)}},`,
    `}`,
  ].join('\n');
  return { apa: fillTemplate(templates.apa, values), bibtex, plain: fillTemplate(templates.plain, values) };
}

/** How to cite a figure's view (APA 7 as a chart, BibTeX, running text). */
export function figureCitation(id: string, model: Pick<FigureModel, 'caption' | 'kind' | 'sourceLine'>, info: FigureExportInfo, context: FigureContext): FigureCitation {
  const t = context.strings.figure;
  const work = { key: id, title: model.caption, kindLabel: context.strings.kinds[model.kind], sourceLine: model.sourceLine };
  return workCitation(work, info, context.locale, { apa: t.cite_apa, plain: t.cite_plain });
}
