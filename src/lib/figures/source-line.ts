import type { ColumnTable } from 'arquero';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FigureContext } from './figure-model';

/** The source line under a figure: the report section for published numbers, the sample's size otherwise. */
export function sourceLine(context: FigureContext, section: string, sample: ColumnTable | null): string {
  const text = context.strings.figure;
  // The section is named as the source report names it, in the reader's language ("Tabell 2" → "Table 2").
  const sections: Record<string, string> = context.strings.sections;
  if (!sample) return fillTemplate(text.source_published, { section: sections[section] ?? section });
  const format = numberFormatter(context.locale);
  const persons = new Set(Array.from(sample.array('person_id') as ArrayLike<number>)).size;
  return fillTemplate(text.source_sample, { rows: format.count(sample.numRows()), persons: format.count(persons) });
}
