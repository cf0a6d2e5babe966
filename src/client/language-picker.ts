// The language picker's links point at the same page in the other language; on the way out they take
// the reader's view (the query, e.g. ?job-rate-by-belief.source=sample) and anchor along, and remember
// the choice for the root page's chooser (src/client/choose-language.ts).
export const LANGUAGE_CHOICE_KEY = 'bip.language';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-language-switch]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const target = new URL(link.href);
  target.search = location.search;
  target.hash = location.hash;
  link.href = target.href;
  try {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, link.hreflang);
  } catch {
    // Storage may be off (private mode); the link still works.
  }
});
