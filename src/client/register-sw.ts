// Registers the offline service worker (dist/sw.js, written at build time) on every page, so one visit
// makes the whole site, workshop included, work without a network. Only in production builds; browsers
// driven by automation (navigator.webdriver) skip it so automated checks always see fresh files — the
// offline tests opt back in by overriding that flag.
//
// After a deploy the new worker waits (src/integrations/offline-cache.ts): this page then shows a quiet
// "new version — reload" notice, and a reload happens only when the reader asks for it. The page also
// tells the worker which build files it runs on, so their cache is kept while it is open, and shows a
// note when the worker had to serve it from the cache because the network was slow or failing.
import { showSiteNotice } from './site-notice';

function pageAssets(): string[] {
  return [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((script) => new URL(script.src).pathname);
}

function watchForUpdate(registration: ServiceWorkerRegistration): void {
  const offer = (worker: ServiceWorker) => {
    showSiteNotice('update', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'skip-waiting' });
    });
  };
  // Only an update is offered: on a first visit there is no controller and nothing to replace.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
    });
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator && !navigator.webdriver) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'served-from-cache') showSiteNotice('stale');
  });
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      watchForUpdate(registration);
      navigator.serviceWorker.controller?.postMessage({ type: 'hello', assets: pageAssets() });
      navigator.serviceWorker.addEventListener('controllerchange', () => navigator.serviceWorker.controller?.postMessage({ type: 'hello', assets: pageAssets() }));
    })
    .catch(() => {
      /* no offline copy (e.g. private mode); the site works as before */
    });
}
export {};
