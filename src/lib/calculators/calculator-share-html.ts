import published from '../../../data/published.json';
import { fillTemplate } from '../format/fill-template';
import { workCitation } from '../figures/figure-citation';
import type { FigureExportInfo } from '../figures/figure-export';
import { sharePanelHtml, type ShareStrings } from '../figures/figure-share-html';
import type { CalculatorView } from './calculator-view';

/** The height of a calculator's iframe when the host page does not run the resize snippet. */
export const CALCULATOR_EMBED_HEIGHT = 1400;

/** The strings a calculator's share panel reads: the figures' share strings and the calculators' own. */
export interface CalculatorShareStrings {
  figure: ShareStrings & {
    cite_plain: string;
    share_summary: string;
    share_link_label: string;
    cite_label: string;
    embed_label: string;
    embed_frame_title: string;
  };
  calculators: {
    cite_apa: string;
    result_kind: Readonly<Record<CalculatorView['kind'], string>>;
    embed: { note: string; sample_note: string };
  };
}

/** What a calculator's share panel is built from. */
export interface CalculatorShareInput {
  /** The calculator's URL prefix (steg, byten, fokus). */
  tool: string;
  title: string;
  /** The result shown: its kind goes into the citation. */
  view: Pick<CalculatorView, 'kind'>;
  /** The link (`url`: the calculators page with this calculator's values and anchor), version and dates. */
  info: FigureExportInfo;
  embedUrl: string;
  open?: boolean;
}

/**
 * A calculator's share panel: the link to the calculation as shown, its citation (APA 7, running text,
 * BibTeX; the kind of result and the source report named) and the code to embed the calculator with the same
 * values. The build writes it for the default values; the browser writes it again after every change.
 */
export function calculatorShareHtml({ tool, title, view, info, embedUrl, open }: CalculatorShareInput, context: { locale: string; strings: CalculatorShareStrings }): string {
  const { figure: t, calculators: c } = context.strings;
  // The note names the source report by publisher and year, as the figures' citations do (its Swedish
  // title cannot be marked lang="sv" inside a text field, and the method page gives it in full), and, for
  // a result from the sample, that the sample is synthetic; the exact inputs are in the link.
  const { source } = published;
  const sourceLine = [`${source.publisher} (${source.year}).`, view.kind === 'sample' ? c.embed.sample_note : ''].filter(Boolean).join(' ');
  const work = { key: `calculator-${tool}`, title, kindLabel: c.result_kind[view.kind], sourceLine };
  return sharePanelHtml(
    {
      prefix: `${tool}-share`,
      url: info.url,
      citation: workCitation(work, info, context.locale, { apa: c.cite_apa, plain: t.cite_plain }),
      embed: { url: embedUrl, title: fillTemplate(t.embed_frame_title, { title }), height: CALCULATOR_EMBED_HEIGHT, note: fillTemplate(c.embed.note, { height: CALCULATOR_EMBED_HEIGHT }) },
      labels: { summary: t.share_summary, link: t.share_link_label, cite: t.cite_label, embed: t.embed_label },
      summaryContext: title,
      open,
    },
    t,
  );
}
