import type { GroupCodeProblem } from './group-code';
import type { PluralForms } from './plural';
import type { GuessVerdict } from './score-guess';

// The UI strings the workshop's renderers read, declared in src/lib so it depends on no file in src/i18n
// (the `workshop` object of src/i18n's Strings satisfies this structurally, which the compiler checks
// wherever a page or custom element passes it; see src/lib/figures/figure-strings.ts).

/** The part of `strings.workshop` the reveal, bars, spread and room renderers read. */
export interface WorkshopStrings {
  quiz: {
    answer: string;
    your_guess: string;
    published: string;
    difference: string;
    bars_alt: string;
    revealed_title: string;
    /** How many rows were close, in the plural form of the number of rows ({close}, {total}). */
    summary: PluralForms;
    summary_none: string;
    /** What "close" means (closeTolerance), shown under the summary. */
    close_definition: string;
    discuss: string;
  };
  group: {
    col_item: string;
    col_median: string;
    col_iqr: string;
    col_range: string;
    col_truth: string;
    col_n: string;
    col_above: string;
    /** Header of the column that holds the strip chart (read by screen readers only). */
    col_track: string;
    spread_alt: string;
    legend_iqr: string;
    legend_median: string;
    legend_truth: string;
    none_for_item: string;
    rejected_line: string;
    /** After the named rejected lines: how many more there were ({n}). */
    rejected_more: PluralForms;
    problems: Readonly<Record<GroupCodeProblem, string>>;
    /** What adding codes did, one sentence per kind of outcome ({n}; {max} is the line limit). */
    messages: {
      added: PluralForms;
      replaced: PluralForms;
      duplicates: PluralForms;
      rejected: PluralForms;
      unread: PluralForms;
      nothing: string;
    };
  };
  /** The answer slides' strip chart (room-strip-html.ts). */
  slides: {
    col_scale: string;
    col_published: string;
    col_room: string;
    answers_n: string;
    strip_alt: string;
    strip_alt_room: string;
    legend_published: string;
    legend_dot: string;
    legend_median: string;
  };
  per: { '100': string; '1000': string };
  verdicts: Readonly<Record<GuessVerdict, string>>;
  /** Short item labels for table rows, by item id. */
  items_short: Readonly<Record<string, string>>;
  questions: Readonly<Record<string, { discussion: string }>>;
}

/** The "of 100" / "of 1 000" frame in the reader's language. */
export function perText(w: WorkshopStrings, per: 100 | 1000 | number): string {
  return per === 1000 ? w.per['1000'] : w.per['100'];
}

/** An item's short row label; the id itself if the strings lack it (a test catches that). */
export function itemShort(w: WorkshopStrings, id: string): string {
  return w.items_short[id] ?? id;
}

/** A percentage for a CSS length, rounded to a thousandth so the HTML stays short and stable. */
export function cssPercent(value: number): string {
  return `${Math.round(value * 1000) / 1000}%`;
}
