/**
 * Settings a publisher of the site sets once, in one place. `feedback` is where readers report
 * accessibility problems and ask for content in another form; the accessibility statements of all
 * three languages read it from here (src/components/FeedbackContact.astro). Set a real, monitored
 * address before publishing: the statements promise an answer.
 */
export const SITE_CONFIG = {
  feedback: {
    email: 'tillganglighet@bip-explorer.example',
  },
  /** When the accessibility of the site was last assessed, and how (shown in the statements). */
  accessibilityReviewed: '2026-12-01',
} as const;
