import type { Outcome } from '../data/sample-columns';
import type { PublishedFormatStrings } from '../format/format-published';

// The UI strings src/lib/figures reads, declared here so that src/lib depends on no file in src/i18n:
// src/i18n's Strings (the Swedish JSON's shape) satisfies this structurally, which the compiler checks
// wherever the site passes its strings to a figure. A key a figure starts to read is added here.

/** The UI strings a figure, its source line and the leave-one-out explainer read. */
export interface FigureStrings extends PublishedFormatStrings {
  belief_levels: readonly string[];
  belief_merged_1_2: string;
  outcomes: Readonly<Record<Outcome, string>>;
  /** The outcomes without "within a year", for panel titles on phones. */
  outcomes_short: Readonly<Record<Outcome, string>>;
  kinds: { assumed: string; published: string; sample: string };
  /** Each figure control's legend, value labels and (for sample-only controls) the note on why. */
  controls: Readonly<Record<string, { label: string; values: Readonly<Record<string, string>>; sample_only_note?: string }>>;
  /** Section names of the report (the Swedish name) in the reader's language, for source lines. */
  sections: Readonly<Record<string, string>>;
  figure: {
    source_assumed: string;
    source_published: string;
    source_sample: string;
    source_prefix: string;
    table_toggle: string;
    downloads: string;
    download_csv: string;
    download_svg: string;
    download_png: string;
    /** "Så räknas det": heading, the line before the steps, the line before the code, the code's label. */
    how_title: string;
    how_intro: string;
    how_code_intro: string;
    how_code_label: string;
    /** One sentence per pipeline step id (see pipelineStepIds); {outcome}, {groups}, {top_code} are the view's params. */
    how_steps: Readonly<Record<string, string>>;
    /** Exports (figure-export.ts): the JSON file's link, the sample's mark in the plot, the footer lines, licence and units. */
    download_meta: string;
    export_sample_mark: string;
    export_view: string;
    export_site: string;
    licence: string;
    units_note: string;
    /** What each CSV column (by key) holds, for the metadata file. */
    columns: Readonly<Record<string, string>>;
    /** The share panel (figure-share-html.ts) and its citations (figure-citation.ts). */
    share_summary: string;
    share_link_label: string;
    share_copy: string;
    share_copied: string;
    share_copy_failed: string;
    cite_label: string;
    cite_apa_label: string;
    cite_bibtex_label: string;
    cite_plain_label: string;
    cite_apa: string;
    cite_plain: string;
    embed_label: string;
    embed_note: string;
    embed_frame_title: string;
    embed_from: string;
    embed_open: string;
  };
  figures: {
    'belief-distribution': {
      alt: string;
      approx_note: string;
      /** The published view's assumed bar, for its source line ("Delvis antagen: {what}"). */
      assumed_goda: string;
      assumed_split: string;
      caption: string;
      col_answer: string;
      col_interval: string;
      col_n: string;
      col_share: string;
      dont_know_note: string;
      takeaway_published: string;
      takeaway_sample: string;
      x_label: string;
    };
    'caseworker-change': {
      after: string;
      alt_compare: string;
      alt_published: string;
      alt_sample: string;
      before: string;
      caption: string;
      caption_compare: string;
      caption_sample: string;
      col_kind: string;
      kind_published: string;
      kind_sample: string;
      note_by_changes: string;
      note_compare: string;
      takeaway_compare: string;
      col_after: string;
      col_before: string;
      col_change: string;
      col_changes: string;
      col_interval: string;
      col_n: string;
      col_outcome: string;
      col_rate: string;
      col_relative: string;
      drop: string;
      note_published: string;
      or_more: string;
      takeaway_published: string;
      takeaway_sample: string;
      x_label_sample: string;
      y_label: string;
    };
    'job-orientation': {
      alt_published: string;
      alt_sample: string;
      assumed_marker: string;
      caption: string;
      caption_sample: string;
      col_group: string;
      col_interval: string;
      col_kind: string;
      col_n: string;
      col_range: string;
      col_rate: string;
      count_label: string;
      group_name: string;
      group_names_3: readonly string[];
      histogram_bar: string;
      histogram_caption: string;
      note_published: string;
      note_sample: string;
      overall: string;
      overall_row: string;
      takeaway_published: string;
      takeaway_sample: string;
      x_label: string;
      x_label_short: string;
      y_label: string;
    };
    'job-rate-by-belief': {
      alt: string;
      caption: string;
      caption_edu: string;
      col_answer: string;
      col_interval: string;
      col_n: string;
      col_rate: string;
      takeaway_published: string;
      takeaway_sample: string;
      x_label: string;
      y_label: string;
    };
    'step-effect': {
      alt: string;
      caption: string;
      caption_sample: string;
      col_base: string;
      col_effect: string;
      col_interval: string;
      col_one: string;
      col_outcome: string;
      col_relative: string;
      col_two: string;
      double: string;
      note_published: string;
      note_sample: string;
      steps: readonly string[];
      takeaway_published: string;
      takeaway_sample: string;
    };
  };
  loo: {
    title: string;
    intro: string;
    no_js: string;
    caseworker_label: string;
    caseworker_option: string;
    answer_label: string;
    previous: string;
    next: string;
    source: string;
    answer_option: string;
    chips_label: string;
    dont_know: string;
    equation: string;
    heading: string;
    legend_counted: string;
    legend_dont_know: string;
    legend_left_out: string;
    step_centre: string;
    step_left_out: string;
    step_own: string;
    step_result: string;
    undefined: string;
    verdict_high: string;
    verdict_low: string;
    verdict_zero: string;
  };
}
