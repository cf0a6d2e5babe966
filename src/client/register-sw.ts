// Registers the offline service worker (dist/sw.js, written at build time) on every page, so one
// visit makes the whole site, workshop included, work without a network. Only in production builds;
// browsers driven by automation (navigator.webdriver) skip it so automated checks always see fresh
// files — the offline test opts back in by overriding that flag.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !navigator.webdriver) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    /* no offline copy (e.g. private mode); the site works as before */
  });
}
export {};
