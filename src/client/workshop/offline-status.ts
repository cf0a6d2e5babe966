// <bip-offline-status>: the workshop page's ready-for-the-room check. It asks the service worker which of
// the files it precaches are in its cache (sw.js answers 'bip-offline-status', src/integrations/
// offline-cache.ts) and says whether the offline copy is complete, being saved, or what is missing.
import { offlineStatusHtml, type OfflineState } from '../../lib/workshop/offline-status-html';
import { numberFormatter } from '../../lib/format/number-formatter';
import { pageContext } from '../page-context';

/** How long to wait for the worker's answer, or for a first registration to appear. */
const ANSWER_MS = 4000;

interface WorkerStatus {
  type: 'bip-offline-status';
  total: number;
  missing: string[];
}

function ask(worker: ServiceWorker): Promise<WorkerStatus | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(() => resolve(null), ANSWER_MS);
    channel.port1.onmessage = (event: MessageEvent<WorkerStatus>) => {
      window.clearTimeout(timer);
      resolve(event.data?.type === 'bip-offline-status' ? event.data : null);
    };
    worker.postMessage({ type: 'bip-offline-status' }, [channel.port2]);
  });
}

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    this.querySelector('[data-role="recheck"]')?.addEventListener('click', () => void this.check());
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.addEventListener('controllerchange', () => void this.check());
      // The page registers the worker once it has loaded: check again when it is ready.
      void navigator.serviceWorker.ready.then(() => this.check());
    }
    void this.check();
  }

  private async state(): Promise<OfflineState> {
    if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return { kind: 'unsupported' };
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return { kind: 'none' };
    const pending = registration.installing ?? registration.waiting;
    if (pending) pending.addEventListener('statechange', () => void this.check(), { once: true });
    if (!registration.active) return { kind: 'installing' };
    const status = await ask(registration.active);
    if (!status) return pending ? { kind: 'installing' } : { kind: 'none' };
    return status.missing.length === 0 ? { kind: 'complete', total: status.total } : { kind: 'incomplete', total: status.total, missing: status.missing };
  }

  private async check(): Promise<void> {
    const { strings, locale } = pageContext();
    const lang = document.documentElement.lang;
    const s = strings.workshop.entry.offline;
    const format = numberFormatter(locale);
    const target = this.querySelector<HTMLElement>('[data-role="offline-text"]')!;
    const state = await this.state();
    this.dataset.state = state.kind;
    target.innerHTML = offlineStatusHtml(state, s, format, locale, `/${lang}/workshop/`);
  }
}

if (!customElements.get('bip-offline-status')) customElements.define('bip-offline-status', OfflineStatus);
