// <bip-key-share>: a key figure's share panel on the start page. The build wrote it with the site's
// address and the build day; here it is written again, by the same renderer, with this page's address
// and today's date (the citation's access date), then its copy buttons and the PNG card are wired.
import { keyFigureShareHtml } from '../lib/figures/key-figure-share-html';
import { keyFigureEmbedUrl, keyFigureFiles, keyFigureUrl } from '../lib/figures/figure-urls';
import { pageContext } from './page-context';
import { saveBlob, showCopyButtons, svgToPng, today, wireCopyButtons } from './share-tools';

class BipKeyShare extends HTMLElement {
  connectedCallback(): void {
    const context = pageContext();
    const t = context.strings.figure;
    this.render();
    wireCopyButtons(this, { copied: t.share_copied, failed: t.share_copy_failed });
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-role="download-png"]');
      if (button && this.contains(button)) void this.png(button);
    });
  }

  /** Writes the panel for this page's address and today, keeping it open if it was. */
  private render(): void {
    const { id = '', title = '', kindLabel = '', source = '', version = '', built = '' } = this.dataset;
    const lang = document.documentElement.lang;
    const place = { origin: location.origin, lang };
    const panel = this.querySelector<HTMLDetailsElement>('[data-role="share"]');
    const html = keyFigureShareHtml(
      {
        id,
        work: { title, kindLabel, sourceLine: source },
        info: { url: keyFigureUrl(place, id), version, built: built || today(), accessed: today() },
        embedUrl: keyFigureEmbedUrl(place, id),
        files: keyFigureFiles(lang, id),
        open: Boolean(panel?.open),
      },
      pageContext(),
    );
    if (panel) panel.outerHTML = html;
    else this.innerHTML = html;
    showCopyButtons(this);
    const png = this.querySelector<HTMLButtonElement>('[data-role="download-png"]');
    if (png) png.hidden = false;
  }

  /** The card as PNG: the build's self-describing SVG drawn at twice its size. */
  private async png(button: HTMLButtonElement): Promise<void> {
    const t = pageContext().strings.figure;
    const status = this.querySelector<HTMLElement>('[data-role="share-status"]');
    try {
      const response = await fetch(button.dataset.svg ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      saveBlob(await svgToPng(await response.text()), button.dataset.name ?? 'nyckeltal.png');
    } catch (error) {
      console.warn(error);
      if (status) {
        status.textContent = t.key_png_failed;
        status.dataset.tone = 'error';
      }
    }
  }
}

if (!customElements.get('bip-key-share')) customElements.define('bip-key-share', BipKeyShare);
